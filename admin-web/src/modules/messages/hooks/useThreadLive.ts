import { useApolloClient, useMutation, useSubscription } from '@apollo/client/react';
import { useCallback, useEffect, useRef } from 'react';
import {
  MarkMessagesReadMutation,
  MessageAddedSubscription,
  WorkOrderUnreadCountQuery,
} from '../graphql/messages.graphql';
import { appendToThread } from './thread-cache';

/** Marks a thread read; the payload's `unreadMessageCount` lands on the work order (tab badge, board card). */
export function useMarkThreadRead(workOrderId: string | null): () => void {
  const [markRead] = useMutation(MarkMessagesReadMutation);
  const pending = useRef(false);
  return useCallback(() => {
    if (!workOrderId || pending.current) return;
    pending.current = true;
    markRead({ variables: { input: { workOrderId } } })
      .catch(() => undefined)
      .finally(() => {
        pending.current = false;
      });
  }, [markRead, workOrderId]);
}

export interface ThreadLiveOptions {
  workOrderId: string | null;
  viewerId: string;
  /** The thread is on screen: someone else's new message is read at once. */
  threadVisible: boolean;
}

/**
 * While a work order is open: new messages are appended to its cached thread (deduplicated by id);
 * someone else's message is marked read when the thread is on screen, otherwise the unread count is
 * refreshed (internal notes change no work order, so nothing else would tell us).
 */
export function useThreadLive({ workOrderId, viewerId, threadVisible }: ThreadLiveOptions): void {
  const client = useApolloClient();
  const markRead = useMarkThreadRead(workOrderId);
  const visibleRef = useRef(threadVisible);
  useEffect(() => {
    visibleRef.current = threadVisible;
  }, [threadVisible]);

  useSubscription(MessageAddedSubscription, {
    variables: { workOrderId: workOrderId ?? '' },
    skip: !workOrderId,
    onData: ({ data }) => {
      const message = data.data?.messageAdded;
      if (!message || !workOrderId) return;
      appendToThread(client.cache, workOrderId, message);
      if (message.author.id === viewerId) return;
      if (visibleRef.current && document.visibilityState === 'visible') {
        markRead();
      } else {
        client
          .query({
            query: WorkOrderUnreadCountQuery,
            variables: { id: workOrderId },
            fetchPolicy: 'network-only',
          })
          .catch(() => undefined);
      }
    },
  });
}
