import { Group, Stack, Text } from '@mantine/core';
import { IconClock, IconMoodSad, IconTool } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { SlaPromiseFieldsFragment, WorkOrderStatus } from '../../generated/graphql';
import { useFormatters } from '../format';

export interface SlaPromiseProps {
  sla: SlaPromiseFieldsFragment['sla'];
  status: WorkOrderStatus;
  /** The property's time zone: the promise is in its local time. */
  timeZone: string;
}

const WAITING: readonly WorkOrderStatus[] = ['NEW', 'ASSIGNED', 'SCHEDULED'];

/** The promise in plain words: when we'll respond (until someone is assigned) and when we aim to fix it. */
export const SlaPromise = ({ sla, status, timeZone }: SlaPromiseProps) => {
  const { t } = useTranslation();
  const format = useFormatters();
  if (!WAITING.includes(status)) return null;
  const respond = sla.response.metAt ? null : sla.response.dueAt;
  const fix = sla.resolution.metAt ? null : sla.resolution.dueAt;
  const late = sla.state === 'BREACHED';
  if (!respond && !fix && !late) return null;
  return (
    <Stack gap={4} data-testid="sla-promise" data-sla-state={sla.state}>
      {respond && (
        <Group gap={6} wrap="nowrap" align="flex-start">
          <IconClock size={18} aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
          <Text size="sm">
            <time dateTime={respond}>
              {t('sla.respondBy', { date: format.zonedDateTime(respond, timeZone) })}
            </time>
          </Text>
        </Group>
      )}
      {fix && (
        <Group gap={6} wrap="nowrap" align="flex-start">
          <IconTool size={18} aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
          <Text size="sm">
            <time dateTime={fix}>{t('sla.fixBy', { date: format.zonedDateTime(fix, timeZone) })}</time>
          </Text>
        </Group>
      )}
      {late && (
        <Group gap={6} wrap="nowrap" align="flex-start" c="orange.9" data-testid="sla-apology">
          <IconMoodSad size={18} aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
          <Text size="sm" fw={600}>
            {t('sla.late')}
          </Text>
        </Group>
      )}
    </Stack>
  );
};
