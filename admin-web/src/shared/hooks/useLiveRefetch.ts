import { useSubscription } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import { WorkOrderListChangedSubscription } from '../graphql/live.graphql';

const DEBOUNCE_MS = 250;

/** Reloads a list when a work order the viewer may see changes; a burst of changes is one reload. */
export function useLiveRefetch(refetch: () => Promise<unknown>, skip = false) {
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );
  const { error } = useSubscription(WorkOrderListChangedSubscription, {
    skip,
    onData: () => {
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        timer.current = null;
        void refetch();
      }, DEBOUNCE_MS);
    },
  });
  return { liveError: error ?? null };
}
