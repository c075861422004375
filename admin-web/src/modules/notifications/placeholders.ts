import type { TFunction } from 'i18next';
import { formatCalendarDate, formatMoney, formatTimeWindow, localDateKey } from '../../shared/format/intl';

/** The placeholders the api documents; the list it sends is what the editor offers. */
const DESCRIBED = [
  'company',
  'number',
  'title',
  'property',
  'unit',
  'assignee',
  'window',
  'amount',
  'summary',
  'link',
  'recipient',
  'due',
] as const;
type DescribedPlaceholder = (typeof DESCRIBED)[number];

function isDescribed(name: string): name is DescribedPlaceholder {
  return (DESCRIBED as readonly string[]).includes(name);
}

/** What a placeholder stands for, when we know it. */
export function describePlaceholder(t: TFunction, name: string): string | null {
  return isDescribed(name) ? t(`notifications.placeholder.${name}`) : null;
}

/** Believable values for the preview; the company is the real one. */
export function sampleValues(t: TFunction, locale: string, company: string): Record<string, string> {
  const start = new Date();
  start.setDate(start.getDate() + 1);
  start.setHours(9, 0, 0, 0);
  const end = new Date(start);
  end.setHours(12);
  // Rent reminders go out a few days before the 1st.
  const dueDay = new Date(start.getFullYear(), start.getMonth() + 1, 1);
  return {
    company,
    number: '1042',
    title: t('notifications.sample.title'),
    property: t('notifications.sample.property'),
    unit: t('notifications.sample.unit'),
    assignee: t('notifications.sample.assignee'),
    window: formatTimeWindow(start.toISOString(), end.toISOString(), locale),
    amount: formatMoney({ amountCents: 65_000, currency: 'USD' }, locale),
    summary: t('notifications.sample.summary'),
    link: `${window.location.origin}${import.meta.env.BASE_URL}?open=…`,
    recipient: t('notifications.sample.recipient'),
    due: formatCalendarDate(localDateKey(dueDay), locale),
  };
}
