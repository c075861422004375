import { useQuery } from '@apollo/client/react';
import { Alert, Button, Group, Skeleton, Stack, Text } from '@mantine/core';
import { IconAlertCircle, IconRefresh } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NotificationLog } from '../components/NotificationLog';
import { WorkOrderNotificationLogQuery } from '../graphql/notifications.graphql';

/** Sending happens in the background: while the tab is shown, statuses are re-read this often. */
const POLL_MS = 15_000;

export interface NotificationLogViewProps {
  workOrderId: string;
  now: number;
  locale: string;
  timeZone?: string;
}

/** The drawer's Notifications tab (managers and admins): the work order's delivery log. */
export function NotificationLogView({ workOrderId, now, locale, timeZone }: NotificationLogViewProps) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(WorkOrderNotificationLogQuery, {
    variables: { id: workOrderId },
    fetchPolicy: 'cache-and-network',
    pollInterval: POLL_MS,
  });
  const [refreshing, setRefreshing] = useState(false);
  const refresh = () => {
    setRefreshing(true);
    refetch()
      .catch(() => undefined)
      .finally(() => setRefreshing(false));
  };
  const entries = data?.workOrder?.id === workOrderId ? data.workOrder.notificationLog : null;

  if (!entries && loading)
    return (
      <Stack gap="xs" aria-hidden>
        {[0, 1, 2].map((index) => (
          <Skeleton key={index} height={36} radius="sm" />
        ))}
      </Stack>
    );
  if (!entries && error)
    return (
      <Alert color="red" variant="light" icon={<IconAlertCircle size={18} aria-hidden />} role="alert">
        <Text size="sm" mb="xs">
          {t('notifications.log.loadError')}
        </Text>
        <Button size="xs" variant="light" color="red" onClick={refresh}>
          {t('common.retry')}
        </Button>
      </Alert>
    );

  return (
    <Stack gap="xs">
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Text size="sm" c="dimmed">
          {t('notifications.log.description')}
        </Text>
        <Button
          size="compact-sm"
          variant="subtle"
          leftSection={<IconRefresh size={14} aria-hidden />}
          loading={refreshing}
          onClick={refresh}
          style={{ flexShrink: 0 }}
        >
          {t('notifications.log.refresh')}
        </Button>
      </Group>
      <NotificationLog entries={entries ?? []} now={now} locale={locale} timeZone={timeZone} />
    </Stack>
  );
}
