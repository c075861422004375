import { Badge, Button, Card, Group, Skeleton, Stack, Text } from '@mantine/core';
import { IconChevronRight, IconUserCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { CommonAreaRequestFieldsFragment } from '../../../generated/graphql';
import { StatusProgress } from '../../../shared/components/StatusProgress';
import { useFormatters } from '../../../shared/format';
import { AffectedCount } from './AffectedCount';
import { MeTooToggle } from './MeTooToggle';

export interface CommonAreaRequestCardProps {
  request: CommonAreaRequestFieldsFragment;
  /** Tenants of more than one building see which one. */
  showProperty: boolean;
  pending: boolean;
  onMeToo: (on: boolean) => void;
}

/** One open problem of a shared area: what, where, its progress, how many are affected, and "Me too". */
export const CommonAreaRequestCard = ({
  request,
  showProperty,
  pending,
  onMeToo,
}: CommonAreaRequestCardProps) => {
  const { t } = useTranslation();
  const format = useFormatters();
  const titleId = `common-area-${request.id}-title`;
  const where = request.location
    ? t('building.where', { location: request.location, category: request.category })
    : request.category;

  return (
    <Card
      withBorder
      radius="lg"
      padding="md"
      component="article"
      aria-labelledby={titleId}
      data-testid="common-area-request"
      data-number={request.number}
      data-me-too={request.meToo || undefined}
    >
      <Stack gap="sm">
        <Group gap="xs" wrap="wrap">
          <Text fw={700} c="dimmed">
            {t('common.number', { number: request.number })}
          </Text>
          {request.reportedByMe && (
            <Badge
              color="teal"
              variant="light"
              leftSection={<IconUserCheck size={14} aria-hidden />}
              data-testid="reported-by-me"
            >
              {t('building.reportedByMe')}
            </Badge>
          )}
        </Group>
        <Text component="h2" fw={700} fz="lg" lh={1.3} id={titleId} style={{ overflowWrap: 'anywhere' }}>
          {request.title}
        </Text>
        <Text size="sm">{where}</Text>
        {showProperty && (
          <Text size="sm" c="dimmed">
            {request.property}
          </Text>
        )}
        <StatusProgress status={request.status} />
        <Text size="sm" c="dimmed">
          {t('building.reported', { date: format.date(request.createdAt) })}
        </Text>
        <Group justify="space-between" gap="sm" wrap="wrap">
          <AffectedCount count={request.affectedCount} />
          {request.reportedByMe ? (
            <Button
              component={Link}
              to={`/requests/${encodeURIComponent(request.id)}`}
              variant="subtle"
              rightSection={<IconChevronRight size={18} aria-hidden />}
              aria-describedby={titleId}
            >
              {t('building.viewMine')}
            </Button>
          ) : (
            <MeTooToggle
              pressed={request.meToo}
              loading={pending}
              onToggle={() => onMeToo(!request.meToo)}
              describedBy={titleId}
            />
          )}
        </Group>
      </Stack>
    </Card>
  );
};

export const CommonAreaRequestCardSkeleton = () => (
  <Card withBorder radius="lg" padding="md" aria-hidden>
    <Stack gap="sm">
      <Skeleton height={16} width="25%" />
      <Skeleton height={22} width="80%" />
      <Skeleton height={14} width="50%" />
      <Skeleton height={6} />
      <Skeleton height={36} width="40%" />
    </Stack>
  </Card>
);
