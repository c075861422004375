import {
  Entity,
  Enum,
  Index,
  ManyToOne,
  PrimaryKey,
  Property,
  Unique,
  type Opt,
  type Ref,
} from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../../platform/graphql/node';
import { User } from '../identity/user.entity';
import { WorkOrder } from '../work-order/work-order.entity';
import { NotificationChannel, NotificationTemplateKey } from './notification.rules';

export enum NotificationStatus {
  /** Waiting for its (next) attempt, possibly until quiet hours end. */
  PENDING = 'PENDING',
  /** A worker is handing it to the provider right now. */
  SENDING = 'SENDING',
  SENT = 'SENT',
  /** Retries gave up, or the provider refused it for good. */
  FAILED = 'FAILED',
}
registerEnumType(NotificationStatus, { name: 'NotificationStatus' });

/**
 * One message to one person on one channel. `sourceKey` names what caused it (an outbox event, a follow-up, a
 * rent reminder); (sourceKey, recipient, channel) is unique, so a cause notifies each person on each channel at
 * most once however often fan-out runs.
 */
@Entity({ tableName: 'notifications' })
@Unique({ properties: ['sourceKey', 'recipient', 'channel'] })
@Index({ properties: ['recipient', 'channel', 'createdAt'] })
@Index({ properties: ['workOrder', 'createdAt'] })
@ObjectType({ implements: Node, description: 'A notification to one person on one channel.' })
export class Notification extends Node {
  @PrimaryKey({ type: 'int' })
  id!: number;

  @Property({ type: 'text' })
  sourceKey!: string;

  @ManyToOne(() => User, { ref: true, deleteRule: 'cascade' })
  recipient!: Ref<User>;

  @ManyToOne(() => WorkOrder, { ref: true, nullable: true })
  workOrder?: Ref<WorkOrder> | null;

  @Field(() => NotificationChannel)
  @Enum({ items: () => NotificationChannel })
  channel!: NotificationChannel;

  @Field(() => NotificationTemplateKey)
  @Enum({ items: () => NotificationTemplateKey })
  template!: NotificationTemplateKey;

  @Field({ description: 'The subject line (email) or title (in-app, push).' })
  @Property({ type: 'text' })
  title!: string;

  @Field()
  @Property({ type: 'text' })
  body!: string;

  @Field(() => String, { nullable: true, description: 'Where the notification leads in the apps.' })
  @Property({ type: 'text', nullable: true })
  url?: string | null;

  @Field(() => NotificationStatus)
  @Enum({ items: () => NotificationStatus })
  status: Opt<NotificationStatus> = NotificationStatus.PENDING;

  @Field(() => Int)
  @Property({ type: 'int', default: 0 })
  attempts: Opt<number> = 0;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  lastError?: string | null;

  /** Not before (quiet hours, retry backoff). */
  @Field(() => Date, { nullable: true, description: 'Held until then (quiet hours or a retry).' })
  @Property({ type: 'timestamptz', nullable: true })
  sendAfter?: Date | null;

  /** When a worker claimed it for sending (a claim older than the lease is taken back after a crash). */
  @Property({ type: 'timestamptz', nullable: true, hidden: true })
  claimedAt?: Date | null;

  @Field(() => Date)
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Opt<Date> = new Date();

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  sentAt?: Date | null;

  @Field(() => Date, { nullable: true, description: 'In-app only: when the recipient read it.' })
  @Property({ type: 'timestamptz', nullable: true })
  readAt?: Date | null;
}

/** A browser's Web Push subscription (PushSubscription.toJSON()) for one user. */
@Entity({ tableName: 'push_subscriptions' })
export class PushSubscriptionRecord {
  @PrimaryKey({ type: 'int' })
  id!: number;

  @ManyToOne(() => User, { ref: true, deleteRule: 'cascade' })
  user!: Ref<User>;

  @Property({ type: 'text', unique: true })
  endpoint!: string;

  @Property({ type: 'text' })
  p256dh!: string;

  @Property({ type: 'text' })
  auth!: string;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Opt<Date> = new Date();
}
