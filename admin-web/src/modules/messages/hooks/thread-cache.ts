import type { ApolloCache } from '@apollo/client';
import type { ThreadMessageFragment } from '../../../generated/graphql';
import { WorkOrderMessagesQuery } from '../graphql/messages.graphql';

/** The thread is read in pages of this size (the api's maximum); later pages are merged into the first. */
export const THREAD_PAGE_SIZE = 100;

const byCreatedAt = (a: ThreadMessageFragment, b: ThreadMessageFragment): number =>
  a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0;

/** Messages of `next` that `current` doesn't have yet, appended in time order. */
export function mergeMessages<M extends ThreadMessageFragment>(
  current: readonly M[],
  next: readonly M[],
): M[] {
  const known = new Set(current.map((message) => message.id));
  const added = next.filter((message) => !known.has(message.id));
  if (added.length === 0) return [...current];
  return [...current, ...added].sort(byCreatedAt);
}

/**
 * Adds a message (live, or just sent) to the cached thread, once: the sender gets it both from the
 * mutation and from the subscription. Does nothing when the thread hasn't been loaded.
 */
export function appendToThread(
  cache: ApolloCache,
  workOrderId: string,
  message: ThreadMessageFragment,
): void {
  cache.updateQuery(
    { query: WorkOrderMessagesQuery, variables: { id: workOrderId, first: THREAD_PAGE_SIZE } },
    (data) => {
      const workOrder = data?.workOrder;
      if (!data || !workOrder) return undefined;
      const { messages } = workOrder;
      if (messages.nodes.some((node) => node.id === message.id)) return undefined;
      return {
        ...data,
        workOrder: {
          ...workOrder,
          messages: {
            ...messages,
            totalCount: messages.totalCount + 1,
            nodes: mergeMessages(messages.nodes, [message]),
          },
        },
      };
    },
  );
}
