import { UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/postgresql';
import { executePrepared } from '../../platform/db/prepared';
import { readRow, rowColumns } from '../../platform/db/read-rows';
import type { PlannedJob } from '../../platform/jobs/jobs';
import type { Severity } from '../triage/severity';
import type { StoredWindow } from '../work-order/time-window';
import { WorkOrderChangeKind, WorkOrderStatus, type LocationKind } from '../work-order/work-order-status';
import { WorkOrder, type AccessSnapshot } from '../work-order/work-order.entity';

/** A new order's columns, as the submission decided them (its number is taken in the write). */
export interface NewOrder {
  /** Reserved by the intake snapshot (`work_orders_id_seq`), so its jobs can name the order before it exists. */
  id: number;
  propertyId: number;
  unitId: number | null;
  locationKind: LocationKind;
  locationDetail: string | null;
  requesterId: number;
  categoryId: number;
  reportedSeverity: Severity;
  priority: Severity;
  triageReasons: string[];
  needsReview: boolean;
  title: string;
  description: string;
  accessSnapshot: AccessSnapshot;
  permissionToEnter: boolean;
  availabilityWindows: StoredWindow[];
  idempotencyKey: string | null;
  createdAt: Date;
}

/** The order's CREATED event (the outbox row). */
export interface CreatedEvent {
  actorId: number;
  summary: string;
  data: Record<string, unknown>;
}

/**
 * Writes a new order, its CREATED event and its jobs (pg-boss's own statements, see `Jobs.plan`) as one statement:
 * one round trip, atomic without a transaction of its own, planned once per connection. The order's rows, event and
 * jobs exist together or not at all; inside a transaction (attachments are linked in the same one) it takes part in
 * it. A unit of work made the same rows in six round trips (begin, number, order, event, job, commit), plus its
 * change sets: most of a submission's api CPU (bench/results/cpu-intake.md).
 *
 * Answers the order as a read row (`readRow`: not managed; load it to change it) and the event's id.
 */
export const insertNewOrder = async (
  em: EntityManager,
  order: NewOrder,
  event: CreatedEvent,
  jobs: readonly PlannedJob[],
): Promise<{ workOrder: WorkOrder; eventId: number }> => {
  const rows = await executePrepared<Record<string, unknown> & { eventId: number }>(
    em,
    `with wo as (
       insert into work_orders as w (id, number, property_id, unit_id, location_kind, location_detail, requester_id,
         category_id, reported_severity, priority, triage_reasons, needs_review, status, title, description,
         access_snapshot, permission_to_enter, availability_windows, idempotency_key, created_at, updated_at)
       values (?, nextval('work_order_number_seq'), ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?::jsonb, ?, ?::jsonb,
               ?, ?, ?)
       returning ${rowColumns(em, WorkOrder, 'w')}
     ), ev as (
       insert into work_order_events (work_order_id, kind, actor_id, summary, data, internal, at)
       select wo.id, ?, ?, ?, ?::jsonb, false, ? from wo
       returning id
     )${jobs.map((job, i) => `, job${i} as (${job.sql})`).join('')}
     select wo.*, ev.id as "eventId" from wo cross join ev`,
    [
      order.id,
      order.propertyId,
      order.unitId,
      order.locationKind,
      order.locationDetail,
      order.requesterId,
      order.categoryId,
      order.reportedSeverity,
      order.priority,
      JSON.stringify(order.triageReasons),
      order.needsReview,
      WorkOrderStatus.NEW,
      order.title,
      order.description,
      JSON.stringify(order.accessSnapshot),
      order.permissionToEnter,
      JSON.stringify(order.availabilityWindows),
      order.idempotencyKey,
      order.createdAt,
      order.createdAt,
      WorkOrderChangeKind.CREATED,
      event.actorId,
      event.summary,
      JSON.stringify(event.data),
      order.createdAt,
      ...jobs.flatMap((job) => job.values),
    ],
  );
  const row = rows[0];
  if (row === undefined) throw new Error('intake write: no row');
  return { workOrder: readRow(em, WorkOrder, row), eventId: row.eventId };
};

/** Whether `error` is a unique violation, from the unit of work or from a statement run through the driver. */
export const isUniqueViolation = (error: unknown): boolean =>
  error instanceof UniqueConstraintViolationException ||
  (typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '23505');
