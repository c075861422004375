import { Badge, Box, Group, Text, VisuallyHidden } from '@mantine/core';
import { IconBan, IconCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { WorkOrderStatus } from '../../generated/graphql';
import { PROGRESS_STEPS, progressIndex } from '../work-order-status';

export interface StatusProgressProps {
  status: WorkOrderStatus;
}

/** Received → Assigned → Scheduled → Done, with the current step named for screen readers. */
export const StatusProgress = ({ status }: StatusProgressProps) => {
  const { t } = useTranslation();
  const current = progressIndex(status);

  if (current === null) {
    return (
      <Badge color="gray" variant="outline" size="lg" leftSection={<IconBan size={14} aria-hidden />}>
        <span aria-hidden>{t('status.cancelled')}</span>
        <VisuallyHidden>{t('status.cancelledSummary')}</VisuallyHidden>
      </Badge>
    );
  }

  return (
    <Box data-status={status}>
      <VisuallyHidden>
        {t('status.summary', {
          step: t(`status.${PROGRESS_STEPS[current] ?? 'received'}`),
          index: current + 1,
          total: PROGRESS_STEPS.length,
        })}
      </VisuallyHidden>
      <Group gap={4} wrap="nowrap" aria-hidden align="flex-start">
        {PROGRESS_STEPS.map((step, index) => {
          const reached = index <= current;
          const isCurrent = index === current;
          return (
            <Box key={step} style={{ flex: 1, minWidth: 0 }}>
              <Box
                h={6}
                style={{
                  borderRadius: 3,
                  background: reached ? 'var(--mantine-color-teal-7)' : 'var(--mantine-color-gray-3)',
                }}
              />
              <Group gap={1} mt={6} wrap="nowrap">
                {reached && !isCurrent && (
                  <IconCheck
                    size={10}
                    stroke={3}
                    color="var(--mantine-color-teal-8)"
                    style={{ flexShrink: 0 }}
                  />
                )}
                <Text
                  fz={11}
                  fw={isCurrent ? 700 : 400}
                  c={reached ? undefined : 'dimmed'}
                  td={isCurrent ? 'underline' : undefined}
                  truncate
                >
                  {t(`status.${step}`)}
                </Text>
              </Group>
            </Box>
          );
        })}
      </Group>
    </Box>
  );
};
