import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

export interface Formatters {
  date: (iso: string) => string;
  dateTime: (iso: string) => string;
  timeWindow: (startsAt: string, endsAt: string) => string;
}

const parse = (iso: string): Date | null => {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
};

/** Dates and times through Intl, in the current UI language and the browser's time zone. */
export const useFormatters = (): Formatters => {
  const { i18n } = useTranslation();
  const locale = i18n.language;
  return useMemo(() => {
    const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
    const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    const window = new Intl.DateTimeFormat(locale, {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      hour: 'numeric',
      minute: '2-digit',
    });
    return {
      date: (iso) => {
        const d = parse(iso);
        return d ? date.format(d) : iso;
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
    };
  }, [locale]);
};
