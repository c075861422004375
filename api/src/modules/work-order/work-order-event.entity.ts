import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Ref, type Opt } from '@mikro-orm/core';
import { GraphQLJSON } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';
import { Node } from '../../platform/graphql/node';
import { User } from '../identity/user.entity';
import { WorkOrderChangeKind } from './work-order-status';
import { WorkOrder } from './work-order.entity';

/**
 * One row per change: the work order's timeline and the outbox that later consumers (notifications, webhooks,
 * SLA) read. Written in the same transaction as the change itself.
 */
@Entity({ tableName: 'work_order_events' })
@Index({ properties: ['workOrder', 'at'] })
// The report's first-time-fix and SLA-compliance figures look up these few kinds among millions of events.
@Index({
  name: 'work_order_events_reopened_idx',
  expression:
    'create index "work_order_events_reopened_idx" on "work_order_events" ("work_order_id") where "kind" = \'REOPENED\'',
})
@Index({
  name: 'work_order_events_breached_idx',
  expression:
    'create index "work_order_events_breached_idx" on "work_order_events" ("work_order_id") where "kind" = \'SLA_CHANGED\' and "data"->>\'state\' = \'BREACHED\'',
})
@Index({
  name: 'work_order_events_webhook_pending_idx',
  expression:
    'create index "work_order_events_webhook_pending_idx" on "work_order_events" ("id") where "webhook_fanout_at" is null',
})
@Index({
  name: 'work_order_events_notify_pending_idx',
  expression:
    'create index "work_order_events_notify_pending_idx" on "work_order_events" ("id") where "notify_fanout_at" is null',
})
@ObjectType({ implements: Node, description: 'A change to a work order: who, when, what and why.' })
export class WorkOrderEvent extends Node {
  @PrimaryKey({ type: 'int' })
  id!: number;

  @ManyToOne(() => WorkOrder, { ref: true })
  workOrder!: Ref<WorkOrder>;

  @Field(() => WorkOrderChangeKind)
  @Enum({ items: () => WorkOrderChangeKind })
  kind!: WorkOrderChangeKind;

  @ManyToOne(() => User, { ref: true, nullable: true })
  actor?: Ref<User> | null;

  @Field(() => Date)
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  at: Opt<Date> = new Date();

  @Field({ description: 'One line for people, e.g. "Priority raised to EMERGENCY".' })
  @Property({ type: 'text' })
  summary!: string;

  @Field(() => GraphQLJSON, { nullable: true })
  @Property({ type: 'json', nullable: true })
  data?: Record<string, unknown> | null;

  /** When the webhook consumer of this outbox row fanned it out to endpoints (null: not yet). */
  @Property({ type: 'timestamptz', nullable: true, hidden: true })
  webhookFanoutAt?: Date | null;

  /** When the notification consumer fanned it out (null: not yet). */
  @Property({ type: 'timestamptz', nullable: true, hidden: true })
  notifyFanoutAt?: Date | null;

  /** Staff-only events (e.g. internal notes) never reach tenants. */
  @Property({ type: 'boolean', default: false })
  internal: Opt<boolean> = false;
}
