import { useQuery } from '@apollo/client/react';
import {
  ActionIcon,
  Alert,
  Button,
  Divider,
  EmptyState,
  Group,
  Indicator,
  Popover,
  ScrollArea,
  Skeleton,
  Stack,
  Text,
  Title,
  Tooltip,
  VisuallyHidden,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle, IconBell, IconBellOff, IconChecks, IconSettings } from '@tabler/icons-react';
import { useCallback, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { PAGE_PATHS } from '../../../app/navigation';
import type { InboxNotificationFragment } from '../../../generated/graphql';
import { useLocale } from '../../../shared/hooks/useLocale';
import { useNow } from '../../../shared/hooks/useNow';
import { notificationWorkOrderId, toastIdFor } from '../channels';
import { NotificationList } from '../components/NotificationList';
import { NotificationsQuery, UnreadNotificationCountQuery } from '../graphql/notifications.graphql';
import { MarkReadError, useMarkNotificationsRead } from '../hooks/useMarkNotificationsRead';
import { useNotificationsLive } from '../hooks/useNotificationsLive';
import { useOpenWorkOrderAnywhere } from '../hooks/useOpenWorkOrderAnywhere';

/** How many of the latest notifications the bell lists; the inbox page has them all. */
const BELL_PAGE_SIZE = 15;

function BellSkeleton() {
  return (
    <Stack gap="xs" p="md" aria-hidden>
      {[0, 1, 2].map((index) => (
        <Stack key={index} gap={6}>
          <Skeleton height={12} width="70%" />
          <Skeleton height={10} width="95%" />
          <Skeleton height={8} width="30%" />
        </Stack>
      ))}
    </Stack>
  );
}

/**
 * The header's bell: the unread count (live), and a popover with the latest notifications; choosing one
 * marks it read and opens its work order.
 */
export function NotificationBellView() {
  const { t } = useTranslation();
  const locale = useLocale();
  const now = useNow();
  const titleId = useId();
  const [opened, setOpened] = useState(false);
  const [markError, setMarkError] = useState<string | null>(null);
  const openWorkOrder = useOpenWorkOrderAnywhere();
  const { markRead, marking } = useMarkNotificationsRead();

  const { data: countData } = useQuery(UnreadNotificationCountQuery, {
    fetchPolicy: 'cache-and-network',
    errorPolicy: 'ignore',
  });
  const count = countData?.unreadNotificationCount ?? 0;

  const { data, loading, error, refetch } = useQuery(NotificationsQuery, {
    variables: { first: BELL_PAGE_SIZE },
    skip: !opened,
    fetchPolicy: 'cache-and-network',
  });

  const failed = useCallback(
    (caught: unknown) => {
      const message = caught instanceof MarkReadError ? caught.message : t('notifications.markFailed');
      setMarkError(message);
      return message;
    },
    [t],
  );

  const select = useCallback(
    (notification: InboxNotificationFragment, from: 'list' | 'toast') => {
      const workOrderId = notificationWorkOrderId(notification);
      // Its toast, if still up, has done its job.
      notifications.hide(toastIdFor(notification.id));
      if (workOrderId) {
        setOpened(false);
        openWorkOrder(workOrderId);
      }
      if (notification.readAt) return;
      setMarkError(null);
      markRead({ ids: [notification.id] }).catch((caught: unknown) => {
        const message = failed(caught);
        if (from === 'toast' || workOrderId)
          notifications.show({ color: 'red', title: t('notifications.markFailedTitle'), message });
      });
    },
    [failed, markRead, openWorkOrder, t],
  );

  const navigate = useNavigate();
  const { announcement } = useNotificationsLive({
    onOpen: (notification) => select(notification, 'toast'),
    onOpenAll: () => navigate(PAGE_PATHS.notifications),
  });

  const markAll = () => {
    setMarkError(null);
    const ids = (data?.notifications.nodes ?? []).filter((n) => !n.readAt).map((n) => n.id);
    markRead({ ids, all: true }).catch(failed);
  };

  const items = data?.notifications.nodes;
  let body;
  if (!items && loading) body = <BellSkeleton />;
  else if (!items && error)
    body = (
      <Alert m="sm" color="red" variant="light" icon={<IconAlertCircle size={18} aria-hidden />} role="alert">
        <Text size="sm" mb="xs">
          {t('notifications.loadError')}
        </Text>
        <Button size="xs" variant="light" color="red" onClick={() => void refetch()}>
          {t('common.retry')}
        </Button>
      </Alert>
    );
  else if (!items || items.length === 0)
    body = (
      <EmptyState
        icon={<IconBellOff size={24} aria-hidden />}
        title={t('notifications.empty.title')}
        description={t('notifications.empty.description')}
        py="lg"
        px="md"
        data-testid="notifications-empty"
      />
    );
  else
    body = (
      <ScrollArea.Autosize mah="min(28rem, 60dvh)" type="auto">
        <NotificationList
          notifications={items}
          now={now}
          locale={locale}
          compact
          onSelect={(notification) => select(notification, 'list')}
        />
      </ScrollArea.Autosize>
    );

  const close = () => setOpened(false);
  const badge = count > 99 ? t('notifications.badgeOverflow') : String(count);

  return (
    <>
      <Popover
        opened={opened}
        onChange={setOpened}
        position="bottom-end"
        width="min(24rem, calc(100vw - 1rem))"
        shadow="md"
        trapFocus
        returnFocus
        withinPortal
        zIndex={300}
      >
        <Popover.Target>
          <ActionIcon
            variant="subtle"
            color="gray"
            size="lg"
            onClick={() => {
              if (!opened) setMarkError(null);
              setOpened(!opened);
            }}
            aria-label={t('notifications.bellLabel', { count })}
            data-testid="notification-bell"
            data-unread={count}
            style={{ overflow: 'visible' }}
          >
            <Indicator
              label={badge}
              size={16}
              color="red"
              offset={2}
              disabled={count === 0}
              inline
              aria-hidden
              data-testid="notification-badge"
            >
              <IconBell size={20} aria-hidden />
            </Indicator>
          </ActionIcon>
        </Popover.Target>
        <Popover.Dropdown p={0} aria-labelledby={titleId} data-testid="notification-popover">
          <Group justify="space-between" px="md" py="xs" wrap="nowrap">
            <Title order={2} size="h5" id={titleId}>
              {t('notifications.title')}
            </Title>
            <Group gap={4} wrap="nowrap">
              <Button
                size="compact-xs"
                variant="subtle"
                leftSection={<IconChecks size={14} aria-hidden />}
                disabled={count === 0}
                loading={marking}
                onClick={markAll}
                data-testid="notifications-mark-all"
              >
                {t('notifications.markAll')}
              </Button>
              <Tooltip label={t('notifications.preferences.title')}>
                <ActionIcon
                  component={Link}
                  to={`${PAGE_PATHS.notifications}?tab=preferences`}
                  variant="subtle"
                  color="gray"
                  onClick={close}
                  aria-label={t('notifications.preferences.title')}
                >
                  <IconSettings size={16} aria-hidden />
                </ActionIcon>
              </Tooltip>
            </Group>
          </Group>
          <Divider />
          {markError && (
            <Alert m="xs" py={6} color="red" variant="light" role="alert">
              <Text size="sm">{markError}</Text>
            </Alert>
          )}
          {body}
          <Divider />
          <Button
            component={Link}
            to={PAGE_PATHS.notifications}
            variant="subtle"
            fullWidth
            radius={0}
            onClick={close}
          >
            {t('notifications.seeAll')}
          </Button>
        </Popover.Dropdown>
      </Popover>
      <VisuallyHidden aria-live="polite" aria-atomic="true" data-testid="notification-announcer">
        {announcement && <span key={announcement.id}>{announcement.text}</span>}
      </VisuallyHidden>
    </>
  );
}
