/**
 * Wall-clock dates and times in a named IANA zone (the property's), without a date library: Intl gives the
 * zone's offset at an instant, and a wall-clock time is turned into an instant by correcting a first guess.
 */

export interface ZonedParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const partFormats = new Map<string, Intl.DateTimeFormat>();

function partFormat(timeZone: string | undefined): Intl.DateTimeFormat {
  const key = timeZone ?? '';
  let format = partFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    partFormats.set(key, format);
  }
  return format;
}

/** The wall-clock reading of `date` in `timeZone` (the browser's zone when undefined). */
export function zonedParts(date: Date, timeZone: string | undefined): ZonedParts {
  const parts: Partial<Record<Intl.DateTimeFormatPartTypes, number>> = {};
  for (const part of partFormat(timeZone).formatToParts(date)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year ?? 1970,
    month: parts.month ?? 1,
    day: parts.day ?? 1,
    hour: (parts.hour ?? 0) % 24,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
}

/** Milliseconds the zone is ahead of UTC at `date`. */
function offsetAt(date: Date, timeZone: string | undefined): number {
  const p = zonedParts(date, timeZone);
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return wall - (date.getTime() - date.getUTCMilliseconds());
}

const DATE_KEY = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_KEY = /^(\d{2}):(\d{2})$/;

/** "2026-11-25" + "09:00" in the zone → the instant, or null when either is malformed. */
export function zonedToInstant(dateKey: string, timeKey: string, timeZone: string | undefined): Date | null {
  const d = DATE_KEY.exec(dateKey);
  const t = TIME_KEY.exec(timeKey);
  if (!d || !t) return null;
  const wall = Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]), Number(t[1]), Number(t[2]));
  if (Number.isNaN(wall)) return null;
  const first = wall - offsetAt(new Date(wall), timeZone);
  const second = wall - offsetAt(new Date(first), timeZone);
  return new Date(second);
}

const pad = (value: number) => String(value).padStart(2, '0');

/** "YYYY-MM-DD" of `date` in the zone. */
export function zonedDateKey(date: Date, timeZone: string | undefined): string {
  const p = zonedParts(date, timeZone);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
}

/** "HH:mm" of `date` in the zone. */
export function zonedTimeKey(date: Date, timeZone: string | undefined): string {
  const p = zonedParts(date, timeZone);
  return `${pad(p.hour)}:${pad(p.minute)}`;
}

/** A calendar date key moved by whole days. */
export function addDays(dateKey: string, days: number): string {
  const d = DATE_KEY.exec(dateKey);
  if (!d) return dateKey;
  const date = new Date(Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]) + days));
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** Whole days from one date key to another (negative when `to` is earlier). */
export function daysBetween(fromKey: string, toKey: string): number | null {
  const a = DATE_KEY.exec(fromKey);
  const b = DATE_KEY.exec(toKey);
  if (!a || !b) return null;
  const from = Date.UTC(Number(a[1]), Number(a[2]) - 1, Number(a[3]));
  const to = Date.UTC(Number(b[1]), Number(b[2]) - 1, Number(b[3]));
  return Math.round((to - from) / 86_400_000);
}
