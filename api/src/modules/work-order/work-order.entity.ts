import {
  Entity,
  Enum,
  Index,
  ManyToOne,
  PrimaryKey,
  Property,
  type Ref,
  Unique,
  type Opt,
} from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../../platform/graphql/node';
import { Category } from '../category/category.entity';
import { User } from '../identity/user.entity';
import { ContactMethod } from '../portfolio/contact-method';
import { Property as Building } from '../portfolio/property.entity';
import { Unit } from '../portfolio/unit.entity';
import { Severity } from '../triage/severity';
import { Technician } from '../vendor/technician.entity';
import { Vendor } from '../vendor/vendor.entity';
import type { StoredWindow } from './time-window';
import {
  CostApprovalState,
  type AppointmentRecord,
  type CostApprovalRecord,
  type RescheduleRequestRecord,
} from './work-order-records';
import { LocationKind, WorkOrderStatus } from './work-order-status';

/** The tenant's access instructions as they were when the request was made. */
export interface AccessSnapshot {
  pets?: string | null;
  bestContactMethod?: ContactMethod | null;
  preferredTimes?: string | null;
  notes?: string | null;
}

@Entity({ tableName: 'work_orders' })
@Unique({ name: 'work_orders_requester_idempotency_key', properties: ['requester', 'idempotencyKey'] })
@Index({ name: 'work_orders_board_idx', properties: ['status', 'createdAt', 'id'] })
@Index({ name: 'work_orders_created_idx', properties: ['createdAt', 'id'] })
// The board's filters, newest first: each picks its page by walking one of these (and counts from it).
@Index({ name: 'work_orders_priority_created_idx', properties: ['priority', 'createdAt', 'id'] })
@Index({ name: 'work_orders_property_created_idx', properties: ['property', 'createdAt', 'id'] })
@Index({ name: 'work_orders_vendor_created_idx', properties: ['assigneeVendor', 'createdAt', 'id'] })
@Index({ name: 'work_orders_technician_created_idx', properties: ['assigneeTechnician', 'createdAt', 'id'] })
@Index({ name: 'work_orders_repeat_idx', properties: ['unit', 'category', 'createdAt'] })
@Index({
  name: 'work_orders_search_idx',
  expression: 'create index "work_orders_search_idx" on "work_orders" using gin ("search_vector")',
})
@Index({
  name: 'work_orders_open_search_idx',
  expression: `create index "work_orders_open_search_idx" on "work_orders" using gin ("search_vector") with (gin_pending_list_limit = 128) where "status" in ('NEW', 'ASSIGNED', 'SCHEDULED', 'COMPLETED')`,
})
@ObjectType({ implements: Node, description: 'A maintenance request and everything done about it.' })
export class WorkOrder extends Node {
  @PrimaryKey({ type: 'int' })
  id!: number;

  @Field(() => Int, { description: 'Tracking number shown to tenants ("#1042").' })
  @Property({ type: 'int', unique: true })
  number!: number;

  @ManyToOne(() => Building, { ref: true })
  property!: Ref<Building>;

  @ManyToOne(() => Unit, { ref: true, nullable: true, index: true })
  unit?: Ref<Unit> | null;

  @Field(() => LocationKind)
  @Enum({ items: () => LocationKind })
  locationKind: Opt<LocationKind> = LocationKind.UNIT;

  @Field(() => String, {
    nullable: true,
    description: 'The room (in a unit) or the name of the common area.',
  })
  @Property({ type: 'text', nullable: true })
  locationDetail?: string | null;

  @ManyToOne(() => User, { ref: true, index: true })
  requester!: Ref<User>;

  @ManyToOne(() => Category, { ref: true, index: true })
  category!: Ref<Category>;

  @Field(() => Severity, { description: 'What the tenant chose.' })
  @Enum({ items: () => Severity })
  reportedSeverity!: Severity;

  @Field(() => Severity, { description: 'After triage: the rules, then a manager.' })
  @Enum({ items: () => Severity })
  priority!: Severity;

  @Field(() => [String], { description: 'Why the priority is what it is.' })
  @Property({ type: 'json' })
  triageReasons: Opt<string[]> = [];

  @Field(() => Boolean, {
    description: 'A tenant emergency without an emergency sign, or another case a manager should look at.',
  })
  @Property({ type: 'boolean', default: false })
  needsReview: Opt<boolean> = false;

  @Field(() => WorkOrderStatus)
  @Enum({ items: () => WorkOrderStatus })
  status: Opt<WorkOrderStatus> = WorkOrderStatus.NEW;

  @Field(() => Int, { description: 'Increases with every change; send it back as `expectedVersion`.' })
  @Property({ type: 'int', version: true })
  version!: Opt<number>;

  @Field()
  @Property({ type: 'text' })
  title!: string;

  @Field()
  @Property({ type: 'text' })
  description!: string;

  @Property({ type: 'json' })
  accessSnapshot: Opt<AccessSnapshot> = {};

  @Field(() => Boolean)
  @Property({ type: 'boolean', default: false })
  permissionToEnter: Opt<boolean> = false;

  @Property({ type: 'json' })
  availabilityWindows: Opt<StoredWindow[]> = [];

  @ManyToOne(() => Vendor, { ref: true, nullable: true })
  assigneeVendor?: Ref<Vendor> | null;

  @ManyToOne(() => Technician, { ref: true, nullable: true })
  assigneeTechnician?: Ref<Technician> | null;

  @Property({ type: 'text', nullable: true })
  idempotencyKey?: string | null;

  /** Full-text search over title and description, kept by PostgreSQL itself. */
  @Property({
    type: 'unknown',
    columnType: 'tsvector',
    generated: "(to_tsvector('english', coalesce(title, '') || ' ' || coalesce(description, ''))) stored",
    lazy: true,
    hidden: true,
    nullable: true,
  })
  searchVector?: unknown;

  // Millisecond precision, like JavaScript dates, so keyset cursors compare exactly.
  @Field(() => Date)
  @Property({ type: 'timestamptz', length: 3, defaultRaw: 'now()' })
  createdAt: Opt<Date> = new Date();

  @Field(() => Date)
  @Property({ type: 'timestamptz', length: 3, defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Opt<Date> = new Date();

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  assignedAt?: Date | null;

  @Property({ type: 'timestamptz', nullable: true })
  scheduledAt?: Date | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  completedAt?: Date | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  closedAt?: Date | null;

  @Property({ type: 'timestamptz', nullable: true })
  cancelledAt?: Date | null;

  /** The appointment window, the running-late update and the tenant's open reschedule request. */
  @Property({ type: 'json', nullable: true })
  appointment?: AppointmentRecord | null;

  @Property({ type: 'json', nullable: true })
  rescheduleRequest?: RescheduleRequestRecord | null;

  /** The latest estimate and its approval; `approvalState` is a column of its own for filtering. */
  @Property({ type: 'json', nullable: true })
  costApprovalRecord?: CostApprovalRecord | null;

  @Enum({ items: () => CostApprovalState, nullable: true, index: true })
  approvalState?: CostApprovalState | null;

  @Property({ type: 'int', nullable: true })
  actualCostCents?: number | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  completionNotes?: string | null;

  @Property({ type: 'int', nullable: true })
  ratingScore?: number | null;

  @Property({ type: 'text', nullable: true })
  ratingComment?: string | null;

  @Property({ type: 'timestamptz', nullable: true })
  ratedAt?: Date | null;
}
