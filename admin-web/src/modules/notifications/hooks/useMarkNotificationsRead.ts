import { useApolloClient, useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import {
  MarkNotificationsReadMutation,
  UnreadNotificationCountQuery,
} from '../graphql/notifications.graphql';

export interface MarkReadRequest {
  /** The notifications to mark; with `all`, the ones on screen (their dots go at once). */
  ids: readonly string[];
  /** Every unread one, on screen or not. */
  all?: boolean;
}

/** The error a failed mark-as-read reports (the server's words, or nothing for a network failure). */
export class MarkReadError extends Error {}

/**
 * Marks in-app notifications read: the badge takes the server's new count and the rows lose their
 * unread style without a refetch.
 */
export function useMarkNotificationsRead() {
  const client = useApolloClient();
  const [mutate, { loading }] = useMutation(MarkNotificationsReadMutation);

  const markRead = useCallback(
    async ({ ids, all = false }: MarkReadRequest): Promise<void> => {
      if (!all && ids.length === 0) return;
      const readAt = new Date().toISOString();
      const result = await mutate({
        variables: { input: all ? { all: true } : { ids: [...ids] } },
        update: (cache, { data }) => {
          const payload = data?.markNotificationsRead;
          if (!payload || payload.userErrors.length > 0) return;
          if (typeof payload.unreadCount === 'number') {
            cache.writeQuery({
              query: UnreadNotificationCountQuery,
              data: { unreadNotificationCount: payload.unreadCount },
            });
          }
          for (const id of ids) {
            cache.modify({
              id: cache.identify({ __typename: 'Notification', id }),
              fields: { readAt: (current: string | null) => current ?? readAt },
            });
          }
        },
      });
      const payload = result.data?.markNotificationsRead;
      if (payload && payload.userErrors.length > 0) {
        throw new MarkReadError(payload.userErrors.map((error) => error.message).join(' '));
      }
      if (all) {
        // Rows further down a long list were marked too: reload whichever list is on screen.
        await client.refetchQueries({
          include: 'active',
          onQueryUpdated: (query) => (query.queryName === 'Notifications' ? query.refetch() : false),
        });
      }
    },
    [client, mutate],
  );

  return { markRead, marking: loading };
}
