import type { EntityManager } from '@mikro-orm/postgresql';
import { readRow } from '../../platform/db/read-rows';
import type { Viewer } from '../../platform/graphql/context';
import type { Loaders } from '../../platform/graphql/loaders';
import { idOf, toGlobalId } from '../../platform/graphql/node';
import { Topic } from '../../platform/pubsub/pubsub';
import { UserError, UserFacingError } from '../../platform/graphql/user-error';
import { attachUploads } from '../attachment/attachment.service';
import { escalationJob } from '../escalation/escalation.service';
import { Property } from '../portfolio/property.entity';
import { firstSlaCheckAt, slaCheckJob } from '../sla/sla.service';
import { slaSettingsOf, type SlaSettingsValue } from '../sla/sla.settings';
import { Severity } from '../triage/severity';
import { compileTriageRules } from '../triage/triage.config';
import { triage } from '../triage/triage.service';
import { preferredRule } from '../vendor/directory.service';
import { assignWorkOrder, type WorkflowDeps } from '../workflow/workflow.service';
import type { StoredWindow } from '../work-order/time-window';
import { LocationKind, WorkOrderChangeKind } from '../work-order/work-order-status';
import type { AccessSnapshot } from '../work-order/work-order.entity';
import { WorkOrder } from '../work-order/work-order.entity';
import {
  AVAILABILITY_MAX,
  DESCRIPTION_MAX,
  TITLE_MAX,
  type SubmitMaintenanceRequestInput,
} from './intake.inputs';
import {
  readIntakeSnapshot,
  type IntakeSnapshot,
  type SnapshotRule,
  type SnapshotUnit,
} from './intake.snapshot';
import { insertNewOrder, isUniqueViolation, type CreatedEvent, type NewOrder } from './intake.write';

const field = (...path: string[]): string[] => ['input', ...path];

/** Checks what class-validator cannot: trimmed lengths, windows, and anything needing the clock. */
const validate = (input: SubmitMaintenanceRequestInput, now: Date): UserError[] => {
  const errors: UserError[] = [];
  const title = input.title.trim();
  const description = input.description.trim();
  if (title.length === 0)
    errors.push(UserError.of('REQUIRED', 'Give the problem a short title.', field('title')));
  if (title.length > TITLE_MAX) {
    errors.push(
      UserError.of(
        'TOO_LONG',
        `The title is limited to ${TITLE_MAX} characters; it has ${title.length}.`,
        field('title'),
      ),
    );
  }
  if (description.length === 0) {
    errors.push(UserError.of('REQUIRED', 'Describe the problem.', field('description')));
  }
  if (description.length > DESCRIPTION_MAX) {
    errors.push(
      UserError.of(
        'TOO_LONG',
        `The description is limited to ${DESCRIPTION_MAX} characters; it has ${description.length}.`,
        field('description'),
      ),
    );
  }
  if (input.locationKind === LocationKind.COMMON_AREA && !input.locationDetail?.trim()) {
    errors.push(UserError.of('REQUIRED', 'Say which common area.', field('locationDetail')));
  }
  const windows = input.availability ?? [];
  if (windows.length > AVAILABILITY_MAX) {
    errors.push(
      UserError.of(
        'TOO_MANY',
        `At most ${AVAILABILITY_MAX} availability windows; ${windows.length} were given.`,
        field('availability'),
      ),
    );
  }
  windows.forEach((w, i) => {
    if (w.endsAt.getTime() <= w.startsAt.getTime()) {
      errors.push(
        UserError.of(
          'INVALID_WINDOW',
          'A window must end after it starts.',
          field('availability', String(i)),
        ),
      );
    } else if (w.endsAt.getTime() <= now.getTime()) {
      errors.push(
        UserError.of('IN_THE_PAST', 'This window is already over.', field('availability', String(i))),
      );
    }
  });
  return errors;
};

/** The unit the request is for: one the tenant leases now (the snapshot's candidates). */
const resolveUnit = (snapshot: IntakeSnapshot, unitAsked: boolean): SnapshotUnit => {
  const [first] = snapshot.units;
  if (unitAsked) {
    if (first === undefined)
      throw UserFacingError.of('NOT_FOUND', 'You do not lease that unit.', field('unitId'));
    return first;
  }
  if (snapshot.units.length === 1 && first !== undefined) return first;
  throw UserFacingError.of(
    snapshot.units.length === 0 ? 'NO_LEASE' : 'REQUIRED',
    snapshot.units.length === 0
      ? 'You have no current lease to report a problem for.'
      : 'Choose which of your units this is about.',
    field('unitId'),
  );
};

const accessOf = (
  stored: IntakeSnapshot['access'],
  given: SubmitMaintenanceRequestInput['access'],
): AccessSnapshot => {
  const source = given ?? stored;
  return {
    pets: source?.pets ?? null,
    bestContactMethod: source?.bestContactMethod ?? null,
    preferredTimes: source?.preferredTimes ?? null,
    notes: source?.notes ?? null,
  };
};

const existing = (
  em: EntityManager,
  requesterId: number,
  key: string | null | undefined,
): Promise<WorkOrder | null> =>
  key ? em.findOne(WorkOrder, { requester: requesterId, idempotencyKey: key }) : Promise.resolve(null);

/**
 * A tenant reports a problem: validated, triaged by the rules table, then numbered and written with its CREATED event
 * and its jobs in one statement (`insertNewOrder`), then published. The same idempotency key returns the first result
 * and creates nothing.
 */
export const submitMaintenanceRequest = async (
  deps: WorkflowDeps,
  viewer: Viewer,
  input: SubmitMaintenanceRequestInput,
  now = new Date(),
): Promise<{ workOrder: WorkOrder; property: Property | null }> => {
  const created = await createWorkOrder(deps, viewer, input, now);
  return {
    workOrder: created.isNew
      ? await applyAssignmentRule(deps, created.workOrder, created.assignmentRules)
      : created.workOrder,
    property: created.property,
  };
};

/** What a submission made (or found again by its idempotency key: not new, and its property not at hand). */
interface Submitted {
  workOrder: WorkOrder;
  property: Property | null;
  isNew: boolean;
  assignmentRules: readonly SnapshotRule[];
}

/**
 * An auto-assignment rule that matches routes the new order at once (as the system); a refusal leaves it NEW. The
 * candidates were read with the rest of the submission's reference data (see `readIntakeSnapshot`).
 */
const applyAssignmentRule = async (
  deps: WorkflowDeps,
  workOrder: WorkOrder,
  candidates: readonly SnapshotRule[],
): Promise<WorkOrder> => {
  const propertyId = workOrder.property.id;
  const rule = preferredRule(
    candidates.filter((r) => r.propertyId === null || r.propertyId === propertyId),
    (r) => r,
  );
  const assigneeId = rule?.vendorId ?? rule?.technicianId ?? null;
  if (!rule || assigneeId === null) return workOrder;
  try {
    return await assignWorkOrder(deps, null, {
      workOrderId: workOrder.globalId,
      expectedVersion: workOrder.version,
      assigneeId:
        rule.vendorId !== null ? toGlobalId('Vendor', rule.vendorId) : toGlobalId('Technician', assigneeId),
      reason: 'Auto-assignment rule',
    });
  } catch (error) {
    if (error instanceof UserFacingError) return workOrder;
    throw error;
  }
};

const createWorkOrder = async (
  deps: WorkflowDeps,
  viewer: Viewer,
  input: SubmitMaintenanceRequestInput,
  now: Date,
): Promise<Submitted> => {
  const { em } = deps;
  const unitAsked = Boolean(input.unitId);
  const snapshot = await readIntakeSnapshot(em, viewer, {
    unitAsked,
    unitId: unitAsked ? idOf('Unit', input.unitId) : null,
    categoryId: idOf('Category', input.categoryId),
    idempotencyKey: input.idempotencyKey || null,
  });
  if (snapshot.earlierId !== null) {
    const earlier = await existing(em, viewer.id, input.idempotencyKey);
    if (earlier !== null) return { workOrder: earlier, property: null, isNew: false, assignmentRules: [] };
  }
  const errors = validate(input, now);
  if (errors.length > 0) throw new UserFacingError(errors);
  const unit = resolveUnit(snapshot, unitAsked);
  const category = snapshot.category;
  if (category === null)
    throw UserFacingError.of('NOT_FOUND', 'Choose one of the listed categories.', field('categoryId'));
  // a read row (not managed): the response's `property` is answered from it (primeLoaders)
  const property = readRow(em, Property, unit.property);
  const decision = triage(
    {
      title: input.title,
      description: input.description,
      reportedSeverity: input.severity,
      categoryName: category.name,
      categoryEmergencyKeywords: category.emergencyKeywords,
      timezone: property.timezone,
      at: now,
    },
    compileTriageRules(snapshot.triageRules),
  );
  const slaSettings = slaSettingsOf(snapshot.slaSettings);
  const availability: StoredWindow[] = (input.availability ?? []).map((w) => ({
    startsAt: w.startsAt.toISOString(),
    endsAt: w.endsAt.toISOString(),
  }));
  const common = input.locationKind === LocationKind.COMMON_AREA;
  const order: NewOrder = {
    id: snapshot.newId,
    propertyId: property.id,
    unitId: common ? null : unit.id,
    locationKind: input.locationKind,
    locationDetail: input.locationDetail?.trim() || null,
    requesterId: viewer.id,
    categoryId: category.id,
    reportedSeverity: input.severity,
    priority: decision.priority,
    triageReasons: decision.reasons,
    needsReview: decision.needsReview,
    title: input.title.trim(),
    description: input.description.trim(),
    accessSnapshot: accessOf(snapshot.access, input.access),
    permissionToEnter: input.permissionToEnter ?? false,
    availabilityWindows: availability,
    idempotencyKey: input.idempotencyKey ?? null,
    createdAt: now,
  };
  const event: CreatedEvent = {
    actorId: viewer.id,
    summary:
      decision.priority === input.severity
        ? `Request received (${decision.priority.toLowerCase()})`
        : `Request received; priority raised from ${input.severity.toLowerCase()} to ${decision.priority.toLowerCase()}`,
    data: { reportedSeverity: input.severity, priority: decision.priority, triageReasons: decision.reasons },
  };
  try {
    const workOrder = await writeNewOrder(
      deps,
      viewer,
      order,
      event,
      property,
      input.attachmentIds ?? [],
      slaSettings,
    );
    return { workOrder, property, isNew: true, assignmentRules: snapshot.assignmentRules };
  } catch (error) {
    // Two submissions with the same key raced: the other one won; answer with its result.
    if (isUniqueViolation(error)) {
      const winner = await existing(em.fork(), viewer.id, input.idempotencyKey);
      if (winner !== null) return { workOrder: winner, property: null, isNew: false, assignmentRules: [] };
    }
    throw error;
  }
};

/**
 * Writes a new order with its CREATED event and its jobs (linking its uploads in the same transaction, when there
 * are any), then publishes the event.
 */
const writeNewOrder = async (
  deps: WorkflowDeps,
  viewer: Viewer,
  order: NewOrder,
  event: CreatedEvent,
  property: Property,
  attachmentIds: readonly string[],
  slaSettings: SlaSettingsValue,
): Promise<WorkOrder> => {
  // the SLA clocks start now: the first check is queued with the order (it re-queues itself); an emergency pages
  // the person on call at once, and escalates until acknowledged
  const jobs = [await slaCheckJob(deps.jobs, order.id, firstSlaCheckAt(order, property, slaSettings))];
  if (order.priority === Severity.EMERGENCY) jobs.push(await escalationJob(deps.jobs, order.id));
  const { workOrder, eventId } =
    attachmentIds.length === 0
      ? await insertNewOrder(deps.em, order, event, jobs)
      : await deps.em.transactional(async (tem) => {
          const written = await insertNewOrder(tem, order, event, jobs);
          await attachUploads(tem, viewer, attachmentIds, { workOrderId: order.id });
          return written;
        });
  deps.pubSub.publish(Topic.WORK_ORDER_CHANGED, {
    eventId,
    kind: WorkOrderChangeKind.CREATED,
    workOrderId: workOrder.id,
    propertyId: property.id,
    actorId: viewer.id,
    at: order.createdAt.toISOString(),
  });
  return workOrder;
};

/**
 * Hands the request's loaders what the submission already holds, so that answering the payload does not read it
 * again: the new order's property (an earlier order found again by its idempotency key has none at hand, and then
 * the loader reads it as before).
 */
export const primeLoaders = (loaders: Loaders, property: Property | null): void => {
  if (property !== null) loaders.byId(Property).prime(property.id, property);
};
