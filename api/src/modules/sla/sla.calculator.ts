import { LRUCache } from 'lru-cache';
import { DateTime } from 'luxon';
import { addBusinessDays, type BusinessCalendar } from './business-calendar';
import { AT_RISK_FRACTION, PAUSE_RULES, type SlaDuration, type SlaTarget } from './sla.rules';
import type { WorkOrderChangeKind } from '../work-order/work-order-status';

export type ClockState = 'ON_TRACK' | 'AT_RISK' | 'BREACHED' | 'MET' | 'MISSED';

export interface ClockStatus {
  dueAt: Date;
  /** When the clock's time is 75 % gone (pauses added). */
  atRiskAt: Date;
  metAt: Date | null;
  state: ClockState;
  /** Seconds left (negative once breached), excluding paused time; null once met. */
  remainingSeconds: number | null;
}

export interface SlaInput {
  createdAt: Date;
  target: SlaTarget;
  calendar: BusinessCalendar;
  respondedAt: Date | null;
  resolvedAt: Date | null;
  /** The order's events, oldest first (for pauses). */
  events: readonly { kind: WorkOrderChangeKind; at: Date; data: Record<string, unknown> | null }[];
  now: Date;
  /** Share of a clock's time after which it is AT_RISK (default 0.75). */
  atRiskFraction?: number;
}

export interface SlaResult {
  response: ClockStatus;
  resolution: ClockStatus;
  pausedSeconds: number;
  paused: boolean;
}

const HOUR_MS = 3_600_000;

const computeDue = (start: Date, duration: SlaDuration, calendar: BusinessCalendar): Date => {
  if (duration.unit === 'BUSINESS_DAYS') return addBusinessDays(calendar, start, duration.amount);
  return DateTime.fromJSDate(start, { zone: calendar.timezone }).plus({ days: duration.amount }).toJSDate();
};

/**
 * Due times depend on nothing but their inputs, and time-zone arithmetic is the costly part of a board page's SLA
 * clocks (two per card on every read): the most recently used 50,000 are remembered.
 */
const dueCache = new LRUCache<string, number>({ max: 50_000 });

/**
 * Each calendar's part of the cache key, made once per calendar object (a page's cards share their property's) and
 * kept on it (a WeakMap's values would live until a full collection).
 */
const KEY = Symbol('calendarKey');
const calendarKey = (calendar: BusinessCalendar & { [KEY]?: string }): string => {
  let key = calendar[KEY];
  if (key === undefined) {
    key = `${calendar.timezone}|${calendar.days.join()}|${calendar.opens}|${calendar.closes}|${calendar.holidays.join()}`;
    calendar[KEY] = key;
  }
  return key;
};

/** The due time of a duration from `start`, before pauses. */
export const dueFrom = (start: Date, duration: SlaDuration, calendar: BusinessCalendar): Date => {
  // hours are elapsed time, whatever the zone (as luxon adds them): no calendar, nothing worth remembering
  if (duration.unit === 'HOURS') return new Date(start.getTime() + duration.amount * HOUR_MS);
  const key = `${start.getTime()}|${duration.amount}${duration.unit}|${calendarKey(calendar)}`;
  const known = dueCache.get(key);
  if (known !== undefined) return new Date(known);
  const due = computeDue(start, duration, calendar);
  dueCache.set(key, due.getTime());
  return due;
};

/** Paused intervals from the events (PAUSE_RULES), clipped to `until`. */
export const pausesOf = (events: SlaInput['events'], until: Date): { from: Date; to: Date }[] => {
  const intervals: { from: Date; to: Date }[] = [];
  for (const rule of PAUSE_RULES) {
    let openedAt: Date | null = null;
    for (const event of events) {
      if (event.at > until) break;
      if (openedAt === null) {
        if (rule.startsOn.includes(event.kind) && (rule.starts?.(event.data) ?? true)) openedAt = event.at;
      } else if (rule.endsOn.includes(event.kind) && (rule.ends?.(event.kind, event.data) ?? true)) {
        intervals.push({ from: openedAt, to: event.at });
        openedAt = null;
      }
    }
    if (openedAt !== null) intervals.push({ from: openedAt, to: until });
  }
  // merge overlaps so time is never subtracted twice
  const sorted = intervals.sort((a, b) => a.from.getTime() - b.from.getTime());
  const merged: { from: Date; to: Date }[] = [];
  for (const interval of sorted) {
    const last = merged.at(-1);
    if (last && interval.from <= last.to)
      last.to = new Date(Math.max(last.to.getTime(), interval.to.getTime()));
    else merged.push({ ...interval });
  }
  return merged;
};

/** Paused milliseconds of `pauses` (merged, oldest first) before `until`. */
const sumOf = (pauses: readonly { from: Date; to: Date }[], until: Date): number => {
  const end = until.getTime();
  let sum = 0;
  for (const p of pauses) {
    const from = p.from.getTime();
    if (from >= end) break;
    sum += Math.min(p.to.getTime(), end) - from;
  }
  return sum;
};

/** When a clock started at `start`, due at `baseDue` before pauses, turns AT_RISK. */
export const atRiskAtOf = (start: Date, baseDue: Date, atRiskFraction: number, pausedMs = 0): Date =>
  new Date(start.getTime() + (baseDue.getTime() - start.getTime()) * atRiskFraction + pausedMs);

const clock = (
  start: Date,
  baseDue: Date,
  metAt: Date | null,
  pausedMs: number,
  now: Date,
  atRiskFraction: number,
): ClockStatus => {
  const dueAt = new Date(baseDue.getTime() + pausedMs);
  const atRiskAt = atRiskAtOf(start, baseDue, atRiskFraction, pausedMs);
  if (metAt !== null) {
    return { dueAt, atRiskAt, metAt, state: metAt <= dueAt ? 'MET' : 'MISSED', remainingSeconds: null };
  }
  const remainingSeconds = Math.round((dueAt.getTime() - now.getTime()) / 1000);
  const state: ClockState = now >= dueAt ? 'BREACHED' : now >= atRiskAt ? 'AT_RISK' : 'ON_TRACK';
  return { dueAt, atRiskAt, metAt: null, state, remainingSeconds };
};

/** Response and resolution clocks: target from creation, plus the time spent paused before each was met. */
export const computeSla = (input: SlaInput): SlaResult => {
  // the pauses up to now, read once: a clock that ended earlier (a responded order's response clock) counts the
  // part of them before its end — the same time pausesOf(events, end) would find, without reading the events again
  const untilNow = pausesOf(input.events, input.now);
  const pausedUntil = (until: Date): number => {
    if (until.getTime() > input.now.getTime()) return sumOf(pausesOf(input.events, until), until);
    return sumOf(untilNow, until);
  };
  const responseEnd = input.respondedAt ?? input.now;
  const resolutionEnd = input.resolvedAt ?? input.now;
  const responsePaused = pausedUntil(responseEnd);
  const resolutionPaused = pausedUntil(resolutionEnd);
  const open = untilNow.at(-1);
  const fraction = input.atRiskFraction ?? AT_RISK_FRACTION;
  return {
    response: clock(
      input.createdAt,
      dueFrom(input.createdAt, input.target.respond, input.calendar),
      input.respondedAt,
      responsePaused,
      input.now,
      fraction,
    ),
    resolution: clock(
      input.createdAt,
      dueFrom(input.createdAt, input.target.resolve, input.calendar),
      input.resolvedAt,
      resolutionPaused,
      input.now,
      fraction,
    ),
    pausedSeconds: Math.round(resolutionPaused / 1000),
    paused: input.resolvedAt === null && open !== undefined && open.to.getTime() === input.now.getTime(),
  };
};
