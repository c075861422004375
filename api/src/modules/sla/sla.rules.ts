import { Severity } from '../triage/severity';
import { WorkOrderChangeKind } from '../work-order/work-order-status';

export type DurationUnit = 'HOURS' | 'DAYS' | 'BUSINESS_DAYS';

export interface SlaDuration {
  amount: number;
  unit: DurationUnit;
}

export interface SlaTarget {
  /** "Respond" = the first assignment (or a staff message to the tenant). */
  respond: SlaDuration;
  /** "Resolve" = COMPLETED. */
  resolve: SlaDuration;
}

/** PRODUCT.md §11 / DOMAIN.md "SLA targets": the seed document's defaults, editable per priority. */
export const SLA_TARGETS: Record<Severity, SlaTarget> = {
  [Severity.EMERGENCY]: { respond: { amount: 4, unit: 'HOURS' }, resolve: { amount: 24, unit: 'HOURS' } },
  [Severity.URGENT]: { respond: { amount: 24, unit: 'HOURS' }, resolve: { amount: 48, unit: 'HOURS' } },
  [Severity.ROUTINE]: {
    respond: { amount: 48, unit: 'HOURS' },
    resolve: { amount: 5, unit: 'BUSINESS_DAYS' },
  },
  [Severity.LOW]: { respond: { amount: 7, unit: 'DAYS' }, resolve: { amount: 30, unit: 'DAYS' } },
};

/** A clock is AT_RISK once this share of its time has elapsed. */
export const AT_RISK_FRACTION = 0.75;

/**
 * When the clocks stop: waiting on the owner's approval of an estimate, or on the tenant after they asked to
 * reschedule. A pause starts at an event of one of `startsOn` (that `starts`, when given, accepts) and ends at the
 * next event of one of `endsOn` (that `ends`, when given, accepts).
 */
export const PAUSE_RULES: readonly {
  key: string;
  startsOn: readonly WorkOrderChangeKind[];
  starts?: (data: Record<string, unknown> | null) => boolean;
  endsOn: readonly WorkOrderChangeKind[];
  ends?: (kind: WorkOrderChangeKind, data: Record<string, unknown> | null) => boolean;
}[] = [
  {
    key: 'WAITING_ON_OWNER',
    startsOn: [WorkOrderChangeKind.COST_APPROVAL],
    starts: (data) => data?.state === 'PENDING_OWNER',
    endsOn: [WorkOrderChangeKind.COST_APPROVAL, WorkOrderChangeKind.CANCELLED],
    ends: (kind, data) =>
      kind !== WorkOrderChangeKind.COST_APPROVAL ||
      (data?.state !== 'PENDING_OWNER' && data?.stage === undefined),
  },
  {
    key: 'WAITING_ON_TENANT',
    startsOn: [WorkOrderChangeKind.RESCHEDULE_REQUESTED],
    endsOn: [WorkOrderChangeKind.SCHEDULED, WorkOrderChangeKind.CANCELLED, WorkOrderChangeKind.COMPLETED],
  },
];

/**
 * What answers a request (stops the response clock), the first of them that happened: an assignment, or a message
 * staff posted for the tenant to see (`visible`: not an internal note; `flag`: the event's data has it true).
 */
export const RESPONSE_EVENTS: readonly {
  kind: WorkOrderChangeKind;
  visible?: true;
  flag?: string;
}[] = [
  { kind: WorkOrderChangeKind.ASSIGNED },
  { kind: WorkOrderChangeKind.MESSAGE_POSTED, visible: true, flag: 'fromStaff' },
];

/** The kinds of event a pause rule reads: every other event but the first response leaves the clocks as they are. */
export const PAUSE_EVENT_KINDS: readonly WorkOrderChangeKind[] = [
  ...new Set(PAUSE_RULES.flatMap((rule) => [...rule.startsOn, ...rule.endsOn])),
];
