import {
  ActionIcon,
  Button,
  Drawer,
  Group,
  Indicator,
  Stack,
  Text,
  Tooltip,
  VisuallyHidden,
} from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconBell, IconChecks, IconSettings } from '@tabler/icons-react';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import type { NotificationItemFieldsFragment } from '../../../generated/graphql';
import { useMarkNotificationsRead } from '../hooks/useMarkNotificationsRead';
import { useNotificationFeed } from '../hooks/useNotificationFeed';
import { notificationPath } from '../notification-path';
import { NotificationList } from './NotificationList';

/** Above this the badge shows "99+". */
const MAX_BADGE = 99;

/** How long a new notification's toast stays. */
const TOAST_MS = 8000;

/**
 * The header's bell: the unread count (live, announced politely), a toast for each new notification, and
 * the list in a drawer (a bottom sheet on phones) with "Mark all as read" and the settings.
 */
export const NotificationBell = () => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const phone = useMediaQuery('(max-width: 35.99em)', true, { getInitialValueInEffect: false });
  const [opened, { open, close }] = useDisclosure(false);
  const markRead = useMarkNotificationsRead();
  const [markingAll, setMarkingAll] = useState(false);

  /** Marks it read (if it wasn't) and opens its request in the app, without a reload. */
  const openNotification = useCallback(
    (notification: NotificationItemFieldsFragment): void => {
      if (!notification.readAt) void markRead({ ids: [notification.id] });
      const path = notificationPath(notification);
      close();
      if (path) void navigate(path);
    },
    [close, markRead, navigate],
  );

  const showToast = useCallback(
    (notification: NotificationItemFieldsFragment): void => {
      const path = notificationPath(notification);
      // Already on that page: it updates live there, no need to point at it.
      if (path !== null && path === window.location.pathname) return;
      const id = `notification-${notification.id}`;
      notifications.show({
        id,
        role: 'status',
        color: 'teal',
        icon: <IconBell size={18} aria-hidden />,
        title: notification.title,
        autoClose: TOAST_MS,
        'data-testid': 'notification-toast',
        message: (
          <Stack gap={6} align="flex-start">
            {notification.body && <Text size="sm">{notification.body}</Text>}
            {path && (
              <Button
                size="compact-sm"
                variant="light"
                onClick={() => {
                  notifications.hide(id);
                  openNotification(notification);
                }}
              >
                {t('notifications.view')}
              </Button>
            )}
          </Stack>
        ),
      });
    },
    [openNotification, t],
  );

  const { unreadCount, announcement } = useNotificationFeed({ onAdded: showToast });
  const count = unreadCount ?? 0;

  const markAll = async (): Promise<void> => {
    setMarkingAll(true);
    const done = await markRead({ all: true });
    setMarkingAll(false);
    if (!done) notifications.show({ color: 'red', role: 'alert', message: t('notifications.markFailed') });
  };

  return (
    <>
      <Indicator
        // The bell's name says the count: the badge is for the eyes only.
        label={<span aria-hidden="true">{count > MAX_BADGE ? `${MAX_BADGE}+` : count}</span>}
        disabled={count === 0}
        size={20}
        color="red.8"
        offset={8}
        withBorder
        zIndex={2}
        data-testid="notifications-badge"
        data-count={count}
      >
        <ActionIcon
          variant="subtle"
          color="gray.8"
          size={44}
          radius="md"
          onClick={open}
          aria-label={
            count > 0 ? t('notifications.bellLabelUnread', { count }) : t('notifications.bellLabel')
          }
          aria-haspopup="dialog"
          aria-expanded={opened}
          data-testid="notifications-bell"
        >
          <IconBell size={24} aria-hidden />
        </ActionIcon>
      </Indicator>
      <VisuallyHidden role="status" aria-live="polite" data-testid="notifications-announcement">
        {announcement}
      </VisuallyHidden>
      <Drawer
        opened={opened}
        onClose={close}
        title={t('notifications.title')}
        position={phone ? 'bottom' : 'right'}
        size={phone ? '85%' : 'md'}
        radius={phone ? 'lg' : 0}
        closeButtonProps={{ 'aria-label': t('actions.close'), size: 'lg' }}
        styles={{ title: { fontWeight: 700, fontSize: 'var(--mantine-font-size-lg)' } }}
        data-testid="notifications-drawer"
      >
        <Stack gap="md">
          <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
            {count > 0 ? (
              <Button
                variant="subtle"
                px="xs"
                h="auto"
                mih={44}
                py={6}
                styles={{ label: { whiteSpace: 'normal', textAlign: 'start' } }}
                leftSection={<IconChecks size={18} aria-hidden />}
                onClick={() => void markAll()}
                loading={markingAll}
                data-testid="notifications-mark-all"
              >
                {t('notifications.markAllRead')}
              </Button>
            ) : (
              <span />
            )}
            <Tooltip
              label={t('notificationSettings.title')}
              events={{ hover: true, focus: true, touch: false }}
            >
              <ActionIcon
                component={Link}
                to="/settings/notifications"
                variant="subtle"
                size={44}
                radius="md"
                onClick={close}
                aria-label={t('notificationSettings.title')}
                data-testid="notifications-settings-link"
              >
                <IconSettings size={22} aria-hidden />
              </ActionIcon>
            </Tooltip>
          </Group>
          <NotificationList onOpen={openNotification} />
        </Stack>
      </Drawer>
    </>
  );
};
