import { Text, Timeline } from '@mantine/core';
import { IconPoint } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { RequestDetailFieldsFragment } from '../../../generated/graphql';
import { useFormatters } from '../../../shared/format';

export interface RequestTimelineProps {
  events: RequestDetailFieldsFragment['timeline'];
}

/** Every event of the request, oldest first. */
export const RequestTimeline = ({ events }: RequestTimelineProps) => {
  const { t } = useTranslation();
  const format = useFormatters();
  if (events.length === 0) return <Text c="dimmed">{t('request.noEvents')}</Text>;
  const ordered = [...events].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  return (
    <Timeline active={ordered.length - 1} bulletSize={22} lineWidth={2} data-testid="request-timeline">
      {ordered.map((event) => (
        <Timeline.Item key={event.id} bullet={<IconPoint size={14} aria-hidden />} title={event.summary}>
          <Text size="sm" c="dimmed">
            <time dateTime={event.at}>
              {event.actor
                ? t('request.eventMeta', { time: format.dateTime(event.at), name: event.actor.name })
                : format.dateTime(event.at)}
            </time>
          </Text>
        </Timeline.Item>
      ))}
    </Timeline>
  );
};
