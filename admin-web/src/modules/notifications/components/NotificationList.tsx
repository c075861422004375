import { Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { InboxNotificationFragment } from '../../../generated/graphql';
import { formatAge, formatDateTime } from '../../../shared/format/intl';
import { templateColor, templateIcon } from '../channels';
import classes from './NotificationList.module.css';

export interface NotificationListProps {
  notifications: readonly InboxNotificationFragment[];
  now: number;
  locale: string;
  /** Shorter rows for the bell's popover. */
  compact?: boolean;
  onSelect: (notification: InboxNotificationFragment) => void;
}

/** In-app notifications, newest first; unread ones are tinted, dotted and said so to screen readers. */
export function NotificationList({
  notifications,
  now,
  locale,
  compact = false,
  onSelect,
}: NotificationListProps) {
  const { t } = useTranslation();
  return (
    <ul className={classes.list} data-testid="notification-list">
      {notifications.map((notification) => {
        const unread = !notification.readAt;
        const Icon = templateIcon(notification.template);
        const age = formatAge(notification.createdAt, now, locale) ?? t('time.justNow');
        return (
          <li key={notification.id} className={classes.separator}>
            <UnstyledButton
              className={classes.item}
              onClick={() => onSelect(notification)}
              data-unread={unread || undefined}
              data-testid="notification-item"
              data-template={notification.template}
            >
              <span className={classes.dot} aria-hidden />
              {!compact && (
                <span className={classes.icon} data-color={templateColor(notification.template)} aria-hidden>
                  <Icon size={16} />
                </span>
              )}
              <span className={classes.content}>
                {unread && <VisuallyHidden component="span">{t('notifications.unread')}</VisuallyHidden>}
                <Text component="span" display="block" size="sm" fw={unread ? 650 : 500} lineClamp={2}>
                  {notification.title}
                </Text>
                <Text component="span" display="block" size="sm" c="gray.7" lineClamp={compact ? 2 : 3}>
                  {notification.body}
                </Text>
                <span className={classes.meta}>
                  {notification.workOrder && (
                    <Text component="span" size="xs" c="gray.7" fw={600}>
                      {t('workOrder.number', { number: notification.workOrder.number })}
                    </Text>
                  )}
                  <Text
                    size="xs"
                    c="gray.7"
                    component="time"
                    dateTime={notification.createdAt}
                    title={formatDateTime(notification.createdAt, locale)}
                  >
                    {age}
                  </Text>
                </span>
              </span>
            </UnstyledButton>
          </li>
        );
      })}
    </ul>
  );
}
