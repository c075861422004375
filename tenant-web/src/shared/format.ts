import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { browserTimeZone, isKnownTimeZone } from './zoned-time';

export interface Formatters {
  date: (iso: string) => string;
  /**
   * A calendar day written `YYYY-MM-DD` (a rent due date), e.g. "Dec 1, 2026": the day itself, whatever the phone's
   * time zone.
   */
  day: (yyyyMmDd: string) => string;
  dateTime: (iso: string) => string;
  timeWindow: (startsAt: string, endsAt: string) => string;
  /**
   * A window in the property's time zone, e.g. "Tue, Nov 25, 9:00 AM – 12:00 PM"; the zone's name is added
   * ("… EST") when the phone is set to another zone.
   */
  zonedWindow: (startsAt: string, endsAt: string, timeZone: string) => string;
  /** A date and time in the property's time zone, e.g. "Tue, Nov 25, 3:00 PM" (plus the zone's name, as above). */
  zonedDateTime: (iso: string, timeZone: string) => string;
  /** A time of day in the property's time zone, e.g. "10:30 AM" (plus the zone's name, as above). */
  zonedTime: (iso: string, timeZone: string) => string;
  /** The zone's short name for a notice like "Times are in EST", or null when it's the phone's zone. */
  zoneName: (timeZone: string, at?: string) => string | null;
  /** A file's size, e.g. "2.4 MB" or "2,4 Mo" (kB below a megabyte). */
  fileSize: (bytes: number) => string;
  /** An amount of money, e.g. "$650.00" or "650,00 $US"; `currency` is an ISO 4217 code. */
  money: (amount: number, currency: string) => string;
  /**
   * How long ago (or until) `iso` is from `now` (epoch ms), e.g. "5 minutes ago", "il y a 2 heures",
   * "gisteren"; older than a week, the date itself.
   */
  relative: (iso: string, now: number) => string;
}

const parse = (iso: string): Date | null => {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
};

const WINDOW_OPTIONS: Intl.DateTimeFormatOptions = {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  hour: 'numeric',
  minute: '2-digit',
};

const TIME_OPTIONS: Intl.DateTimeFormatOptions = { hour: 'numeric', minute: '2-digit' };

/** Closer than this (in seconds), a time is "now". */
const JUST_NOW_SECONDS = 45;
/** Below each limit (in seconds), the unit a relative time is told in; further away, the date. */
const RELATIVE_UNITS: readonly { below: number; unit: Intl.RelativeTimeFormatUnit; seconds: number }[] = [
  { below: 45 * 60, unit: 'minute', seconds: 60 },
  { below: 22 * 60 * 60, unit: 'hour', seconds: 60 * 60 },
  { below: 7 * 24 * 60 * 60, unit: 'day', seconds: 24 * 60 * 60 },
];

const MEGABYTE = 1024 * 1024;
const KILOBYTE = 1024;

/** Dates and times through Intl, in the current UI language (and the browser's or a property's time zone). */
export const useFormatters = (): Formatters => {
  const { i18n } = useTranslation();
  const locale = i18n.language;
  return useMemo(() => {
    const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
    const day = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
    const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    const window = new Intl.DateTimeFormat(locale, WINDOW_OPTIONS);
    const here = browserTimeZone();
    const megabytes = new Intl.NumberFormat(locale, {
      style: 'unit',
      unit: 'megabyte',
      maximumFractionDigits: 1,
    });
    const kilobytes = new Intl.NumberFormat(locale, {
      style: 'unit',
      unit: 'kilobyte',
      maximumFractionDigits: 0,
    });
    const currencies = new Map<string, Intl.NumberFormat>();
    const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto', style: 'long' });

    const zoned = new Map<string, Intl.DateTimeFormat>();
    /** A formatter in `timeZone`, naming the zone when it isn't the phone's; the phone's zone if unknown. */
    const inZone = (kind: string, options: Intl.DateTimeFormatOptions, timeZone: string) => {
      const key = `${kind}|${timeZone}`;
      const cached = zoned.get(key);
      if (cached) return cached;
      const known = isKnownTimeZone(timeZone);
      const formatter = new Intl.DateTimeFormat(locale, {
        ...options,
        ...(known ? { timeZone } : {}),
        ...(known && timeZone !== here ? { timeZoneName: 'short' } : {}),
      });
      zoned.set(key, formatter);
      return formatter;
    };

    return {
      date: (iso) => {
        const d = parse(iso);
        return d ? date.format(d) : iso;
      },
      day: (yyyyMmDd) => {
        const d = /^\d{4}-\d{2}-\d{2}$/.test(yyyyMmDd) ? parse(`${yyyyMmDd}T00:00:00Z`) : null;
        return d ? day.format(d) : yyyyMmDd;
      },
      dateTime: (iso) => {
        const d = parse(iso);
        return d ? dateTime.format(d) : iso;
      },
      timeWindow: (startsAt, endsAt) => {
        const start = parse(startsAt);
        const end = parse(endsAt);
        return start && end && start <= end ? window.formatRange(start, end) : `${startsAt} – ${endsAt}`;
      },
      zonedWindow: (startsAt, endsAt, timeZone) => {
        const start = parse(startsAt);
        const end = parse(endsAt);
        return start && end && start <= end
          ? inZone('window', WINDOW_OPTIONS, timeZone).formatRange(start, end)
          : `${startsAt} – ${endsAt}`;
      },
      zonedDateTime: (iso, timeZone) => {
        const d = parse(iso);
        return d ? inZone('dateTime', WINDOW_OPTIONS, timeZone).format(d) : iso;
      },
      zonedTime: (iso, timeZone) => {
        const d = parse(iso);
        return d ? inZone('time', TIME_OPTIONS, timeZone).format(d) : iso;
      },
      zoneName: (timeZone, at) => {
        if (!isKnownTimeZone(timeZone) || timeZone === here) return null;
        const d = (at ? parse(at) : null) ?? new Date();
        const name = inZone('time', TIME_OPTIONS, timeZone)
          .formatToParts(d)
          .find((part) => part.type === 'timeZoneName');
        return name?.value ?? timeZone;
      },
      fileSize: (bytes) =>
        bytes >= MEGABYTE
          ? megabytes.format(bytes / MEGABYTE)
          : kilobytes.format(Math.max(1, Math.round(bytes / KILOBYTE))),
      money: (amount, currency) => {
        let formatter = currencies.get(currency);
        if (!formatter) {
          try {
            formatter = new Intl.NumberFormat(locale, { style: 'currency', currency });
          } catch {
            // Not an ISO code the browser knows: the number, then the code as given.
            return `${new Intl.NumberFormat(locale, { minimumFractionDigits: 2 }).format(amount)} ${currency}`;
          }
          currencies.set(currency, formatter);
        }
        return formatter.format(amount);
      },
      relative: (iso, now) => {
        const d = parse(iso);
        if (!d) return iso;
        const seconds = (d.getTime() - now) / 1000;
        const size = Math.abs(seconds);
        // Just now: "now" / "maintenant" / "nu" (a clock a little ahead of ours is "now" too).
        if (size < JUST_NOW_SECONDS) return relative.format(0, 'second');
        const step = RELATIVE_UNITS.find((candidate) => size < candidate.below);
        return step ? relative.format(Math.round(seconds / step.seconds), step.unit) : date.format(d);
      },
    };
  }, [locale]);
};
