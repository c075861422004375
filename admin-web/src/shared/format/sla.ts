import type { TFunction } from 'i18next';
import type { SlaClockState } from '../../generated/graphql';

/** What the screens show for a clock: the server's state, plus a due time crossed since it was read. */
export type SlaVisualState = 'ON_TRACK' | 'AT_RISK' | 'BREACHED' | 'MET' | 'MISSED';

export interface SlaClockLike {
  dueAt: string;
  metAt?: string | null;
  state: SlaClockState;
  /** Seconds left when the server read it; frozen while the clocks are paused. */
  remainingSeconds?: number | null;
}

export interface SlaLike<Clock extends SlaClockLike = SlaClockLike> {
  paused: boolean;
  response: Clock;
  resolution: Clock;
}

export type SlaClockKind = 'response' | 'resolution';

/** The clock still running: the response until it is met, then the resolution; null once both stopped. */
export function nextOpenClock<Clock extends SlaClockLike>(
  sla: SlaLike<Clock>,
): { kind: SlaClockKind; clock: Clock } | null {
  if (!sla.response.metAt) return { kind: 'response', clock: sla.response };
  if (!sla.resolution.metAt) return { kind: 'resolution', clock: sla.resolution };
  return null;
}

/** Milliseconds left on a running clock (negative once overdue); a paused clock does not move. */
export function remainingMs(clock: SlaClockLike, paused: boolean, now: number): number | null {
  if (paused && typeof clock.remainingSeconds === 'number') return clock.remainingSeconds * 1000;
  const due = Date.parse(clock.dueAt);
  return Number.isNaN(due) ? null : due - now;
}

/**
 * The clock's state now: a stopped clock keeps the server's MET / MISSED; a running one turns BREACHED as
 * soon as its due time passes (no refetch needed), and otherwise keeps the server's ON_TRACK / AT_RISK.
 */
export function visualClockState(clock: SlaClockLike, paused: boolean, now: number): SlaVisualState {
  if (clock.metAt || clock.state === 'MET' || clock.state === 'MISSED') {
    return clock.state === 'MISSED' ? 'MISSED' : 'MET';
  }
  if (clock.state === 'BREACHED') return 'BREACHED';
  const left = remainingMs(clock, paused, now);
  if (left !== null && left <= 0) return 'BREACHED';
  return clock.state;
}

export interface CountdownParts {
  overdue: boolean;
  days: number;
  hours: number;
  minutes: number;
}

/** Whole days, hours and minutes of a remaining time (rounded up while left, down once overdue). */
export function countdownParts(ms: number): CountdownParts {
  const overdue = ms < 0;
  const totalMinutes = overdue ? Math.floor(-ms / 60_000) : Math.ceil(ms / 60_000);
  return {
    overdue,
    days: Math.floor(totalMinutes / (24 * 60)),
    hours: Math.floor(totalMinutes / 60) % 24,
    minutes: totalMinutes % 60,
  };
}

function compactDuration(parts: CountdownParts, t: TFunction): string {
  const { days, hours, minutes } = parts;
  if (days > 0)
    return hours > 0 && days < 3
      ? t('sla.duration.daysHours', { days, hours })
      : t('sla.duration.days', { days });
  if (hours > 0) return t('sla.duration.hoursMinutes', { hours, minutes });
  return t('sla.duration.minutes', { minutes });
}

/** "2h 15m left", "due in 3d", "overdue 40m". */
export function formatCountdown(ms: number, t: TFunction): string {
  const parts = countdownParts(ms);
  const duration = compactDuration(parts, t);
  if (parts.overdue) return t('sla.countdown.overdue', { duration });
  return parts.days > 0 ? t('sla.countdown.dueIn', { duration }) : t('sla.countdown.left', { duration });
}

/** Why the clocks are paused, from what the order is waiting for. */
export function pausedReasonKey(workOrder: {
  costApproval?: { state: string } | null;
  rescheduleRequest?: unknown;
}): 'sla.pausedOwner' | 'sla.pausedTenant' | 'sla.pausedEither' {
  if (workOrder.costApproval?.state === 'PENDING_OWNER') return 'sla.pausedOwner';
  if (workOrder.rescheduleRequest) return 'sla.pausedTenant';
  return 'sla.pausedEither';
}
