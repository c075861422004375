import { Box, Group, Stack, Text, ThemeIcon, UnstyledButton, VisuallyHidden } from '@mantine/core';
import {
  IconAlarm,
  IconBell,
  IconCalendarEvent,
  IconCircleCheck,
  IconCircleX,
  IconInbox,
  IconMessageCircle,
  IconStar,
  IconUserCheck,
  type Icon,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { NotificationItemFieldsFragment, NotificationTemplateKey } from '../../../generated/graphql';
import { useFormatters } from '../../../shared/format';

/** The tenant's notifications each have their own icon; any other a bell. */
const TEMPLATE_ICONS: Partial<Record<NotificationTemplateKey, Icon>> = {
  REQUEST_RECEIVED: IconInbox,
  ASSIGNED: IconUserCheck,
  SCHEDULED: IconCalendarEvent,
  REMINDER: IconAlarm,
  COMPLETED: IconCircleCheck,
  FOLLOW_UP: IconStar,
  CANCELLED: IconCircleX,
  NEW_MESSAGE: IconMessageCircle,
};

export interface NotificationItemProps {
  notification: NotificationItemFieldsFragment;
  /** Now (epoch ms), for "5 minutes ago". */
  now: number;
  onOpen: (notification: NotificationItemFieldsFragment) => void;
}

/** One notification in the list: a button that opens its request (and marks it read). */
export const NotificationItem = ({ notification, now, onOpen }: NotificationItemProps) => {
  const { t } = useTranslation();
  const format = useFormatters();
  const unread = !notification.readAt;
  const TemplateIcon = TEMPLATE_ICONS[notification.template] ?? IconBell;
  return (
    <UnstyledButton
      onClick={() => onOpen(notification)}
      w="100%"
      px="sm"
      py="sm"
      bg={unread ? 'teal.0' : undefined}
      style={{
        borderRadius: 'var(--mantine-radius-md)',
        borderInlineStart: unread ? '4px solid var(--mantine-color-teal-7)' : '4px solid transparent',
      }}
      data-testid="notification-item"
      data-unread={unread || undefined}
    >
      <Group wrap="nowrap" align="flex-start" gap="sm">
        <ThemeIcon variant="light" color={unread ? 'teal' : 'gray'} size={36} radius="xl" aria-hidden>
          <TemplateIcon size={20} />
        </ThemeIcon>
        <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
          <Text fw={unread ? 700 : 500} lh={1.35}>
            {unread && <VisuallyHidden>{t('notifications.unread')} </VisuallyHidden>}
            {notification.title}
          </Text>
          {notification.body && (
            <Text size="sm" c="gray.8" lh={1.4} style={{ overflowWrap: 'anywhere' }}>
              {notification.body}
            </Text>
          )}
          <Text
            size="xs"
            c="gray.7"
            component="time"
            dateTime={notification.createdAt}
            title={format.dateTime(notification.createdAt)}
          >
            {format.relative(notification.createdAt, now)}
          </Text>
        </Stack>
        {unread && (
          <Box
            w={10}
            h={10}
            mt={6}
            bg="teal.7"
            style={{ borderRadius: '50%', flexShrink: 0 }}
            aria-hidden
            data-testid="notification-unread-dot"
          />
        )}
      </Group>
    </UnstyledButton>
  );
};
