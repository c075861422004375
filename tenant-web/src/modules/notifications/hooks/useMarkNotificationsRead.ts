import type { ApolloCache } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import { useCallback } from 'react';
import {
  MarkNotificationsReadMutation,
  MyNotificationsQuery,
  UnreadNotificationCountQuery,
} from '../graphql/notifications';

/** How many notifications the list loads at a time. */
export const NOTIFICATIONS_PAGE_SIZE = 20;

/** Which notifications to mark read: these (by id), or every unread one. */
export type MarkReadTarget = { ids: readonly string[] } | { all: true };

let optimisticSequence = 0;

/** The badge shows `count`; the notifications `ids` show as read. */
const applyRead = (cache: ApolloCache, ids: readonly string[], count: number, readAt: string): void => {
  cache.writeQuery({ query: UnreadNotificationCountQuery, data: { unreadNotificationCount: count } });
  for (const id of ids) {
    cache.modify<{ readAt: string | null }>({
      id: cache.identify({ __typename: 'Notification', id }),
      fields: { readAt: (value) => value ?? readAt },
    });
  }
};

/**
 * Marks notifications read: the badge and the list change at once (optimistically), then follow the
 * server's count. Resolves to false when the server refused or could not be reached (the change is undone).
 */
export const useMarkNotificationsRead = (): ((target: MarkReadTarget) => Promise<boolean>) => {
  const client = useApolloClient();
  return useCallback(
    async (target: MarkReadTarget): Promise<boolean> => {
      const { cache } = client;
      const listed =
        cache.readQuery({ query: MyNotificationsQuery, variables: { first: NOTIFICATIONS_PAGE_SIZE } })
          ?.notifications.nodes ?? [];
      const all = 'all' in target;
      const ids = all ? listed.filter((n) => !n.readAt).map((n) => n.id) : [...target.ids];
      const count = cache.readQuery({ query: UnreadNotificationCountQuery })?.unreadNotificationCount ?? 0;
      const newlyRead = all ? count : listed.filter((n) => ids.includes(n.id) && !n.readAt).length;
      const readAt = new Date().toISOString();

      optimisticSequence += 1;
      const optimisticId = `mark-notifications-read-${optimisticSequence}`;
      cache.recordOptimisticTransaction(
        (layer) => applyRead(layer, ids, Math.max(0, count - newlyRead), readAt),
        optimisticId,
      );
      try {
        const { data } = await client.mutate({
          mutation: MarkNotificationsReadMutation,
          variables: { input: all ? { all: true } : { ids } },
          update: (store, { data: result }) => {
            const payload = result?.markNotificationsRead;
            if (!payload || payload.userErrors.length > 0 || payload.unreadCount === null) return;
            applyRead(store, ids, payload.unreadCount, readAt);
          },
        });
        const payload = data?.markNotificationsRead;
        return payload !== undefined && payload.userErrors.length === 0;
      } catch {
        return false;
      } finally {
        cache.removeOptimistic(optimisticId);
      }
    },
    [client],
  );
};
