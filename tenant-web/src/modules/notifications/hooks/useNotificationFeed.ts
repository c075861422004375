import { useApolloClient, useQuery, useSubscription } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NotificationItemFieldsFragment } from '../../../generated/graphql';
import {
  MyNotificationsQuery,
  NotificationAddedSubscription,
  UnreadNotificationCountQuery,
} from '../graphql/notifications';
import { NOTIFICATIONS_PAGE_SIZE } from './useMarkNotificationsRead';

export interface NotificationFeed {
  /** Unread in-app notifications; null until first loaded. */
  unreadCount: number | null;
  /** For a polite live region: the new unread count after it changed (empty at first). */
  announcement: string;
}

export interface NotificationFeedOptions {
  /** A new notification arrived live (after the cache took it in). */
  onAdded?: (notification: NotificationItemFieldsFragment) => void;
}

/**
 * The unread count for the header's bell, kept live: each new notification (`notificationAdded`) bumps the
 * count and goes to the top of the list if it's loaded; a reconnect refetches the count (as every active
 * query), so nothing missed offline is lost.
 */
export const useNotificationFeed = ({ onAdded }: NotificationFeedOptions = {}): NotificationFeed => {
  const { t } = useTranslation();
  const client = useApolloClient();
  const { data } = useQuery(UnreadNotificationCountQuery, { fetchPolicy: 'cache-and-network' });
  const unreadCount = data?.unreadNotificationCount ?? null;

  useSubscription(NotificationAddedSubscription, {
    onData: ({ data: event }) => {
      const added = event.data?.notificationAdded;
      if (!added) return;
      const { cache } = client;
      let isNew = true;
      cache.updateQuery(
        { query: MyNotificationsQuery, variables: { first: NOTIFICATIONS_PAGE_SIZE } },
        (current) => {
          if (!current) return current;
          if (current.notifications.nodes.some((n) => n.id === added.id)) {
            isNew = false;
            return current;
          }
          return {
            notifications: {
              ...current.notifications,
              totalCount: current.notifications.totalCount + 1,
              nodes: [added, ...current.notifications.nodes],
            },
          };
        },
      );
      if (!isNew) return;
      if (!added.readAt) {
        cache.updateQuery({ query: UnreadNotificationCountQuery }, (current) =>
          current ? { unreadNotificationCount: current.unreadNotificationCount + 1 } : current,
        );
      }
      onAdded?.(added);
    },
  });

  // Announce a change of the count, not the count the page opened with.
  const previous = useRef<number | null>(null);
  const [announcement, setAnnouncement] = useState('');
  useEffect(() => {
    if (unreadCount === null) return;
    const before = previous.current;
    previous.current = unreadCount;
    if (before === null || before === unreadCount) return;
    setAnnouncement(
      unreadCount === 0
        ? t('notifications.noneUnread')
        : t('notifications.unreadCount', { count: unreadCount }),
    );
  }, [unreadCount, t]);

  return { unreadCount, announcement };
};
