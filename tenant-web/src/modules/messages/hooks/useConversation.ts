import { useApolloClient, useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { useCallback, useEffect, useRef } from 'react';
import type { TenantMessageFragment } from '../../../generated/graphql';
import {
  MarkRequestReadMutation,
  RequestMessageAddedSubscription,
  RequestMessagesQuery,
} from '../graphql/messages';

/** The api's largest page; a longer conversation is loaded page by page into the first. */
export const CONVERSATION_PAGE_SIZE = 100;

/** Messages of `next` not yet in `current`, appended in time order; never an internal note. */
export const mergeMessages = <M extends TenantMessageFragment>(
  current: readonly M[],
  next: readonly M[],
): M[] => {
  const known = new Set(current.map((message) => message.id));
  return [...current, ...next.filter((message) => !known.has(message.id) && !message.internal)].sort(
    (a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0),
  );
};

export interface Conversation {
  messages: readonly TenantMessageFragment[] | null;
  unreadCount: number;
  loading: boolean;
  error: unknown;
  retry: () => void;
  /** Adds a message the tenant just sent (it may also arrive live: it is kept once). */
  append: (message: TenantMessageFragment) => void;
}

/**
 * A request's conversation, kept live: new messages are appended by id, and while `visible` (on screen,
 * page in front) anything unread is marked read.
 */
export const useConversation = (workOrderId: string, viewerId: string | null, visible: boolean) => {
  const client = useApolloClient();
  const variables = { id: workOrderId, first: CONVERSATION_PAGE_SIZE };
  const { data, loading, error, refetch, fetchMore } = useQuery(RequestMessagesQuery, {
    variables,
    fetchPolicy: 'cache-and-network',
  });
  const workOrder = data?.workOrder?.id === workOrderId ? data.workOrder : null;
  const unreadCount = workOrder?.unreadMessageCount ?? 0;

  const append = useCallback(
    (message: TenantMessageFragment) => {
      client.cache.updateQuery(
        { query: RequestMessagesQuery, variables: { id: workOrderId, first: CONVERSATION_PAGE_SIZE } },
        (current) => {
          const order = current?.workOrder;
          if (!current || !order || message.internal) return undefined;
          if (order.messages.nodes.some((node) => node.id === message.id)) return undefined;
          return {
            ...current,
            workOrder: {
              ...order,
              messages: {
                ...order.messages,
                totalCount: order.messages.totalCount + 1,
                nodes: mergeMessages(order.messages.nodes, [message]),
              },
            },
          };
        },
      );
    },
    [client, workOrderId],
  );

  // A long conversation: load newer pages until the newest message is here.
  const nextCursor = workOrder?.messages.pageInfo.hasNextPage ? workOrder.messages.pageInfo.endCursor : null;
  useEffect(() => {
    if (!nextCursor) return;
    fetchMore({
      variables: { after: nextCursor },
      updateQuery: (previous, { fetchMoreResult }) => {
        const earlier = previous.workOrder;
        const later = fetchMoreResult.workOrder;
        if (!earlier || !later) return previous;
        return {
          ...previous,
          workOrder: {
            ...earlier,
            messages: {
              ...later.messages,
              nodes: mergeMessages(earlier.messages.nodes, later.messages.nodes),
            },
          },
        };
      },
    }).catch(() => undefined);
  }, [nextCursor, fetchMore]);

  const [markRead] = useMutation(MarkRequestReadMutation);
  const marking = useRef(false);
  const markReadNow = useCallback(() => {
    if (marking.current) return;
    marking.current = true;
    markRead({ variables: { input: { workOrderId } } })
      .catch(() => undefined)
      .finally(() => {
        marking.current = false;
      });
  }, [markRead, workOrderId]);

  useEffect(() => {
    if (visible && unreadCount > 0) markReadNow();
  }, [visible, unreadCount, markReadNow]);

  const visibleRef = useRef(visible);
  useEffect(() => {
    visibleRef.current = visible;
  }, [visible]);

  useSubscription(RequestMessageAddedSubscription, {
    variables: { workOrderId },
    onData: ({ data: event }) => {
      const message = event.data?.messageAdded;
      if (!message) return;
      append(message);
      if (message.author.id !== viewerId && visibleRef.current) markReadNow();
    },
  });

  const messages = workOrder ? workOrder.messages.nodes.filter((message) => !message.internal) : null;
  const retry = useCallback(() => void refetch(), [refetch]);

  return { messages, unreadCount, loading, error, retry, append } satisfies Conversation;
};
