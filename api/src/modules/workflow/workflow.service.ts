import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../platform/graphql/context';
import { Loaders } from '../../platform/graphql/loaders';
import { idOf } from '../../platform/graphql/node';
import { UserFacingError } from '../../platform/graphql/user-error';
import type { Jobs } from '../../platform/jobs/jobs';
import type { FixlinePubSub } from '../../platform/pubsub/pubsub';
import { evaluateApproval, formatMoney } from '../approval/approval.rules';
import { attachUploads } from '../attachment/attachment.service';
import { Role } from '../identity/role';
import { Owner } from '../portfolio/owner.entity';
import { Property } from '../portfolio/property.entity';
import {
  MAX_PROPOSED_WINDOWS,
  windowErrors,
  withinAvailability,
  type Window,
} from '../scheduling/scheduling.rules';
import { Severity } from '../triage/severity';
import { Technician } from '../vendor/technician.entity';
import { Vendor } from '../vendor/vendor.entity';
import { insuranceValid } from '../vendor/vendor.rules';
import { formatWindow } from '../work-order/time-window';
import { withChanges, type ChangeLog } from '../work-order/work-order-events';
import { CostApprovalState } from '../work-order/work-order-records';
import { WorkOrderChangeKind, WorkOrderStatus } from '../work-order/work-order-status';
import { WorkOrder } from '../work-order/work-order.entity';
import { assertVersion, mapLockError, visibleWorkOrderLoader } from '../work-order/work-order.service';
import { guard } from './workflow.guard';
import { SYSTEM, partiesOf } from './workflow.parties';
import {
  REMINDERS_BEFORE_APPOINTMENT,
  WorkflowAction,
  type Party,
  type Transition,
  type WorkflowTimings,
} from './workflow.rules';

export const JOB = {
  AUTO_CLOSE: 'work-order.auto-close',
  APPOINTMENT_REMINDER: 'work-order.appointment-reminder',
  APPROVAL_FOLLOW_UP: 'work-order.approval-follow-up',
} as const;

export interface WorkflowDeps {
  em: EntityManager;
  pubSub: FixlinePubSub;
  jobs: Jobs;
  timings: WorkflowTimings;
  now?: () => Date;
}

export interface WorkOrderRef {
  workOrderId: string;
  expectedVersion?: number | null;
}

interface Step {
  em: EntityManager;
  wo: WorkOrder;
  transition: Transition;
  parties: ReadonlySet<Party>;
  changes: ChangeLog;
  now: Date;
}

interface Outcome {
  summary: string;
  data?: Record<string, unknown>;
}

const field = (...path: string[]): string[] => ['input', ...path];
const iso = (d: Date): string => d.toISOString();
const fail = (code: string, message: string, path: string[]): never => {
  throw UserFacingError.of(code, message, path);
};
const required = (text: string | null | undefined, name: string, max = 2000): string => {
  const value = text?.trim() ?? '';
  if (value.length === 0) fail('REQUIRED', `Give a ${name}.`, field(name));
  if (value.length > max)
    fail('TOO_LONG', `The ${name} is limited to ${max} characters; it has ${value.length}.`, field(name));
  return value;
};

/** Times in summaries are written in the property's own time zone, e.g. "Tue, Nov 25, 9:00 AM – 12:00 PM EST". */
const timezoneOf = async (step: Step): Promise<string> =>
  (await step.em.findOneOrFail(Property, step.wo.property.id)).timezone;

const formatTime = (at: Date, timeZone: string): string =>
  new Intl.DateTimeFormat('en-US', {
    timeZone,
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
  }).format(at);

/**
 * Every workflow action: load the order (as the viewer may see it), the one guard on the transition table, the
 * caller's expectedVersion, the action's own preconditions and changes, the status move, one timeline/domain
 * event, and — in the same transaction — any jobs it schedules.
 */
const act = (
  deps: WorkflowDeps,
  viewer: Viewer | null,
  action: WorkflowAction | ((wo: WorkOrder) => WorkflowAction),
  ref: WorkOrderRef,
  apply: (step: Step) => Promise<Outcome>,
): Promise<WorkOrder> =>
  mapLockError(ref.expectedVersion, () =>
    withChanges(deps.em, deps.pubSub, async (em, changes) => {
      const id = idOf('WorkOrder', ref.workOrderId);
      const wo =
        id === null
          ? null
          : viewer === null
            ? await em.findOne(WorkOrder, id)
            : await visibleWorkOrderLoader(em, viewer).load(id);
      if (wo === null) return fail('NOT_FOUND', 'No such work order.', field('workOrderId'));
      const parties = viewer === null ? SYSTEM : await partiesOf(new Loaders(em, viewer), viewer, wo);
      const transition = guard(typeof action === 'function' ? action(wo) : action, wo.status, parties);
      assertVersion(wo, ref.expectedVersion);
      const now = deps.now?.() ?? new Date();
      const outcome = await apply({ em, wo, transition, parties, changes, now });
      if (transition.to !== null) wo.status = transition.to;
      wo.updatedAt = now;
      changes.record(wo, {
        kind: transition.event,
        actorId: viewer?.id ?? null,
        summary: outcome.summary,
        data: outcome.data,
      });
      await em.flush();
      return wo;
    }),
  );

// ── assignment ──────────────────────────────────────────────────────────────────────────────────────────────

export interface AssignInput extends WorkOrderRef {
  assigneeId: string;
  insuranceOverrideReason?: string | null;
  reason?: string | null;
}

/** Sets the assignee, refusing a vendor whose insurance has expired unless a manager overrides with a reason. */
const setAssignee = async (step: Step, input: AssignInput, isSystem: boolean): Promise<Outcome> => {
  const { em, wo, now } = step;
  const vendorId = idOf('Vendor', input.assigneeId);
  const technicianId = idOf('Technician', input.assigneeId);
  const data: Record<string, unknown> = {};
  let name: string;
  if (vendorId !== null) {
    const vendor = await em.findOne(Vendor, { id: vendorId, active: true });
    if (vendor === null) return fail('NOT_FOUND', 'No such active vendor.', field('assigneeId'));
    if (!insuranceValid(vendor, now)) {
      const override = input.insuranceOverrideReason?.trim();
      if (!override || isSystem) {
        return fail(
          'INSURANCE_EXPIRED',
          `${vendor.name}'s insurance expired on ${vendor.insuranceExpiresOn}. A manager may override with a reason.`,
          field('insuranceOverrideReason'),
        );
      }
      data.insuranceOverride = { reason: override, expiredOn: vendor.insuranceExpiresOn };
    }
    wo.assigneeVendor = em.getReference(Vendor, vendor.id, { wrapped: true });
    wo.assigneeTechnician = null;
    name = vendor.name;
  } else if (technicianId !== null) {
    const technician = await em.findOne(Technician, { id: technicianId, active: true });
    if (technician === null) return fail('NOT_FOUND', 'No such active technician.', field('assigneeId'));
    wo.assigneeTechnician = em.getReference(Technician, technician.id, { wrapped: true });
    wo.assigneeVendor = null;
    name = technician.name;
  } else {
    return fail('NOT_FOUND', 'Choose a vendor or a technician.', field('assigneeId'));
  }
  wo.assignedAt = now;
  wo.needsReview = false;
  const reason = input.reason?.trim();
  return {
    summary: `${step.transition.action === WorkflowAction.REASSIGN ? 'Reassigned' : 'Assigned'} to ${name}${
      data.insuranceOverride ? ' (insurance override)' : ''
    }`,
    data: { assignee: input.assigneeId, assigneeName: name, ...(reason ? { reason } : {}), ...data },
  };
};

export const assignWorkOrder = (
  deps: WorkflowDeps,
  viewer: Viewer | null,
  input: AssignInput,
): Promise<WorkOrder> =>
  act(
    deps,
    viewer,
    (wo) => (wo.status === WorkOrderStatus.ASSIGNED ? WorkflowAction.REASSIGN : WorkflowAction.ASSIGN),
    input,
    (step) => setAssignee(step, input, viewer === null),
  );

export const unassignWorkOrder = (
  deps: WorkflowDeps,
  viewer: Viewer,
  input: WorkOrderRef & { reason: string },
) =>
  act(deps, viewer, WorkflowAction.UNASSIGN, input, async ({ wo }) => {
    const reason = required(input.reason, 'reason');
    wo.assigneeVendor = null;
    wo.assigneeTechnician = null;
    wo.assignedAt = null;
    return { summary: `Unassigned: ${reason}`, data: { reason } };
  });

// ── scheduling ──────────────────────────────────────────────────────────────────────────────────────────────

export interface ScheduleInput extends WorkOrderRef {
  window: Window;
  outsideAvailabilityReason?: string | null;
}

const scheduleReminders = async (deps: WorkflowDeps, step: Step, window: Window): Promise<void> => {
  for (const reminder of REMINDERS_BEFORE_APPOINTMENT) {
    const at = new Date(window.startsAt.getTime() - reminder.seconds * 1000);
    if (at.getTime() <= step.now.getTime()) continue;
    await deps.jobs.sendIn(
      step.em,
      JOB.APPOINTMENT_REMINDER,
      { workOrderId: step.wo.id, startsAt: iso(window.startsAt), reminder: reminder.key },
      { startAfter: at, singletonKey: `reminder:${step.wo.id}:${iso(window.startsAt)}:${reminder.key}` },
    );
  }
};

export const scheduleWorkOrder = (
  deps: WorkflowDeps,
  viewer: Viewer,
  input: ScheduleInput,
): Promise<WorkOrder> =>
  act(
    deps,
    viewer,
    (wo) => (wo.status === WorkOrderStatus.SCHEDULED ? WorkflowAction.RESCHEDULE : WorkflowAction.SCHEDULE),
    input,
    async (step) => {
      const { wo, now } = step;
      const approval = wo.costApprovalRecord;
      if (approval?.state === CostApprovalState.PENDING_OWNER && approval.blocksScheduling) {
        fail(
          'APPROVAL_PENDING',
          `Waiting for the owner to approve the ${formatMoney(approval.amountCents)} estimate.`,
          field('workOrderId'),
        );
      }
      const errors = windowErrors(input.window, now, field('window'));
      if (errors.length > 0) throw new UserFacingError(errors);
      const override = input.outsideAvailabilityReason?.trim() || null;
      // the tenant's availability, and any new times they proposed in a reschedule request
      const availability = [...wo.availabilityWindows, ...(wo.rescheduleRequest?.windows ?? [])];
      if (!withinAvailability(input.window, availability) && !override) {
        fail(
          'OUTSIDE_AVAILABILITY',
          'That window is outside the times the tenant said they are available. Choose one of them, or give a reason to schedule anyway.',
          field('outsideAvailabilityReason'),
        );
      }
      wo.appointment = {
        startsAt: iso(input.window.startsAt),
        endsAt: iso(input.window.endsAt),
        outsideAvailabilityReason: override,
      };
      wo.rescheduleRequest = null;
      wo.scheduledAt = now;
      await scheduleReminders(deps, step, input.window);
      const verb = step.transition.action === WorkflowAction.RESCHEDULE ? 'Rescheduled' : 'Scheduled';
      return {
        summary: `${verb} for ${formatWindow(input.window, await timezoneOf(step))}`,
        data: {
          window: { startsAt: iso(input.window.startsAt), endsAt: iso(input.window.endsAt) },
          ...(override ? { outsideAvailabilityReason: override } : {}),
        },
      };
    },
  );

export const requestReschedule = (
  deps: WorkflowDeps,
  viewer: Viewer,
  input: WorkOrderRef & { windows: Window[]; reason: string },
): Promise<WorkOrder> =>
  act(deps, viewer, WorkflowAction.REQUEST_RESCHEDULE, input, async ({ wo, now }) => {
    const reason = required(input.reason, 'reason', 1000);
    if (input.windows.length === 0 || input.windows.length > MAX_PROPOSED_WINDOWS) {
      fail(
        'INVALID',
        `Propose from 1 to ${MAX_PROPOSED_WINDOWS} new windows; ${input.windows.length} were given.`,
        field('windows'),
      );
    }
    const errors = input.windows.flatMap((w, i) => windowErrors(w, now, field('windows', String(i))));
    if (errors.length > 0) throw new UserFacingError(errors);
    const windows = input.windows.map((w) => ({ startsAt: iso(w.startsAt), endsAt: iso(w.endsAt) }));
    wo.rescheduleRequest = { windows, reason, requestedAt: iso(now), requestedById: viewer.id };
    return { summary: `The tenant asked to reschedule: ${reason}`, data: { windows, reason } };
  });

export const reportRunningLate = (
  deps: WorkflowDeps,
  viewer: Viewer,
  input: WorkOrderRef & { eta: Date; note?: string | null },
): Promise<WorkOrder> =>
  act(deps, viewer, WorkflowAction.REPORT_RUNNING_LATE, input, async (step) => {
    const { wo, now } = step;
    if (input.eta.getTime() <= now.getTime())
      fail('IN_THE_PAST', 'The new arrival time must be in the future.', field('eta'));
    const note = input.note?.trim() || null;
    if (note !== null && note.length > 500)
      fail('TOO_LONG', `The note is limited to 500 characters; it has ${note.length}.`, field('note'));
    if (wo.appointment) wo.appointment = { ...wo.appointment, eta: iso(input.eta), runningLateNote: note };
    return {
      summary: `Running late: new arrival ${formatTime(input.eta, await timezoneOf(step))}${note ? ` (${note})` : ''}`,
      data: { eta: iso(input.eta), note },
    };
  });

// ── cost approvals ──────────────────────────────────────────────────────────────────────────────────────────

export interface EstimateInput extends WorkOrderRef {
  amount: { amountCents: number; currency?: string | null };
  lineItems?: { description: string; amountCents: number }[] | null;
  note?: string | null;
}

export const MAX_ESTIMATE_CENTS = 10_000_000;

export const submitCostEstimate = (
  deps: WorkflowDeps,
  viewer: Viewer,
  input: EstimateInput,
): Promise<WorkOrder> =>
  act(deps, viewer, WorkflowAction.SUBMIT_ESTIMATE, input, async (step) => {
    const { em, wo, now } = step;
    const cents = input.amount.amountCents;
    if (!Number.isInteger(cents) || cents <= 0 || cents > MAX_ESTIMATE_CENTS) {
      fail(
        'INVALID',
        `An estimate is from $0.01 to ${formatMoney(MAX_ESTIMATE_CENTS)}; ${formatMoney(cents)} was given.`,
        field('amount', 'amountCents'),
      );
    }
    const currency = (input.amount.currency ?? 'USD').toUpperCase();
    if (currency !== 'USD')
      fail('INVALID', `Estimates are in USD; ${currency} was given.`, field('amount', 'currency'));
    const lineItems = (input.lineItems ?? []).map((l, i) => {
      const description = l.description.trim();
      if (description.length === 0 || description.length > 200)
        fail(
          'INVALID',
          'Each line needs a description of up to 200 characters.',
          field('lineItems', String(i), 'description'),
        );
      if (!Number.isInteger(l.amountCents) || l.amountCents < 0)
        fail(
          'INVALID',
          'A line amount is a whole number of cents, 0 or more.',
          field('lineItems', String(i), 'amountCents'),
        );
      return { description, amountCents: l.amountCents };
    });
    const sum = lineItems.reduce((total, l) => total + l.amountCents, 0);
    if (lineItems.length > 0 && sum !== cents) {
      fail(
        'INVALID',
        `The lines add up to ${formatMoney(sum)}, not the estimate's ${formatMoney(cents)}.`,
        field('lineItems'),
      );
    }
    const property = await em.findOneOrFail(Property, wo.property.id);
    const owner = await em.findOneOrFail(Owner, property.owner.id);
    const outcome = evaluateApproval(
      { amountCents: cents, emergency: wo.priority === Severity.EMERGENCY },
      owner.approvalPolicy,
    );
    const submittedAt = iso(now);
    wo.costApprovalRecord = {
      amountCents: cents,
      currency,
      lineItems,
      note: input.note?.trim() || null,
      ...outcome,
      submittedById: viewer.id,
      submittedAt,
      decidedById: null,
      decidedAt: null,
      decisionNote: null,
    };
    wo.approvalState = outcome.state;
    if (outcome.ownerNotified) {
      step.changes.record(wo, {
        kind: WorkOrderChangeKind.OWNER_NOTIFIED,
        actorId: null,
        summary: `Owner ${owner.name} notified of the ${formatMoney(cents)} estimate`,
        data: { ownerId: owner.id, amountCents: cents },
      });
    }
    if (outcome.state === CostApprovalState.PENDING_OWNER) {
      for (const [stage, seconds] of [
        ['REMIND', deps.timings.approvalReminderAfterSeconds],
        ['ESCALATE', deps.timings.approvalEscalationAfterSeconds],
      ] as const) {
        await deps.jobs.sendIn(
          em,
          JOB.APPROVAL_FOLLOW_UP,
          { workOrderId: wo.id, submittedAt, stage },
          {
            startAfter: new Date(now.getTime() + seconds * 1000),
            singletonKey: `approval:${wo.id}:${submittedAt}:${stage}`,
          },
        );
      }
    }
    return {
      summary: `Estimate of ${formatMoney(cents)}: ${outcome.rule}`,
      data: { amountCents: cents, state: outcome.state, rule: outcome.rule },
    };
  });

export const decideCostApproval = (
  deps: WorkflowDeps,
  viewer: Viewer,
  input: WorkOrderRef & { approve: boolean; note?: string | null },
): Promise<WorkOrder> =>
  act(deps, viewer, WorkflowAction.DECIDE_COST_APPROVAL, input, async ({ wo, parties, now }) => {
    const record = wo.costApprovalRecord;
    if (record?.state !== CostApprovalState.PENDING_OWNER) {
      return fail('NOTHING_PENDING', 'There is no estimate waiting for a decision.', field('workOrderId'));
    }
    if (!parties.has('OWNER') && !record.managerMayDecide) {
      fail('NOT_WITHIN_AUTHORITY', `${record.rule}: only the owner can decide.`, field('approve'));
    }
    const state = input.approve ? CostApprovalState.APPROVED : CostApprovalState.REJECTED;
    const note = input.note?.trim() || null;
    wo.costApprovalRecord = {
      ...record,
      state,
      blocksScheduling: false,
      decidedById: viewer.id,
      decidedAt: iso(now),
      decisionNote: note,
    };
    wo.approvalState = state;
    return {
      summary: `${input.approve ? 'Approved' : 'Rejected'} the ${formatMoney(record.amountCents)} estimate${note ? `: ${note}` : ''}`,
      data: { state, note, by: parties.has('OWNER') ? 'OWNER' : 'MANAGER' },
    };
  });

// ── completion ──────────────────────────────────────────────────────────────────────────────────────────────

export const completeWorkOrder = (
  deps: WorkflowDeps,
  viewer: Viewer,
  input: WorkOrderRef & {
    notes: string;
    actualCost?: { amountCents: number } | null;
    attachmentIds?: string[] | null;
  },
): Promise<WorkOrder> =>
  act(deps, viewer, WorkflowAction.COMPLETE, input, async ({ em, wo, now }) => {
    const notes = required(input.notes, 'notes', 5000);
    const cost = input.actualCost?.amountCents;
    if (cost !== undefined && (!Number.isInteger(cost) || cost < 0 || cost > MAX_ESTIMATE_CENTS)) {
      fail(
        'INVALID',
        `The actual cost is from $0.00 to ${formatMoney(MAX_ESTIMATE_CENTS)}.`,
        field('actualCost', 'amountCents'),
      );
    }
    const photos = await attachUploads(em, viewer, input.attachmentIds, { workOrderId: wo.id });
    wo.completionNotes = notes;
    wo.actualCostCents = cost ?? null;
    wo.completedAt = now;
    await deps.jobs.sendIn(
      em,
      JOB.AUTO_CLOSE,
      { workOrderId: wo.id, completedAt: iso(now) },
      {
        startAfter: new Date(now.getTime() + deps.timings.autoCloseAfterSeconds * 1000),
        singletonKey: `auto-close:${wo.id}:${iso(now)}`,
      },
    );
    return {
      summary: 'Work completed',
      data: { notes, actualCostCents: cost ?? null, photos: photos.length },
    };
  });

export const confirmResolution = (
  deps: WorkflowDeps,
  viewer: Viewer,
  input: WorkOrderRef & { rating: number; comment?: string | null },
): Promise<WorkOrder> =>
  act(deps, viewer, WorkflowAction.CONFIRM_RESOLUTION, input, async ({ wo, now }) => {
    if (!Number.isInteger(input.rating) || input.rating < 1 || input.rating > 5) {
      fail('INVALID', `A rating is from 1 to 5; ${input.rating} was given.`, field('rating'));
    }
    const comment = input.comment?.trim() || null;
    if (comment !== null && comment.length > 2000)
      fail(
        'TOO_LONG',
        `The comment is limited to 2000 characters; it has ${comment.length}.`,
        field('comment'),
      );
    wo.ratingScore = input.rating;
    wo.ratingComment = comment;
    wo.ratedAt = now;
    wo.closedAt = now;
    return {
      summary: `Confirmed fixed by the tenant, rated ${input.rating}/5`,
      data: { rating: input.rating, comment },
    };
  });

export const closeWorkOrder = (
  deps: WorkflowDeps,
  viewer: Viewer | null,
  input: WorkOrderRef & { reason?: string | null },
) =>
  act(deps, viewer, WorkflowAction.CLOSE, input, async ({ wo, now }) => {
    wo.closedAt = now;
    const reason = input.reason?.trim() || null;
    const days = Math.round(deps.timings.autoCloseAfterSeconds / 86400);
    return {
      summary:
        viewer === null
          ? `Closed automatically after ${days} days without an answer from the tenant`
          : `Closed${reason ? `: ${reason}` : ''}`,
      data: { reason, automatic: viewer === null },
    };
  });

export const reopenWorkOrder = (
  deps: WorkflowDeps,
  viewer: Viewer,
  input: WorkOrderRef & { reason: string },
) =>
  act(deps, viewer, WorkflowAction.REOPEN, input, async ({ wo, parties, now }) => {
    const reason = required(input.reason, 'reason', 1000);
    const since = wo.completedAt ?? wo.closedAt;
    const limit = deps.timings.tenantReopenWithinSeconds;
    if (
      !parties.has(Role.MANAGER) &&
      !parties.has(Role.ADMIN) &&
      since &&
      now.getTime() - since.getTime() > limit * 1000
    ) {
      fail(
        'REOPEN_WINDOW_PASSED',
        `A request can be reopened within ${Math.round(limit / 86400)} days of completion; please file a new one.`,
        field('workOrderId'),
      );
    }
    if (!wo.assigneeVendor && !wo.assigneeTechnician)
      fail('INVALID', 'This request has no assignee to send back to.', field('workOrderId'));
    wo.completedAt = null;
    wo.closedAt = null;
    wo.ratingScore = null;
    wo.ratingComment = null;
    wo.ratedAt = null;
    wo.appointment = null;
    return { summary: `Reopened: ${reason}`, data: { reason } };
  });

export const cancelWorkOrder = (
  deps: WorkflowDeps,
  viewer: Viewer,
  input: WorkOrderRef & { reason: string },
) =>
  act(deps, viewer, WorkflowAction.CANCEL, input, async ({ wo, now }) => {
    const reason = required(input.reason, 'reason', 1000);
    wo.cancelledAt = now;
    return { summary: `Cancelled: ${reason}`, data: { reason } };
  });

// ── jobs ────────────────────────────────────────────────────────────────────────────────────────────────────

/** Closes a completed order the tenant did not answer, if it is still the same completion and it is due. */
export const autoClose = async (
  deps: WorkflowDeps,
  data: { workOrderId: number; completedAt: string },
): Promise<void> => {
  const wo = await deps.em.fork().findOne(WorkOrder, data.workOrderId);
  const now = deps.now?.() ?? new Date();
  if (wo?.status !== WorkOrderStatus.COMPLETED || wo.completedAt?.toISOString() !== data.completedAt) return;
  if (now.getTime() < Date.parse(data.completedAt) + deps.timings.autoCloseAfterSeconds * 1000) {
    throw new Error('auto-close ran early'); // retried by the queue
  }
  const ref = {
    workOrderId: Buffer.from(`WorkOrder:${wo.id}`).toString('base64url'),
    expectedVersion: wo.version,
  };
  await closeWorkOrder(deps, null, ref);
};

/** Records a reminder event for an appointment that is still the one the reminder was queued for. */
export const appointmentReminder = async (
  deps: WorkflowDeps,
  data: { workOrderId: number; startsAt: string; reminder: string },
): Promise<void> => {
  await withChanges(deps.em.fork(), deps.pubSub, async (em, changes) => {
    const wo = await em.findOne(WorkOrder, data.workOrderId);
    if (wo?.status !== WorkOrderStatus.SCHEDULED || wo.appointment?.startsAt !== data.startsAt) return;
    const label = REMINDERS_BEFORE_APPOINTMENT.find((r) => r.key === data.reminder)?.label ?? 'soon';
    changes.record(wo, {
      kind: WorkOrderChangeKind.REMINDER,
      actorId: null,
      summary: `Reminder sent: maintenance visit ${label}, ${formatWindow(
        { startsAt: new Date(wo.appointment.startsAt), endsAt: new Date(wo.appointment.endsAt) },
        (await em.findOneOrFail(Property, wo.property.id)).timezone,
      )}`,
      data: { reminder: data.reminder, startsAt: data.startsAt },
    });
    await em.flush();
  });
};

/** Reminds after 24 h and escalates after 48 h while the same estimate still waits for the owner. */
export const approvalFollowUp = async (
  deps: WorkflowDeps,
  data: { workOrderId: number; submittedAt: string; stage: 'REMIND' | 'ESCALATE' },
): Promise<void> => {
  await withChanges(deps.em.fork(), deps.pubSub, async (em, changes) => {
    const wo = await em.findOne(WorkOrder, data.workOrderId);
    const record = wo?.costApprovalRecord;
    if (!wo || record?.state !== CostApprovalState.PENDING_OWNER || record.submittedAt !== data.submittedAt)
      return;
    const hours = Math.round((Date.now() - Date.parse(data.submittedAt)) / 3_600_000);
    changes.record(wo, {
      kind: WorkOrderChangeKind.COST_APPROVAL,
      actorId: null,
      summary:
        data.stage === 'REMIND'
          ? `Reminder to the owner: the ${formatMoney(record.amountCents)} estimate is waiting for approval`
          : `Escalated to managers: the ${formatMoney(record.amountCents)} estimate has waited ${hours} h for the owner`,
      data: { stage: data.stage, submittedAt: data.submittedAt },
    });
    await em.flush();
  });
};
