import { Alert, Button, EmptyState, Group, Skeleton, Stack } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { IconAlertCircle, IconBellOff, IconChevronDown } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NotificationItemFieldsFragment } from '../../../generated/graphql';
import { ErrorAlert } from '../../../shared/components/ErrorAlert';
import { thrownErrorKey } from '../../../shared/errors';
import { useNow } from '../../../shared/hooks/useNow';
import { MyNotificationsQuery } from '../graphql/notifications';
import { NOTIFICATIONS_PAGE_SIZE } from '../hooks/useMarkNotificationsRead';
import { NotificationItem } from './NotificationItem';

export interface NotificationListProps {
  onOpen: (notification: NotificationItemFieldsFragment) => void;
}

const NotificationSkeleton = () => (
  <Group wrap="nowrap" align="flex-start" gap="sm" px="sm" py="sm" aria-hidden>
    <Skeleton height={36} circle />
    <Stack gap={6} style={{ flex: 1 }}>
      <Skeleton height={16} width="70%" />
      <Skeleton height={12} width="95%" />
      <Skeleton height={10} width="30%" />
    </Stack>
  </Group>
);

/** The viewer's notifications, newest first, a page at a time; loading, empty and error states included. */
export const NotificationList = ({ onOpen }: NotificationListProps) => {
  const { t } = useTranslation();
  const now = useNow();
  const { data, loading, error, refetch, fetchMore } = useQuery(MyNotificationsQuery, {
    variables: { first: NOTIFICATIONS_PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreFailed, setMoreFailed] = useState(false);
  const page = data?.notifications;

  const loadMore = async (): Promise<void> => {
    if (!page?.pageInfo.endCursor) return;
    setLoadingMore(true);
    setMoreFailed(false);
    try {
      await fetchMore({ variables: { first: NOTIFICATIONS_PAGE_SIZE, after: page.pageInfo.endCursor } });
    } catch {
      setMoreFailed(true);
    } finally {
      setLoadingMore(false);
    }
  };

  if (!page) {
    if (error) {
      return (
        <ErrorAlert
          message={t('notifications.loadError')}
          detail={t(thrownErrorKey(error))}
          onRetry={() => void refetch().catch(() => undefined)}
          retrying={loading}
        />
      );
    }
    return (
      <Stack
        gap={4}
        aria-busy="true"
        aria-label={t('notifications.loading')}
        data-testid="notifications-loading"
      >
        <NotificationSkeleton />
        <NotificationSkeleton />
        <NotificationSkeleton />
      </Stack>
    );
  }

  if (page.nodes.length === 0) {
    return (
      <EmptyState
        icon={<IconBellOff size={32} aria-hidden />}
        title={t('notifications.emptyTitle')}
        description={t('notifications.emptyBody')}
        data-testid="notifications-empty"
      />
    );
  }

  return (
    <Stack gap="sm">
      {/* Showing what we have; a failed refresh says so without hiding the list. */}
      {error && !loading && (
        <Alert color="orange" icon={<IconAlertCircle aria-hidden />} role="alert">
          {t('notifications.refreshError')}
        </Alert>
      )}
      <Stack
        component="ul"
        gap={4}
        p={0}
        m={0}
        style={{ listStyle: 'none' }}
        aria-label={t('notifications.title')}
        data-testid="notifications-list"
      >
        {page.nodes.map((notification) => (
          <li key={notification.id}>
            <NotificationItem notification={notification} now={now} onOpen={onOpen} />
          </li>
        ))}
      </Stack>
      {moreFailed && (
        <Alert color="red" icon={<IconAlertCircle aria-hidden />} role="alert">
          {t('notifications.loadMoreError')}
        </Alert>
      )}
      {page.pageInfo.hasNextPage && (
        <Button
          variant="default"
          fullWidth
          leftSection={<IconChevronDown size={18} aria-hidden />}
          onClick={() => void loadMore()}
          loading={loadingMore}
        >
          {t('notifications.loadMore')}
        </Button>
      )}
    </Stack>
  );
};
