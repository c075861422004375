import type { ApolloClient } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import { useCallback } from 'react';

/** The queries that list or show work orders: after a workflow action, whichever are on screen reload. */
const WORK_ORDER_VIEWS: ReadonlySet<string> = new Set([
  'BoardColumn',
  'WorkOrderDetail',
  'ActionWorkOrder',
  'MyJobs',
  'PendingApprovals',
  'PendingApprovalCount',
]);

export function refreshWorkOrderViews(client: ApolloClient): Promise<unknown> {
  // Only the active ones, by name: naming a query that is not on screen would only warn.
  return client.refetchQueries({
    include: 'active',
    onQueryUpdated: (query) => (WORK_ORDER_VIEWS.has(query.queryName ?? '') ? query.refetch() : false),
  });
}

export function useRefreshWorkOrderViews(): () => Promise<unknown> {
  const client = useApolloClient();
  return useCallback(() => refreshWorkOrderViews(client), [client]);
}
