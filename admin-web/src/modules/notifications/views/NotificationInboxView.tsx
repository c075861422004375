import { useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  EmptyState,
  Group,
  Paper,
  SegmentedControl,
  Skeleton,
  Stack,
  Text,
} from '@mantine/core';
import { IconAlertCircle, IconBellOff, IconChecks } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InboxNotificationFragment } from '../../../generated/graphql';
import { useLocale } from '../../../shared/hooks/useLocale';
import { useNow } from '../../../shared/hooks/useNow';
import { notificationWorkOrderId } from '../channels';
import { NotificationList } from '../components/NotificationList';
import { NotificationsQuery, UnreadNotificationCountQuery } from '../graphql/notifications.graphql';
import { MarkReadError, useMarkNotificationsRead } from '../hooks/useMarkNotificationsRead';
import { useOpenWorkOrderAnywhere } from '../hooks/useOpenWorkOrderAnywhere';

const PAGE_SIZE = 20;
type Filter = 'all' | 'unread';

/** My notifications → Inbox: every in-app notification, newest first, with "load more". */
export function NotificationInboxView() {
  const { t } = useTranslation();
  const locale = useLocale();
  const now = useNow();
  const [filter, setFilter] = useState<Filter>('all');
  const [actionError, setActionError] = useState<string | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const openWorkOrder = useOpenWorkOrderAnywhere();
  const { markRead, marking } = useMarkNotificationsRead();
  const { data: countData } = useQuery(UnreadNotificationCountQuery, { fetchPolicy: 'cache-first' });
  const unread = countData?.unreadNotificationCount ?? 0;
  const { data, loading, error, refetch, fetchMore } = useQuery(NotificationsQuery, {
    variables: { first: PAGE_SIZE, unreadOnly: filter === 'unread' },
    fetchPolicy: 'cache-and-network',
  });
  const connection = data?.notifications;

  const failed = (caught: unknown) =>
    setActionError(caught instanceof MarkReadError ? caught.message : t('notifications.markFailed'));

  const select = (notification: InboxNotificationFragment) => {
    setActionError(null);
    const workOrderId = notificationWorkOrderId(notification);
    const marked = notification.readAt ? Promise.resolve() : markRead({ ids: [notification.id] });
    marked.catch(failed);
    if (workOrderId) openWorkOrder(workOrderId);
  };

  const markAll = () => {
    setActionError(null);
    const ids = (connection?.nodes ?? []).filter((n) => !n.readAt).map((n) => n.id);
    markRead({ ids, all: true }).catch(failed);
  };

  const loadMore = () => {
    const after = connection?.pageInfo.endCursor;
    if (!after) return;
    setLoadingMore(true);
    fetchMore({ variables: { after } })
      .catch(() => setActionError(t('notifications.loadMoreError')))
      .finally(() => setLoadingMore(false));
  };

  let body;
  if (!connection && loading)
    body = (
      <Stack gap="sm" p="md" aria-hidden>
        {[0, 1, 2, 3].map((index) => (
          <Skeleton key={index} height={56} radius="sm" />
        ))}
      </Stack>
    );
  else if (!connection && error)
    body = (
      <Alert color="red" variant="light" icon={<IconAlertCircle size={18} aria-hidden />} role="alert" m="md">
        <Text size="sm" mb="xs">
          {t('notifications.loadError')}
        </Text>
        <Button size="xs" variant="light" color="red" onClick={() => void refetch()}>
          {t('common.retry')}
        </Button>
      </Alert>
    );
  else if (!connection || connection.nodes.length === 0)
    body = (
      <EmptyState
        icon={<IconBellOff size={24} aria-hidden />}
        title={t(filter === 'unread' ? 'notifications.emptyUnread.title' : 'notifications.empty.title')}
        description={t(
          filter === 'unread' ? 'notifications.emptyUnread.description' : 'notifications.empty.description',
        )}
        py="xl"
        data-testid="notifications-empty"
      />
    );
  else
    body = (
      <>
        <NotificationList notifications={connection.nodes} now={now} locale={locale} onSelect={select} />
        {connection.pageInfo.hasNextPage && (
          <Group justify="center" p="sm">
            <Button variant="default" loading={loadingMore} onClick={loadMore}>
              {t('notifications.loadMore')}
            </Button>
          </Group>
        )}
      </>
    );

  return (
    <Stack gap="sm">
      <Group justify="space-between" gap="sm">
        <SegmentedControl
          value={filter}
          onChange={(value) => setFilter(value === 'unread' ? 'unread' : 'all')}
          data={[
            { value: 'all', label: t('notifications.filterAll') },
            { value: 'unread', label: t('notifications.filterUnread', { count: unread }) },
          ]}
          aria-label={t('notifications.filterLabel')}
        />
        <Button
          variant="light"
          leftSection={<IconChecks size={16} aria-hidden />}
          disabled={unread === 0}
          loading={marking}
          onClick={markAll}
        >
          {t('notifications.markAll')}
        </Button>
      </Group>
      {actionError && (
        <Alert color="red" variant="light" role="alert" py="xs">
          <Text size="sm">{actionError}</Text>
        </Alert>
      )}
      <Paper withBorder radius="md" p={4}>
        {body}
      </Paper>
      {connection && connection.nodes.length > 0 && (
        <Text size="xs" c="dimmed" ta="right">
          {t('notifications.showing', { shown: connection.nodes.length, count: connection.totalCount })}
        </Text>
      )}
    </Stack>
  );
}
