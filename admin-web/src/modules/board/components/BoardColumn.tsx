import { Alert, Badge, Button, EmptyState, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconAlertCircle, IconArrowBarToDown, IconInbox } from '@tabler/icons-react';
import type { DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardCardFragment, WorkOrderStatus } from '../../../generated/graphql';
import type { DropAction } from '../../dispatch/actions';
import { BoardCard, CARD_DRAG_TYPE } from './BoardCard';
import classes from './BoardColumn.module.css';

/** Drag and drop state of one column while a card is dragged (all null/none when nothing is). */
export interface ColumnDnd {
  /** null: nothing is dragged; allowed/over: the dragged card can be dropped here; none: it cannot. */
  dropState: 'allowed' | 'over' | 'none' | null;
  /** The action dropping here starts. */
  dropAction: DropAction | null;
  draggingId: string | null;
  canDrag: (card: BoardCardFragment) => boolean;
  onCardDragStart: (card: BoardCardFragment) => void;
  onCardDragEnd: () => void;
  onDragOver: (status: WorkOrderStatus) => void;
  onDragLeave: (status: WorkOrderStatus) => void;
  onDrop: (status: WorkOrderStatus) => void;
}

function carriesCard(event: DragEvent): boolean {
  return Array.from(event.dataTransfer.types).includes(CARD_DRAG_TYPE);
}

export interface BoardColumnProps {
  status: WorkOrderStatus;
  cards: readonly BoardCardFragment[];
  totalCount: number | null;
  /** False when a text search matched more than the api counts: the total reads "1,000+". */
  totalCountExact: boolean;
  loading: boolean;
  error: boolean;
  filtered: boolean;
  highlighted: ReadonlySet<string>;
  now: number;
  locale: string;
  /** More cards exist than are shown; `canLoadMore` says whether a bigger page can be asked for. */
  hasMore: boolean;
  canLoadMore: boolean;
  loadingMore: boolean;
  onLoadMore: () => void;
  onRetry: () => void;
  onOpenCard: (id: string) => void;
  dnd: ColumnDnd;
}

function ColumnSkeleton() {
  return (
    <Stack gap={8} aria-hidden>
      {[0, 1, 2].map((index) => (
        <Skeleton key={index} height={112} radius="md" />
      ))}
    </Stack>
  );
}

export function BoardColumn(props: BoardColumnProps) {
  const {
    status,
    cards,
    totalCount,
    totalCountExact,
    loading,
    error,
    filtered,
    highlighted,
    now,
    locale,
    dnd,
  } = props;
  const totalText =
    totalCount === null ? null : `${totalCount.toLocaleString(locale)}${totalCountExact ? '' : '+'}`;
  const { t } = useTranslation();
  const headingId = `board-column-${status}-heading`;
  const showSkeleton = loading && cards.length === 0 && !error;

  let body;
  if (showSkeleton) {
    body = <ColumnSkeleton />;
  } else if (error && cards.length === 0) {
    body = (
      <Alert color="red" variant="light" icon={<IconAlertCircle size={18} aria-hidden />} role="alert" p="sm">
        <Text size="sm" mb="xs">
          {t('board.columnError')}
        </Text>
        <Button size="xs" variant="light" color="red" onClick={props.onRetry}>
          {t('common.retry')}
        </Button>
      </Alert>
    );
  } else if (cards.length === 0) {
    body = (
      <EmptyState
        size="sm"
        icon={<IconInbox size={20} aria-hidden />}
        title={t(filtered ? 'board.emptyFiltered.title' : `board.empty.${status}.title`)}
        description={t(filtered ? 'board.emptyFiltered.description' : `board.empty.${status}.description`)}
        py="lg"
      />
    );
  } else {
    body = (
      <>
        <ul className={classes.list} aria-labelledby={headingId}>
          {cards.map((card) => (
            <li key={card.id}>
              <BoardCard
                card={card}
                highlighted={highlighted.has(card.id)}
                now={now}
                locale={locale}
                onOpen={props.onOpenCard}
                draggable={dnd.canDrag(card)}
                dragging={dnd.draggingId === card.id}
                onDragStart={dnd.onCardDragStart}
                onDragEnd={dnd.onCardDragEnd}
              />
            </li>
          ))}
        </ul>
        {props.hasMore && (
          <Stack gap={4} align="center" mt="sm">
            <Text size="xs" c="dimmed" ta="center">
              {t('board.showingOf', { shown: cards.length, total: totalText ?? cards.length })}
            </Text>
            {props.canLoadMore ? (
              <Button size="xs" variant="subtle" loading={props.loadingMore} onClick={props.onLoadMore}>
                {t('board.loadMore')}
              </Button>
            ) : (
              <Text size="xs" c="dimmed" ta="center">
                {t('board.narrowWithFilters')}
              </Text>
            )}
          </Stack>
        )}
      </>
    );
  }

  const accepts = dnd.dropAction !== null;
  const handleDragOver = (event: DragEvent<HTMLElement>) => {
    if (!accepts || !carriesCard(event)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'move';
    if (dnd.dropState !== 'over') dnd.onDragOver(status);
  };
  const handleDragLeave = (event: DragEvent<HTMLElement>) => {
    const next = event.relatedTarget;
    if (next instanceof Node && event.currentTarget.contains(next)) return;
    if (dnd.dropState === 'over') dnd.onDragLeave(status);
  };
  const handleDrop = (event: DragEvent<HTMLElement>) => {
    if (!accepts || !carriesCard(event)) return;
    event.preventDefault();
    dnd.onDrop(status);
  };

  return (
    <section
      className={classes.column}
      aria-labelledby={headingId}
      aria-busy={loading || undefined}
      data-testid={`board-column-${status}`}
      data-drop={dnd.dropState ?? undefined}
      onDragEnter={handleDragOver}
      onDragOver={handleDragOver}
      onDragLeave={handleDragLeave}
      onDrop={handleDrop}
    >
      <header className={classes.header}>
        <Title order={3} size="h6" id={headingId} tt="uppercase" c="dimmed" lts={0.4}>
          {t(`status.${status}`)}
        </Title>
        <Badge
          variant="default"
          radius="sm"
          size="sm"
          data-testid="board-column-count"
          aria-label={
            totalCount !== null
              ? totalCountExact
                ? t('board.count', { count: totalCount })
                : t('board.countAtLeast', { count: totalCount })
              : loading
                ? t('common.loading')
                : t('board.countUnavailable')
          }
        >
          {totalText ?? '–'}
        </Badge>
      </header>
      {dnd.dropAction && (dnd.dropState === 'allowed' || dnd.dropState === 'over') && (
        <div className={classes.dropHint} aria-hidden>
          <Text
            size="xs"
            c="indigo.7"
            fw={600}
            span
            style={{ display: 'inline-flex', gap: 4, alignItems: 'center' }}
          >
            <IconArrowBarToDown size={14} />
            {t(`board.drop.${dnd.dropAction}`)}
          </Text>
        </div>
      )}
      <div className={classes.body}>{body}</div>
    </section>
  );
}
