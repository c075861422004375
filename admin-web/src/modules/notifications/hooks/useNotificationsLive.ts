import { useApolloClient, useSubscription } from '@apollo/client/react';
import { notifications, type NotificationData } from '@mantine/notifications';
import { IconBellRinging } from '@tabler/icons-react';
import { createElement, useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InboxNotificationFragment } from '../../../generated/graphql';
import { notificationWorkOrderId, templateColor, templateIcon, toastIdFor } from '../channels';
import { NotificationToast } from '../components/NotificationToast';
import {
  NotificationAddedSubscription,
  UnreadNotificationCountQuery,
} from '../graphql/notifications.graphql';

export interface NotificationAnnouncement {
  id: number;
  text: string;
}

export interface NotificationsLiveHandlers {
  /** A toast's button: open the notification's work order (and mark it read). */
  onOpen: (notification: InboxNotificationFragment) => void;
  /** The burst toast's button: show them all. */
  onOpenAll: () => void;
}

/** How long a toast stays; emergencies stay until dismissed. */
const TOAST_MS = 8_000;
/** Within a burst (a bulk import, an outage's pages) only the first few get their own toast… */
const BURST_TOASTS = 3;
/** …where a burst is notifications less than this apart; the rest are counted in one toast. */
const BURST_GAP_MS = 5_000;
const BURST_TOAST_ID = 'notification-burst';
/** A burst of notifications is one reload of the list on screen. */
const REFETCH_DEBOUNCE_MS = 250;

/**
 * The viewer's new in-app notifications, live: the badge counts up, an open list reloads, a toast
 * shows the notification (with a button to its work order) and a polite live region reads it out.
 * A burst gets a few toasts and then one that counts the rest.
 */
export function useNotificationsLive(handlers: NotificationsLiveHandlers) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [announcement, setAnnouncement] = useState<NotificationAnnouncement | null>(null);
  const announcementId = useRef(0);
  const handlersRef = useRef(handlers);
  const burst = useRef({ count: 0, lastAt: 0 });
  const refetchTimer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => {
    handlersRef.current = handlers;
  });
  useEffect(
    () => () => {
      if (refetchTimer.current) clearTimeout(refetchTimer.current);
    },
    [],
  );

  const announce = useCallback((text: string) => {
    announcementId.current += 1;
    setAnnouncement({ id: announcementId.current, text });
  }, []);

  const toastOne = useCallback(
    (notification: InboxNotificationFragment) => {
      const toastId = toastIdFor(notification.id);
      const workOrderId = notificationWorkOrderId(notification);
      notifications.show({
        id: toastId,
        color: templateColor(notification.template),
        icon: createElement(templateIcon(notification.template), { size: 18 }),
        title: notification.title,
        message: createElement(NotificationToast, {
          body: notification.body,
          openLabel: workOrderId
            ? notification.workOrder
              ? t('notifications.openNumber', { number: notification.workOrder.number })
              : t('notifications.open')
            : null,
          onOpen: () => {
            notifications.hide(toastId);
            handlersRef.current.onOpen(notification);
          },
        }),
        autoClose: notification.template === 'EMERGENCY' ? false : TOAST_MS,
        // The live region reads it; the toast itself must not interrupt as an alert.
        role: 'status',
        'data-testid': 'notification-toast',
      });
    },
    [t],
  );

  const toastRest = useCallback(
    (more: number) => {
      const data: NotificationData = {
        id: BURST_TOAST_ID,
        color: 'indigo',
        icon: createElement(IconBellRinging, { size: 18 }),
        title: t('notifications.burstTitle', { count: more }),
        message: createElement(NotificationToast, {
          body: t('notifications.burstBody'),
          openLabel: t('notifications.seeAll'),
          onOpen: () => {
            notifications.hide(BURST_TOAST_ID);
            handlersRef.current.onOpenAll();
          },
        }),
        autoClose: TOAST_MS,
        role: 'status',
        'data-testid': 'notification-toast-burst',
      };
      // Shows it, or (when it is already up) counts on in the same toast.
      notifications.show(data);
      notifications.update(data);
    },
    [t],
  );

  const { error } = useSubscription(NotificationAddedSubscription, {
    onData: ({ data }) => {
      const notification = data.data?.notificationAdded;
      if (!notification || notification.channel !== 'IN_APP') return;

      const known = client.cache.readQuery({ query: UnreadNotificationCountQuery });
      const unread = (known?.unreadNotificationCount ?? 0) + (notification.readAt ? 0 : 1);
      if (known && !notification.readAt) {
        client.cache.writeQuery({
          query: UnreadNotificationCountQuery,
          data: { unreadNotificationCount: unread },
        });
      }

      // The bell's list or the inbox, if on screen; a closed one reloads when it opens.
      if (refetchTimer.current) clearTimeout(refetchTimer.current);
      refetchTimer.current = setTimeout(() => {
        refetchTimer.current = null;
        void client.refetchQueries({
          include: 'active',
          onQueryUpdated: (query) => (query.queryName === 'Notifications' ? query.refetch() : false),
        });
      }, REFETCH_DEBOUNCE_MS);

      const now = Date.now();
      const inBurst = now - burst.current.lastAt < BURST_GAP_MS;
      burst.current = { count: inBurst ? burst.current.count + 1 : 1, lastAt: now };
      // Emergencies always get their own toast.
      if (burst.current.count <= BURST_TOASTS || notification.template === 'EMERGENCY') {
        toastOne(notification);
        announce(
          t('notifications.announce', { title: notification.title, body: notification.body, count: unread }),
        );
      } else {
        const more = burst.current.count - BURST_TOASTS;
        toastRest(more);
        announce(t('notifications.announceBurst', { count: more, unread }));
      }
    },
  });

  return { announcement, liveError: error ?? null };
}
