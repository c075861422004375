const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();
const relativeFormats = new Map<string, Intl.RelativeTimeFormat>();

function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = dateTimeFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    dateTimeFormats.set(key, format);
  }
  return format;
}

function relativeFormat(locale: string): Intl.RelativeTimeFormat {
  let format = relativeFormats.get(locale);
  if (!format) {
    format = new Intl.RelativeTimeFormat(locale, { numeric: 'always', style: 'narrow' });
    relativeFormats.set(locale, format);
  }
  return format;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;
const MONTH = 30 * DAY;
const YEAR = 365 * DAY;

const UNITS: ReadonlyArray<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', YEAR],
  ['month', MONTH],
  ['week', WEEK],
  ['day', DAY],
  ['hour', HOUR],
  ['minute', MINUTE],
];

/**
 * How long ago something happened, in the largest whole unit ("3h ago", "2d ago").
 * Returns null under a minute so the caller can say "just now" in its own words.
 */
export function formatAge(iso: string, now: number, locale: string): string | null {
  const elapsed = now - Date.parse(iso);
  if (Number.isNaN(elapsed) || elapsed < MINUTE) return null;
  for (const [unit, size] of UNITS) {
    if (elapsed >= size) return relativeFormat(locale).format(-Math.floor(elapsed / size), unit);
  }
  return null;
}

/** A date and time; given a zone (the property's), it is shown in that zone and names it. */
export function formatDateTime(iso: string, locale: string, timeZone?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return dateTimeFormat(locale, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    ...(timeZone ? { timeZone, timeZoneName: 'short' } : {}),
  }).format(date);
}

/** A window like "Tue, Nov 25, 9:00 – 12:00 PM EST" in the property's time zone. */
export function formatTimeWindow(
  startsAt: string,
  endsAt: string,
  locale: string,
  timeZone?: string,
): string {
  const start = new Date(startsAt);
  const end = new Date(endsAt);
  if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime())) return `${startsAt} – ${endsAt}`;
  return dateTimeFormat(locale, {
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZone,
    timeZoneName: 'short',
  }).formatRange(start, end);
}

/** Falls back to the browser's zone when the server sends a zone this browser does not know. */
export function safeTimeZone(timeZone: string | null | undefined): string | undefined {
  if (!timeZone) return undefined;
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return timeZone;
  } catch {
    return undefined;
  }
}

const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    numberFormats.set(key, format);
  }
  return format;
}

export interface MoneyLike {
  amountCents: number;
  currency: string;
}

/** "$650.00" from `{ amountCents: 65000, currency: 'USD' }`. */
export function formatMoney(money: MoneyLike, locale: string): string {
  try {
    return numberFormat(locale, { style: 'currency', currency: money.currency }).format(
      money.amountCents / 100,
    );
  } catch {
    return `${(money.amountCents / 100).toFixed(2)} ${money.currency}`;
  }
}

/** A whole number with the locale's grouping ("1,250"), or a score with one decimal ("8.5"). */
export function formatNumber(value: number, locale: string, maximumFractionDigits = 1): string {
  return numberFormat(locale, { maximumFractionDigits }).format(value);
}

/** A calendar date sent as "YYYY-MM-DD" (no time, no zone), e.g. "Mar 4, 2027". */
export function formatCalendarDate(dateKey: string, locale: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(dateKey);
  if (!match) return dateKey;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return dateTimeFormat(locale, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }).format(
    date,
  );
}

/** A compact window for cards, "Tue 25, 9:00 – 12:00 PM", in the property's zone without naming it. */
export function formatTimeWindowShort(
  startsAt: string,
  endsAt: string,
  locale: string,
  timeZone?: string,
): string {
  const start = new Date(startsAt);
  const end = new Date(endsAt);
  if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime())) return `${startsAt} – ${endsAt}`;
  return dateTimeFormat(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: 'numeric',
    minute: '2-digit',
    timeZone,
  }).formatRange(start, end);
}

/** A time of day in the zone, "10:40 AM EST". */
export function formatTimeOfDay(iso: string, locale: string, timeZone?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return dateTimeFormat(locale, {
    hour: 'numeric',
    minute: '2-digit',
    timeZone,
    timeZoneName: 'short',
  }).format(date);
}

/** The zone's short name at a given instant ("EST", "CDT"), for labels like "times in EST". */
export function timeZoneShortName(timeZone: string | undefined, locale: string, at = new Date()): string {
  const part = dateTimeFormat(locale, { timeZone, timeZoneName: 'short', hour: 'numeric' })
    .formatToParts(at)
    .find((p) => p.type === 'timeZoneName');
  return part?.value ?? timeZone ?? '';
}

/** A duration in hours with one decimal and the locale's unit ("12.5 hr"); "—" when unknown. */
export function formatHours(hours: number | null | undefined, locale: string): string {
  if (hours === null || hours === undefined || Number.isNaN(hours)) return '—';
  return numberFormat(locale, {
    style: 'unit',
    unit: 'hour',
    unitDisplay: 'short',
    maximumFractionDigits: 1,
  }).format(hours);
}

/** A percentage sent as 0–100 ("87%"); "—" when unknown. */
export function formatPercent(pct: number | null | undefined, locale: string): string {
  if (pct === null || pct === undefined || Number.isNaN(pct)) return '—';
  return numberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(pct / 100);
}

/** A period's start for chart axes: "Mar 2026" (monthly) or "Mar 4" (weekly), read in UTC. */
export function formatPeriod(iso: string, granularity: 'week' | 'month', locale: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return dateTimeFormat(
    locale,
    granularity === 'month'
      ? { month: 'short', year: 'numeric', timeZone: 'UTC' }
      : { month: 'short', day: 'numeric', timeZone: 'UTC' },
  ).format(date);
}

/** The locale's weekday name for an ISO weekday (1 = Monday … 7 = Sunday). */
export function formatIsoWeekday(isoDay: number, locale: string, width: 'short' | 'long' = 'short'): string {
  // 2024-01-01 was a Monday.
  const date = new Date(Date.UTC(2024, 0, isoDay));
  return dateTimeFormat(locale, { weekday: width, timeZone: 'UTC' }).format(date);
}

/** A file size with the locale's units ("12 kB", "1.4 MB"). */
export function formatBytes(bytes: number, locale: string): string {
  if (bytes >= 1024 * 1024) {
    return numberFormat(locale, {
      style: 'unit',
      unit: 'megabyte',
      unitDisplay: 'short',
      maximumFractionDigits: 1,
    }).format(bytes / (1024 * 1024));
  }
  return numberFormat(locale, { style: 'unit', unit: 'kilobyte', unitDisplay: 'short' }).format(
    Math.max(1, Math.round(bytes / 1024)),
  );
}

/** Today (or `date`) in the browser's zone, as "YYYY-MM-DD". */
export function localDateKey(date: Date = new Date()): string {
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${date.getFullYear()}-${month}-${day}`;
}
