import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconBellRinging, IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { WorkOrderEscalationFragment } from '../../../generated/graphql';
import { formatAge, formatDateTime } from '../../../shared/format/intl';

export interface EscalationPanelProps {
  escalation: WorkOrderEscalationFragment;
  locale: string;
  now: number;
  timeZone?: string;
  canAcknowledge: boolean;
  acknowledging: boolean;
  error: string | null;
  onAcknowledge: () => void;
}

/** Who was paged for this emergency and whether someone has taken it. */
export function EscalationPanel({
  escalation,
  locale,
  now,
  timeZone,
  canAcknowledge,
  acknowledging,
  error,
  onAcknowledge,
}: EscalationPanelProps) {
  const { t } = useTranslation();
  const acknowledged = Boolean(escalation.acknowledgedAt);
  const pagedAge = formatAge(escalation.pagedAt, now, locale) ?? t('time.justNow');
  return (
    <Alert
      color={acknowledged ? 'teal' : 'red'}
      variant="light"
      icon={
        acknowledged ? <IconCircleCheck size={18} aria-hidden /> : <IconBellRinging size={18} aria-hidden />
      }
      title={t(acknowledged ? 'workOrder.escalation.acknowledgedTitle' : 'workOrder.escalation.pagedTitle')}
      data-testid="escalation"
      role={acknowledged ? undefined : 'status'}
    >
      <Stack gap={6}>
        <Text size="sm">
          {t('workOrder.escalation.paged', {
            name: escalation.pagedUser?.name ?? t('workOrder.escalation.nobody'),
            level: escalation.level,
            age: pagedAge,
            date: formatDateTime(escalation.pagedAt, locale, timeZone),
          })}
        </Text>
        {acknowledged && escalation.acknowledgedAt && (
          <Text size="sm">
            {t('workOrder.escalation.acknowledged', {
              name: escalation.acknowledgedBy?.name ?? t('workOrder.escalation.someone'),
              date: formatDateTime(escalation.acknowledgedAt, locale, timeZone),
            })}
          </Text>
        )}
        {error && (
          <Text size="sm" c="red" role="alert">
            {error}
          </Text>
        )}
        {!acknowledged && canAcknowledge && (
          <Group>
            <Button
              size="xs"
              color="red"
              onClick={onAcknowledge}
              loading={acknowledging}
              data-testid="acknowledge-emergency"
            >
              {t('workOrder.escalation.acknowledge')}
            </Button>
          </Group>
        )}
      </Stack>
    </Alert>
  );
}
