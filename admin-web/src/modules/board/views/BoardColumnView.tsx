import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import type { BoardCardFragment, WorkOrderFilter, WorkOrderStatus } from '../../../generated/graphql';
import { PRIORITY_ORDER } from '../../../shared/ui/PriorityBadge';
import { BoardColumn, type ColumnDnd } from '../components/BoardColumn';
import { BoardColumnQuery } from '../graphql/board.graphql';

export const PAGE_SIZE = 50;
/** The API caps `first` at 100. */
const MAX_PAGE_SIZE = 100;

export interface BoardColumnViewProps {
  status: WorkOrderStatus;
  filter: Omit<WorkOrderFilter, 'statuses'>;
  filtered: boolean;
  highlighted: ReadonlySet<string>;
  now: number;
  locale: string;
  onOpenCard: (id: string) => void;
  dnd: ColumnDnd;
}

const PRIORITY_RANK = new Map(PRIORITY_ORDER.map((priority, index) => [priority, index]));

/** Emergencies first, then newest first. */
function compareCards(a: BoardCardFragment, b: BoardCardFragment): number {
  const byPriority = (PRIORITY_RANK.get(a.priority) ?? 99) - (PRIORITY_RANK.get(b.priority) ?? 99);
  return byPriority !== 0 ? byPriority : Date.parse(b.createdAt) - Date.parse(a.createdAt);
}

export function BoardColumnView({ status, filter, ...rest }: BoardColumnViewProps) {
  const [first, setFirst] = useState(PAGE_SIZE);
  const variables = useMemo(
    () => ({ filter: { ...filter, statuses: [status] }, first }),
    [filter, status, first],
  );
  const { data, loading, error, networkStatus, refetch } = useQuery(BoardColumnQuery, {
    variables,
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });

  const connection = data?.workOrders;
  const cards = useMemo(
    // A live event can update a card's status in the cache before the refetch moves it: never show
    // a card in a column it no longer belongs to.
    () => (connection?.nodes ?? []).filter((card) => card.status === status).sort(compareCards),
    [connection, status],
  );

  return (
    <BoardColumn
      status={status}
      cards={cards}
      totalCount={connection?.totalCount ?? null}
      totalCountExact={connection?.totalCountExact ?? true}
      loading={loading && networkStatus !== NetworkStatus.poll}
      error={Boolean(error)}
      hasMore={connection?.pageInfo.hasNextPage ?? false}
      canLoadMore={first < MAX_PAGE_SIZE}
      loadingMore={loading && networkStatus === NetworkStatus.setVariables}
      onLoadMore={() => setFirst(MAX_PAGE_SIZE)}
      onRetry={() => void refetch()}
      {...rest}
    />
  );
}
