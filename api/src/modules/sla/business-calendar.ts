import { DateTime } from 'luxon';

/** A property's working week, in its own time zone. */
export interface BusinessCalendar {
  timezone: string;
  /** ISO weekdays that are business days (1 = Monday … 7 = Sunday). */
  days: readonly number[];
  /** Local opening and closing times, "HH:mm". */
  opens: string;
  closes: string;
  /** Local dates (YYYY-MM-DD) that are not business days. */
  holidays: readonly string[];
}

export const DEFAULT_CALENDAR: Omit<BusinessCalendar, 'timezone'> = {
  days: [1, 2, 3, 4, 5],
  opens: '08:00',
  closes: '17:00',
  holidays: [],
};

const at = (day: DateTime, hhmm: string): DateTime => {
  const [hour, minute] = hhmm.split(':').map(Number);
  return day.set({ hour: hour ?? 0, minute: minute ?? 0, second: 0, millisecond: 0 });
};

export const isBusinessDay = (calendar: BusinessCalendar, day: DateTime): boolean =>
  calendar.days.includes(day.weekday) && !calendar.holidays.includes(day.toISODate() ?? '');

/**
 * `start` plus `days` business days: the same local time of day that many business days later. A start outside
 * business hours counts from the next opening. Computed in the property's zone, so DST changes keep local times.
 */
export const addBusinessDays = (calendar: BusinessCalendar, start: Date, days: number): Date => {
  let local: DateTime = DateTime.fromJSDate(start, { zone: calendar.timezone });
  const opening = (d: DateTime) => at(d, calendar.opens);
  const closing = (d: DateTime) => at(d, calendar.closes);
  if (!isBusinessDay(calendar, local) || local >= closing(local)) {
    do local = opening(local.plus({ days: 1 }).startOf('day'));
    while (!isBusinessDay(calendar, local));
  } else if (local < opening(local)) {
    local = opening(local);
  }
  let remaining = days;
  let cursor: DateTime = local;
  while (remaining > 0) {
    cursor = cursor.plus({ days: 1 });
    if (isBusinessDay(calendar, cursor)) remaining -= 1;
  }
  return cursor.toJSDate();
};
