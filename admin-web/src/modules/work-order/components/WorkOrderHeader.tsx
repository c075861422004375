import { Badge, Group, List, Stack, Text } from '@mantine/core';
import { IconInfoCircle, IconUsers } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Severity, WorkOrderStatus } from '../../../generated/graphql';
import { NeedsReviewBadge } from '../../../shared/ui/NeedsReviewBadge';
import { PriorityBadge } from '../../../shared/ui/PriorityBadge';
import { StatusBadge } from '../../../shared/ui/StatusBadge';

export interface WorkOrderHeaderProps {
  status: WorkOrderStatus;
  priority: Severity;
  needsReview: boolean;
  triageReasons: readonly string[];
  location: string;
  createdLabel: string;
  /** Common areas: the reporter plus every tenant who said "me too"; shown when more than one. */
  affectedCount?: number | null;
}

export function WorkOrderHeader({
  status,
  priority,
  needsReview,
  triageReasons,
  location,
  createdLabel,
  affectedCount,
}: WorkOrderHeaderProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <Group gap="xs">
        <StatusBadge status={status} size="md" />
        <PriorityBadge priority={priority} size="md" />
        {needsReview && <NeedsReviewBadge />}
        {affectedCount !== null && affectedCount !== undefined && affectedCount > 1 && (
          <Badge
            component="span"
            color="grape"
            variant="light"
            size="md"
            radius="sm"
            tt="none"
            leftSection={<IconUsers size={12} aria-hidden />}
            title={t('workOrder.affectedHint')}
            data-testid="affected-count"
            data-count={affectedCount}
          >
            {t('workOrder.affected', { count: affectedCount })}
          </Badge>
        )}
      </Group>
      <Text size="sm" c="dimmed">
        {location} · {createdLabel}
      </Text>
      <Stack gap={4} component="section" aria-labelledby="why-priority-heading">
        <Group gap={6}>
          <IconInfoCircle size={16} aria-hidden />
          <Text id="why-priority-heading" size="sm" fw={600} component="h3" m={0}>
            {t('workOrder.whyPriority')}
          </Text>
        </Group>
        {triageReasons.length > 0 ? (
          <List size="sm" spacing={2} withPadding>
            {triageReasons.map((reason, index) => (
              <List.Item key={`${index}-${reason}`}>{reason}</List.Item>
            ))}
          </List>
        ) : (
          <Text size="sm" c="dimmed">
            {t('workOrder.noTriageReasons')}
          </Text>
        )}
      </Stack>
    </Stack>
  );
}
