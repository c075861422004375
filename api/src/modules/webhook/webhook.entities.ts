import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Opt, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../../platform/graphql/node';
import { User } from '../identity/user.entity';
import { WorkOrderChangeKind } from '../work-order/work-order-status';

export enum WebhookDeliveryStatus {
  PENDING = 'PENDING',
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
}
registerEnumType(WebhookDeliveryStatus, {
  name: 'WebhookDeliveryStatus',
  description: 'FAILED: retries gave up after 24 hours.',
});

@Entity({ tableName: 'webhook_endpoints' })
@ObjectType({ implements: Node, description: 'Where a third party wants signed event deliveries.' })
export class WebhookEndpoint extends Node {
  @PrimaryKey({ type: 'int' })
  id!: number;

  @Field()
  @Property({ type: 'text' })
  url!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  description?: string | null;

  @Field(() => [WorkOrderChangeKind], { description: 'Event kinds delivered; empty means all.' })
  @Property({ type: 'json' })
  eventKinds: Opt<WorkOrderChangeKind[]> = [];

  /** The signing secret, sealed with the server key; shown once at creation. */
  @Property({ type: 'text', hidden: true })
  secretSealed!: string;

  @Field(() => Boolean)
  @Property({ type: 'boolean', default: true })
  active: Opt<boolean> = true;

  @ManyToOne(() => User, { ref: true })
  createdBy!: Ref<User>;

  @Field(() => Date)
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Opt<Date> = new Date();
}

@Entity({ tableName: 'webhook_deliveries' })
@Index({ properties: ['endpoint', 'createdAt'] })
@ObjectType({ implements: Node, description: 'One event sent (or being retried) to one endpoint.' })
export class WebhookDelivery extends Node {
  @PrimaryKey({ type: 'int' })
  id!: number;

  @Field({ description: 'Sent as the Fixline-Delivery header; the same on every retry.' })
  @Property({ type: 'uuid', unique: true })
  deliveryId!: string;

  @ManyToOne(() => WebhookEndpoint, { ref: true, deleteRule: 'cascade' })
  endpoint!: Ref<WebhookEndpoint>;

  @Property({ type: 'int' })
  eventId!: number;

  @Field(() => WorkOrderChangeKind)
  @Enum({ items: () => WorkOrderChangeKind })
  eventKind!: WorkOrderChangeKind;

  @Field(() => WebhookDeliveryStatus)
  @Enum({ items: () => WebhookDeliveryStatus })
  status: Opt<WebhookDeliveryStatus> = WebhookDeliveryStatus.PENDING;

  @Field(() => Int)
  @Property({ type: 'int', default: 0 })
  attempts: Opt<number> = 0;

  @Field(() => Int, { nullable: true })
  @Property({ type: 'int', nullable: true })
  lastStatusCode?: number | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  lastError?: string | null;

  @Field(() => Date)
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Opt<Date> = new Date();

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  lastAttemptAt?: Date | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  nextAttemptAt?: Date | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  deliveredAt?: Date | null;
}
