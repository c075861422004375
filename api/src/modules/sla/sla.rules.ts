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
 * reschedule. A pause starts at an event matching `starts` and ends at the next event of one of `endsOn`.
 */
export const PAUSE_RULES: readonly {
  key: string;
  starts: (kind: WorkOrderChangeKind, data: Record<string, unknown> | null) => boolean;
  endsOn: readonly WorkOrderChangeKind[];
  ends?: (kind: WorkOrderChangeKind, data: Record<string, unknown> | null) => boolean;
}[] = [
  {
    key: 'WAITING_ON_OWNER',
    starts: (kind, data) => kind === WorkOrderChangeKind.COST_APPROVAL && data?.state === 'PENDING_OWNER',
    endsOn: [WorkOrderChangeKind.COST_APPROVAL, WorkOrderChangeKind.CANCELLED],
    ends: (kind, data) =>
      kind !== WorkOrderChangeKind.COST_APPROVAL ||
      (data?.state !== 'PENDING_OWNER' && data?.stage === undefined),
  },
  {
    key: 'WAITING_ON_TENANT',
    starts: (kind) => kind === WorkOrderChangeKind.RESCHEDULE_REQUESTED,
    endsOn: [WorkOrderChangeKind.SCHEDULED, WorkOrderChangeKind.CANCELLED, WorkOrderChangeKind.COMPLETED],
  },
];
