import { Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatAge, formatDateTime } from '../../../shared/format/intl';

export interface TimelineEvent {
  id: string;
  at: string;
  summary: string;
  actor: { id: string; name: string } | null;
}

export interface WorkOrderTimelineProps {
  events: readonly TimelineEvent[];
  locale: string;
  now: number;
  /** The property's time zone. */
  timeZone: string | undefined;
}

/** Every change to the work order, newest first: the audit trail. */
export function WorkOrderTimeline({ events, locale, now, timeZone }: WorkOrderTimelineProps) {
  const { t } = useTranslation();
  if (events.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('timeline.empty')}
      </Text>
    );
  }
  const newestFirst = [...events].sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
  return (
    <Timeline bulletSize={12} lineWidth={2} active={0} data-testid="timeline">
      {newestFirst.map((event) => (
        <Timeline.Item key={event.id} title={<Text size="sm">{event.summary}</Text>}>
          <Text size="xs" c="dimmed">
            {t('timeline.byAt', {
              actor: event.actor?.name ?? t('timeline.system'),
              at: formatDateTime(event.at, locale, timeZone),
            })}
            {' · '}
            <time dateTime={event.at}>{formatAge(event.at, now, locale) ?? t('time.justNow')}</time>
          </Text>
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
