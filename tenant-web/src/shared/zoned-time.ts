/**
 * Wall-clock dates and times in a property's time zone (an IANA name such as "America/Chicago").
 * Appointments happen at the property, so the tenant reads and proposes them in its local time,
 * whatever time zone the phone happens to be in.
 */

const pad = (n: number): string => String(n).padStart(2, '0');

const partsFormatters = new Map<string, Intl.DateTimeFormat>();

/** A formatter for `timeZone`, or null when the browser doesn't know that zone. */
const partsFormatter = (timeZone: string): Intl.DateTimeFormat | null => {
  const cached = partsFormatters.get(timeZone);
  if (cached) return cached;
  try {
    const formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    partsFormatters.set(timeZone, formatter);
    return formatter;
  } catch {
    return null;
  }
};

/** True when the browser can format times in `timeZone`. */
export const isKnownTimeZone = (timeZone: string): boolean => partsFormatter(timeZone) !== null;

/** The browser's own time zone (e.g. "Europe/Brussels"). */
export const browserTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const wallClock = (instant: number, timeZone: string): WallClock | null => {
  const formatter = partsFormatter(timeZone);
  if (!formatter) return null;
  const parts: Partial<Record<Intl.DateTimeFormatPartTypes, number>> = {};
  for (const part of formatter.formatToParts(new Date(instant))) {
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
};

/** Milliseconds `timeZone` is ahead of UTC at `instant` (negative west of Greenwich). */
const offsetAt = (instant: number, timeZone: string): number | null => {
  const wall = wallClock(instant, timeZone);
  if (!wall) return null;
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  return asUtc - Math.floor(instant / 1000) * 1000;
};

/**
 * "2025-11-25" + "09:00" in `timeZone` → the ISO instant (UTC), or null when incomplete or invalid.
 * An unknown time zone falls back to the browser's. A wall time skipped by a daylight-saving change
 * resolves to an instant an hour off (there is no right answer; date and time inputs rarely produce one).
 */
export const zonedWallTimeToIso = (date: string, time: string, timeZone: string): string | null => {
  const dateMatch = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const timeMatch = /^(\d{2}):(\d{2})(?::\d{2})?$/.exec(time);
  if (!dateMatch || !timeMatch) return null;
  const [year, month, day] = dateMatch.slice(1).map(Number);
  const [hour, minute] = timeMatch.slice(1).map(Number);
  if (
    year === undefined ||
    month === undefined ||
    day === undefined ||
    hour === undefined ||
    minute === undefined ||
    month < 1 ||
    month > 12 ||
    day < 1 ||
    day > 31 ||
    hour > 23 ||
    minute > 59
  ) {
    return null;
  }

  if (!isKnownTimeZone(timeZone)) {
    const local = new Date(year, month - 1, day, hour, minute);
    return Number.isNaN(local.getTime()) ? null : local.toISOString();
  }

  const wall = Date.UTC(year, month - 1, day, hour, minute);
  // The offset at the wall time read as UTC is right except within hours of a DST change: correct once.
  const firstGuess = wall - (offsetAt(wall, timeZone) ?? 0);
  const offset = offsetAt(firstGuess, timeZone) ?? 0;
  const instant = wall - offset;
  return Number.isNaN(instant) ? null : new Date(instant).toISOString();
};

/** Today's date in `timeZone` as yyyy-mm-dd (for a date input's `min`). */
export const todayIn = (timeZone: string, now: number = Date.now()): string => {
  const wall = wallClock(now, timeZone);
  const date = wall
    ? { year: wall.year, month: wall.month, day: wall.day }
    : (() => {
        const local = new Date(now);
        return { year: local.getFullYear(), month: local.getMonth() + 1, day: local.getDate() };
      })();
  return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
};
