import { Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconPlayerPause } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { SlaClockState } from '../../../generated/graphql';
import { formatDateTime } from '../../../shared/format/intl';
import {
  formatCountdown,
  pausedReasonKey,
  remainingMs,
  visualClockState,
  type SlaClockKind,
} from '../../../shared/format/sla';
import { SlaStateBadge } from '../../../shared/ui/SlaBadge';

interface SlaClockFields {
  dueAt: string;
  metAt?: string | null;
  state: SlaClockState;
  remainingSeconds?: number | null;
}

export interface WorkOrderSlaProps {
  workOrder: {
    sla: { paused: boolean; response: SlaClockFields; resolution: SlaClockFields };
    costApproval?: { state: string } | null;
    rescheduleRequest?: unknown;
  };
  now: number;
  locale: string;
  timeZone: string | undefined;
}

interface ClockRowProps {
  kind: SlaClockKind;
  clock: SlaClockFields;
  paused: boolean;
  now: number;
  locale: string;
  timeZone: string | undefined;
}

function SlaClockRow({ kind, clock, paused, now, locale, timeZone }: ClockRowProps) {
  const { t } = useTranslation();
  const state = visualClockState(clock, paused, now);
  const left = clock.metAt ? null : remainingMs(clock, paused, now);
  return (
    <Stack gap={2} data-testid={`sla-clock-${kind}`} data-sla-state={state}>
      <Group gap="xs">
        <Text size="sm" fw={600}>
          {t(`sla.clock.${kind}`)}
        </Text>
        <SlaStateBadge state={state} size="xs" />
      </Group>
      <Text size="xs" c="dimmed">
        {t(`sla.clockHint.${kind}`)}
      </Text>
      <Text size="sm">
        <time dateTime={clock.dueAt}>
          {t('sla.due', { date: formatDateTime(clock.dueAt, locale, timeZone) })}
        </time>
        {left !== null && ` · ${formatCountdown(left, t)}`}
      </Text>
      {clock.metAt && (
        <Text size="sm" c="dimmed">
          <time dateTime={clock.metAt}>
            {t('sla.met', { date: formatDateTime(clock.metAt, locale, timeZone) })}
          </time>
        </Text>
      )}
    </Stack>
  );
}

/** Both SLA clocks (response, resolution) with their due times in the property's zone. */
export function WorkOrderSla({ workOrder, now, locale, timeZone }: WorkOrderSlaProps) {
  const { t } = useTranslation();
  const { sla } = workOrder;
  const rowProps = { paused: sla.paused, now, locale, timeZone };
  return (
    <Stack gap="xs" component="section" aria-labelledby="sla-heading" data-testid="work-order-sla">
      <Group gap="xs">
        <Text id="sla-heading" size="sm" fw={600} component="h3" m={0}>
          {t('sla.title')}
        </Text>
        {sla.paused && (
          <Group gap={4} c="dimmed" data-testid="sla-paused">
            <IconPlayerPause size={14} aria-hidden />
            <Text size="sm">{t(pausedReasonKey(workOrder))}</Text>
          </Group>
        )}
      </Group>
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
        <SlaClockRow kind="response" clock={sla.response} {...rowProps} />
        <SlaClockRow kind="resolution" clock={sla.resolution} {...rowProps} />
      </SimpleGrid>
    </Stack>
  );
}
