import { useQuery } from '@apollo/client/react';
import { Alert, Group, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconPlugConnectedX } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkOrderStatus } from '../../../generated/graphql';
import { useLocale } from '../../../shared/hooks/useLocale';
import { useNow } from '../../../shared/hooks/useNow';
import { useWorkOrderParam } from '../../../shared/hooks/useWorkOrderParam';
import { BoardFiltersBar, type BoardFilterOptions } from '../components/BoardFiltersBar';
import { LiveAnnouncer } from '../components/LiveAnnouncer';
import { ShowClosedToggle } from '../components/ShowClosedToggle';
import { BoardFilterOptionsQuery } from '../graphql/board.graphql';
import { hasActiveFilters, toWorkOrderFilter, useBoardFilters } from '../hooks/useBoardFilters';
import { useBoardDnd } from '../hooks/useBoardDnd';
import { useBoardLive } from '../hooks/useBoardLive';
import { useOpenAction } from '../../dispatch/action-dialog-context';
import { BoardColumnView } from './BoardColumnView';
import classes from './BoardView.module.css';

const OPEN_STATUSES: readonly WorkOrderStatus[] = ['NEW', 'ASSIGNED', 'SCHEDULED', 'COMPLETED'];
const CLOSED_STATUSES: readonly WorkOrderStatus[] = ['CLOSED', 'CANCELLED'];
const ALL_STATUSES: readonly WorkOrderStatus[] = [...OPEN_STATUSES, ...CLOSED_STATUSES];

const byName = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label);

export function BoardView() {
  const { t } = useTranslation();
  const locale = useLocale();
  // Ages and SLA countdowns: a 30 s tick turns a countdown red soon after its due time, without a refetch.
  const now = useNow(30_000);
  useDocumentTitle(t('board.documentTitle'));
  const { filters, setFilters, clearFilters } = useBoardFilters();
  const { open } = useWorkOrderParam();

  // Some roles may not list vendors or technicians: keep whatever the server did answer.
  const { data: optionsData, loading: optionsLoading } = useQuery(BoardFilterOptionsQuery, {
    errorPolicy: 'all',
  });
  const options = useMemo<BoardFilterOptions>(
    () => ({
      properties: (optionsData?.properties?.nodes ?? [])
        .map((p) => ({ value: p.id, label: p.name }))
        .sort(byName),
      categories: (optionsData?.categories ?? []).map((c) => ({ value: c.id, label: c.name })),
      vendors: (optionsData?.vendors?.nodes ?? []).map((v) => ({ value: v.id, label: v.name })).sort(byName),
      technicians: (optionsData?.technicians ?? []).map((p) => ({ value: p.id, label: p.name })).sort(byName),
    }),
    [optionsData],
  );

  const filter = useMemo(() => toWorkOrderFilter(filters), [filters]);
  const filtered = hasActiveFilters(filters);
  const propertyIds = useMemo(() => (filters.propertyId ? [filters.propertyId] : null), [filters.propertyId]);
  const { highlighted, announcement, subscriptionError } = useBoardLive(propertyIds);

  const statuses = filters.showClosed ? ALL_STATUSES : OPEN_STATUSES;
  const openAction = useOpenAction();
  const columnDnd = useBoardDnd(statuses, openAction);

  return (
    <div className={classes.root}>
      <Group justify="space-between" align="center" gap="sm">
        <Title order={2} size="h3">
          {t('board.title')}
        </Title>
        <ShowClosedToggle
          checked={filters.showClosed}
          onChange={(showClosed) => setFilters({ showClosed })}
        />
      </Group>
      <BoardFiltersBar
        filters={filters}
        options={options}
        optionsLoading={optionsLoading}
        filtered={filtered}
        onChange={setFilters}
        onClear={clearFilters}
      />
      {subscriptionError && (
        <Alert
          color="orange"
          variant="light"
          icon={<IconPlugConnectedX size={18} aria-hidden />}
          role="alert"
          py="xs"
        >
          {t('board.liveError')}
        </Alert>
      )}
      <div className={classes.board} data-testid="board">
        {statuses.map((status) => (
          <BoardColumnView
            key={status}
            status={status}
            filter={filter}
            filtered={filtered}
            highlighted={highlighted}
            now={now}
            locale={locale}
            onOpenCard={open}
            dnd={columnDnd(status)}
          />
        ))}
      </div>
      <LiveAnnouncer announcement={announcement} />
    </div>
  );
}
