import { Card, Group, Skeleton, Stack, Text } from '@mantine/core';
import { IconChevronRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { RequestCardFieldsFragment } from '../../../generated/graphql';
import { useFormatters } from '../../../shared/format';
import { PriorityBadge } from '../../../shared/components/PriorityBadge';
import { StatusProgress } from '../../../shared/components/StatusProgress';

export interface RequestCardProps {
  request: RequestCardFieldsFragment;
  /** Briefly highlighted after a live change. */
  highlighted?: boolean;
}

export const RequestCard = ({ request, highlighted = false }: RequestCardProps) => {
  const { t } = useTranslation();
  const format = useFormatters();
  const emergency = request.priority === 'EMERGENCY';
  return (
    <Card
      component={Link}
      to={`/requests/${encodeURIComponent(request.id)}`}
      withBorder
      radius="lg"
      padding="md"
      data-testid="request-card"
      data-status={request.status}
      className={highlighted ? 'fixline-live-updated' : undefined}
      style={emergency ? { borderLeft: '5px solid var(--mantine-color-red-7)' } : undefined}
    >
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap" gap="xs">
          <Group gap="xs" wrap="wrap">
            <Text fw={700} c="dimmed" data-testid="request-number">
              {t('common.number', { number: request.number })}
            </Text>
            <PriorityBadge priority={request.priority} />
          </Group>
          <IconChevronRight size={20} aria-hidden color="var(--mantine-color-gray-6)" />
        </Group>
        <Text fw={600} fz="lg" lh={1.3} lineClamp={2}>
          {request.title}
        </Text>
        <StatusProgress status={request.status} />
        <Text size="sm" c="dimmed">
          {t('home.cardMeta', { category: request.category.name, date: format.date(request.createdAt) })}
        </Text>
      </Stack>
    </Card>
  );
};

export const RequestCardSkeleton = () => (
  <Card withBorder radius="lg" padding="md" aria-hidden>
    <Stack gap="sm">
      <Skeleton height={20} width="40%" />
      <Skeleton height={22} width="85%" />
      <Skeleton height={6} />
      <Skeleton height={14} width="55%" />
    </Stack>
  </Card>
);
