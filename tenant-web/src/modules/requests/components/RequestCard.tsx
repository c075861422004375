import { Badge, Card, Group, Skeleton, Stack, Text } from '@mantine/core';
import {
  IconCalendarEvent,
  IconChevronRight,
  IconCircleCheck,
  IconClockExclamation,
  IconHourglass,
  IconMessageCircle,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { RequestCardFieldsFragment } from '../../../generated/graphql';
import { useFormatters } from '../../../shared/format';
import { PriorityBadge } from '../../../shared/components/PriorityBadge';
import { SlaPromise } from '../../../shared/components/SlaPromise';
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
  const timeZone = request.property.timezone;
  const appointment = request.status === 'SCHEDULED' ? request.appointment : null;
  const confirmPrompt =
    request.status === 'COMPLETED' && request.availableActions.includes('CONFIRM_RESOLUTION');
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
            {request.unreadMessageCount > 0 && (
              <Badge
                color="red"
                variant="filled"
                radius="xl"
                leftSection={<IconMessageCircle size={14} aria-hidden />}
                aria-label={t('home.unreadLabel', { count: request.unreadMessageCount })}
                data-testid="unread-badge"
                data-count={request.unreadMessageCount}
              >
                {t('home.unread', { count: request.unreadMessageCount })}
              </Badge>
            )}
          </Group>
          <IconChevronRight size={20} aria-hidden color="var(--mantine-color-gray-6)" />
        </Group>
        <Text fw={600} fz="lg" lh={1.3} lineClamp={2}>
          {request.title}
        </Text>
        <StatusProgress status={request.status} />
        <SlaPromise sla={request.sla} status={request.status} timeZone={timeZone} />
        {appointment && (
          <Stack gap={4} data-testid="card-appointment">
            <Group gap={6} wrap="nowrap" align="flex-start">
              <IconCalendarEvent size={18} aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
              <Text size="sm" fw={700}>
                {t('home.appointment', {
                  window: format.zonedWindow(appointment.startsAt, appointment.endsAt, timeZone),
                })}
              </Text>
            </Group>
            {appointment.eta && (
              <Group gap={6} wrap="nowrap" align="flex-start" c="orange.9">
                <IconClockExclamation size={18} aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
                <Text size="sm" fw={600}>
                  {t('home.runningLate', { time: format.zonedTime(appointment.eta, timeZone) })}
                </Text>
              </Group>
            )}
            {request.rescheduleRequest && (
              <Group gap={6} wrap="nowrap" align="flex-start" c="blue.9">
                <IconHourglass size={18} aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
                <Text size="sm">{t('home.rescheduleRequested')}</Text>
              </Group>
            )}
          </Stack>
        )}
        {confirmPrompt && (
          <Group
            gap={8}
            wrap="nowrap"
            p="xs"
            bg="teal.0"
            c="teal.9"
            style={{ borderRadius: 'var(--mantine-radius-md)' }}
            data-testid="card-confirm-prompt"
          >
            <IconCircleCheck size={20} aria-hidden style={{ flexShrink: 0 }} />
            <Text size="sm" fw={700}>
              {t('home.confirmPrompt')}
            </Text>
          </Group>
        )}
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
