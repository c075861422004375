import { useApolloClient, useSubscription } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardWorkOrderChangedSubscription } from '../../../generated/graphql';
import {
  BoardColumnQuery,
  BoardWorkOrderChangedSubscription as ChangedSubscription,
} from '../graphql/board.graphql';

/** How long a new or changed card stays highlighted. */
export const HIGHLIGHT_MS = 2_500;
/** Bursts of events (a bulk import, a flurry of edits) become one refetch. */
const REFETCH_DEBOUNCE_MS = 200;

export interface LiveAnnouncement {
  id: number;
  text: string;
}

type Change = BoardWorkOrderChangedSubscription['workOrderChanged'];

/**
 * Keeps the board current: subscribes to work order changes, refetches the columns (a change can
 * move a card between columns or in or out of the filters), highlights the cards that changed,
 * and words each change for screen readers.
 */
export function useBoardLive(propertyIds: string[] | null) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [highlighted, setHighlighted] = useState<ReadonlySet<string>>(() => new Set());
  const [announcement, setAnnouncement] = useState<LiveAnnouncement | null>(null);
  const highlightTimers = useRef(new Map<string, ReturnType<typeof setTimeout>>());
  const refetchTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const announcementId = useRef(0);

  useEffect(() => {
    const timers = highlightTimers.current;
    return () => {
      timers.forEach((timer) => clearTimeout(timer));
      timers.clear();
      if (refetchTimer.current) clearTimeout(refetchTimer.current);
    };
  }, []);

  const highlight = useCallback((id: string) => {
    setHighlighted((current) => new Set(current).add(id));
    const timers = highlightTimers.current;
    const previous = timers.get(id);
    if (previous) clearTimeout(previous);
    timers.set(
      id,
      setTimeout(() => {
        timers.delete(id);
        setHighlighted((current) => {
          const next = new Set(current);
          next.delete(id);
          return next;
        });
      }, HIGHLIGHT_MS),
    );
  }, []);

  const scheduleRefetch = useCallback(() => {
    if (refetchTimer.current) clearTimeout(refetchTimer.current);
    refetchTimer.current = setTimeout(() => {
      refetchTimer.current = null;
      void client.refetchQueries({ include: [BoardColumnQuery] });
    }, REFETCH_DEBOUNCE_MS);
  }, [client]);

  const describe = useCallback(
    (change: Change): string => {
      const { number, title, status } = change.workOrder;
      if (change.kind === 'CREATED') return t('live.created', { number, title });
      return t('live.changed', {
        number,
        title,
        change: t(`changeKind.${change.kind}`),
        status: t(`status.${status}`),
      });
    },
    [t],
  );

  const { error } = useSubscription(ChangedSubscription, {
    variables: { filter: propertyIds ? { propertyIds } : null },
    onData: ({ data }) => {
      const change = data.data?.workOrderChanged;
      if (!change) return;
      // The card's own fields are already in the cache (normalised by id); the columns need a refetch.
      scheduleRefetch();
      highlight(change.workOrder.id);
      announcementId.current += 1;
      setAnnouncement({ id: announcementId.current, text: describe(change) });
      if (change.kind === 'CREATED' && change.workOrder.priority === 'EMERGENCY') {
        notifications.show({
          color: 'red',
          title: t('live.emergencyTitle'),
          message: t('live.emergencyBody', {
            number: change.workOrder.number,
            title: change.workOrder.title,
          }),
        });
      }
    },
  });

  return { highlighted, announcement, subscriptionError: error ?? null };
}
