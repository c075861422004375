import type { EntityManager } from '@mikro-orm/postgresql';
import type { Jobs, PlannedJob } from '../../platform/jobs/jobs';
import type { FixlinePubSub } from '../../platform/pubsub/pubsub';
import type { Property } from '../portfolio/property.entity';
import { withChanges } from '../work-order/work-order-events';
import { WorkOrderEvent } from '../work-order/work-order-event.entity';
import { WorkOrderChangeKind, WorkOrderStatus } from '../work-order/work-order-status';
import { WorkOrder } from '../work-order/work-order.entity';
import type { Severity } from '../triage/severity';
import type { BusinessCalendar } from './business-calendar';
import { atRiskAtOf, computeSla, dueFrom, type ClockStatus, type SlaResult } from './sla.calculator';
import { RESPONSE_EVENTS } from './sla.rules';
import { readSlaSettings, type SlaSettingsValue } from './sla.settings';
import { SlaClockState, SlaState, SlaStatus } from './sla.types';

export const SLA_CHECK_JOB = 'sla.check';

/** What the SLA reads of an order's events: the first response and the pauses. */
export type SlaEvent = Pick<WorkOrderEvent, 'kind' | 'at' | 'data' | 'internal'>;

/** Whether `event` answers the request (`RESPONSE_EVENTS`). */
export const responds = (event: SlaEvent): boolean =>
  RESPONSE_EVENTS.some(
    (r) =>
      r.kind === event.kind &&
      (r.visible !== true || !event.internal) &&
      (r.flag === undefined || event.data?.[r.flag] === true),
  );

/**
 * Each property's calendar, one object per property instance while its time zone and calendar stay the same (the
 * due-time cache keys a calendar object once). Kept on the instance, not in a WeakMap keyed by it: scavenges keep a
 * WeakMap's values alive until a full collection (see `primeNow`).
 */
const CALENDAR = Symbol('calendar');
type WithCalendar = Property & {
  [CALENDAR]?: { from: Property['businessCalendar']; calendar: BusinessCalendar };
};
const calendarOf = (property: WithCalendar): BusinessCalendar => {
  const known = property[CALENDAR];
  if (
    known !== undefined &&
    known.from === property.businessCalendar &&
    known.calendar.timezone === property.timezone
  )
    return known.calendar;
  const calendar = { timezone: property.timezone, ...property.businessCalendar };
  property[CALENDAR] = { from: property.businessCalendar, calendar };
  return calendar;
};

/** The SLA of an order from its events (pauses) and its property's calendar. */
export const slaOf = (
  wo: WorkOrder,
  property: Property,
  events: readonly SlaEvent[],
  settings: SlaSettingsValue,
  now = new Date(),
): SlaResult => {
  // "respond" = the first assignment, or a staff message to the tenant, whichever came first
  const firstAssigned = events.find(responds);
  const resolvedAt = wo.completedAt ?? (wo.status === WorkOrderStatus.CLOSED ? (wo.closedAt ?? null) : null);
  return computeSla({
    createdAt: wo.createdAt,
    target: settings.targets[wo.priority],
    atRiskFraction: settings.atRiskPercent / 100,
    calendar: calendarOf(property),
    respondedAt: firstAssigned?.at ?? null,
    resolvedAt,
    events: events.map((e) => ({ kind: e.kind, at: e.at, data: e.data ?? null })),
    now,
  });
};

/**
 * When a new order's first SLA check is due: its response clock's at-risk time, before anything has happened to it
 * (what `slaOf` gives for the order with no events, computed before the order is written).
 */
export const firstSlaCheckAt = (
  order: { priority: Severity; createdAt: Date },
  property: Property,
  settings: SlaSettingsValue,
): Date =>
  atRiskAtOf(
    order.createdAt,
    dueFrom(order.createdAt, settings.targets[order.priority].respond, calendarOf(property)),
    settings.atRiskPercent / 100,
  );

const stopped = (wo: WorkOrder): boolean => wo.status === WorkOrderStatus.CANCELLED;

export const toSlaStatus = (result: SlaResult): SlaStatus => {
  const clockOf = (c: ClockStatus) => ({
    dueAt: c.dueAt,
    metAt: c.metAt,
    state: c.state as SlaClockState,
    remainingSeconds: c.remainingSeconds,
  });
  const clocks = [result.response.state, result.resolution.state];
  const state = clocks.some((s) => s === 'BREACHED' || s === 'MISSED')
    ? SlaState.BREACHED
    : clocks.includes('AT_RISK')
      ? SlaState.AT_RISK
      : SlaState.ON_TRACK;
  return Object.assign(new SlaStatus(), {
    state,
    response: clockOf(result.response),
    resolution: clockOf(result.resolution),
    paused: result.paused,
    pausedSeconds: result.pausedSeconds,
  });
};

/** The next moment one of the open clocks changes state (at risk or due), or null when none will. */
const nextTransition = (result: SlaResult, now: Date): Date | null => {
  const times = [result.response, result.resolution]
    .filter((c) => c.metAt === null)
    .flatMap((c) => [c.atRiskAt, c.dueAt])
    .filter((t) => t > now)
    .sort((a, b) => a.getTime() - b.getTime());
  return times[0] ?? null;
};

/** Queues the next SLA check of an order (in the caller's transaction). */
/** The SLA check of an order at `at`, as a job statement to run inside another (see `Jobs.plan`). */
export const slaCheckJob = (jobs: Jobs, workOrderId: number, at: Date): Promise<PlannedJob> =>
  jobs.plan(
    SLA_CHECK_JOB,
    { workOrderId },
    { startAfter: at, singletonKey: `sla:${workOrderId}:${at.toISOString()}` },
  );

export const queueSlaCheck = async (
  jobs: Jobs,
  em: EntityManager,
  workOrderId: number,
  at: Date,
): Promise<void> => jobs.runIn(em, await slaCheckJob(jobs, workOrderId, at));

/**
 * The SLA job: records an SLA_CHANGED event (at risk, breached) when a clock's state moved since the last one
 * recorded, and queues the next check. Runs once per queued time across instances; survives restarts.
 */
export const checkSla = async (
  deps: { em: EntityManager; pubSub: FixlinePubSub; jobs: Jobs; now?: () => Date },
  workOrderId: number,
): Promise<void> => {
  await withChanges(deps.em.fork(), deps.pubSub, async (em, changes) => {
    const wo = await em.findOne(WorkOrder, workOrderId, { populate: ['property'] });
    if (wo === null || stopped(wo)) return;
    const events = await em.find(WorkOrderEvent, { workOrder: wo.id }, { orderBy: { at: 'asc', id: 'asc' } });
    const now = deps.now?.() ?? new Date();
    const result = slaOf(wo, wo.property.getEntity(), events, await readSlaSettings(em), now);
    const recorded = new Map<string, string>();
    for (const e of events)
      if (e.kind === WorkOrderChangeKind.SLA_CHANGED && e.data)
        recorded.set(String(e.data.clock), String(e.data.state));
    for (const [name, c] of [
      ['response', result.response],
      ['resolution', result.resolution],
    ] as const) {
      if ((c.state === 'AT_RISK' || c.state === 'BREACHED') && recorded.get(name) !== c.state) {
        changes.record(wo, {
          kind: WorkOrderChangeKind.SLA_CHANGED,
          actorId: null,
          summary: `${name === 'response' ? 'Response' : 'Resolution'} ${c.state === 'AT_RISK' ? 'at risk' : 'target breached'}: due ${c.dueAt.toISOString()}`,
          data: { clock: name, state: c.state, dueAt: c.dueAt.toISOString() },
        });
      }
    }
    await em.flush();
    const next = nextTransition(result, now);
    if (next !== null) await queueSlaCheck(deps.jobs, em, wo.id, next);
  });
};
