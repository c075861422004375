import { useQuery, useSubscription } from '@apollo/client/react';
import { MyRequestsChangedSubscription, MyRequestsQuery } from '../graphql/requests';

/**
 * The tenant's requests, kept current: changes to known requests land in the normalized cache by id;
 * a request we don't have yet (created elsewhere, e.g. another device) triggers a refetch of the list.
 */
export const useLiveRequests = () => {
  const query = useQuery(MyRequestsQuery, {
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const { data, refetch } = query;

  useSubscription(MyRequestsChangedSubscription, {
    onData: ({ data: event }) => {
      const changed = event.data?.workOrderChanged.workOrder;
      if (!changed) return;
      const listed = data?.workOrders.nodes.some((node) => node.id === changed.id) ?? false;
      if (!listed) void refetch();
    },
  });

  return query;
};
