import { Entity, Index, ManyToOne, PrimaryKey, Property, type Opt, type Ref, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Node } from '../../platform/graphql/node';
import { User } from '../identity/user.entity';
import { WorkOrder } from '../work-order/work-order.entity';

/** One message in a work order's thread. Internal staff notes never reach tenants by any path. */
@Entity({ tableName: 'messages' })
@Index({ properties: ['workOrder', 'id'] })
@Index({
  name: 'messages_search_idx',
  expression: 'create index "messages_search_idx" on "messages" using gin ("search_vector")',
})
@ObjectType({ implements: Node, description: 'A message in a work order’s thread.' })
export class Message extends Node {
  @PrimaryKey({ type: 'int' })
  id!: number;

  @ManyToOne(() => WorkOrder, { ref: true })
  workOrder!: Ref<WorkOrder>;

  @ManyToOne(() => User, { ref: true })
  author!: Ref<User>;

  @Field()
  @Property({ type: 'text' })
  body!: string;

  @Field(() => Boolean, { description: 'A staff-only note: never shown to tenants.' })
  @Property({ type: 'boolean', default: false })
  internal: Opt<boolean> = false;

  @Field(() => Date)
  @Property({ type: 'timestamptz', length: 3, defaultRaw: 'now()' })
  createdAt: Opt<Date> = new Date();

  @Property({
    type: 'unknown',
    columnType: 'tsvector',
    generated: "(to_tsvector('english', coalesce(body, ''))) stored",
    lazy: true,
    hidden: true,
    nullable: true,
  })
  searchVector?: unknown;
}

/** How far each person has read each thread. */
@Entity({ tableName: 'message_reads' })
@Unique({ properties: ['user', 'workOrder'] })
export class MessageRead {
  @PrimaryKey({ type: 'int' })
  id!: number;

  @ManyToOne(() => User, { ref: true })
  user!: Ref<User>;

  @ManyToOne(() => WorkOrder, { ref: true, index: true })
  workOrder!: Ref<WorkOrder>;

  @Property({ type: 'int' })
  lastReadMessageId!: number;
}
