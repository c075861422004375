import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkOrderStatus } from '../../../generated/graphql';

export interface WatchedRequest {
  id: string;
  number: number;
  status: WorkOrderStatus;
}

export interface StatusChanges {
  /** Text for a polite live region, e.g. "Request #12 is now Assigned." */
  announcement: string;
  /** Requests whose status just changed, to highlight them briefly. */
  changedIds: ReadonlySet<string>;
}

const HIGHLIGHT_MS = 2500;
const EMPTY: ReadonlySet<string> = new Set();

/**
 * Notices status changes in the requests on screen (from a subscription or a refetch) and phrases them
 * for screen readers. The first render only records the current statuses.
 */
export const useStatusChanges = (requests: readonly WatchedRequest[] | undefined): StatusChanges => {
  const { t } = useTranslation();
  const known = useRef<Map<string, WorkOrderStatus> | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [changedIds, setChangedIds] = useState<ReadonlySet<string>>(EMPTY);

  useEffect(() => {
    if (!requests) return undefined;
    const previous = known.current;
    known.current = new Map(requests.map((request) => [request.id, request.status]));
    if (!previous) return undefined;

    const changed = requests.filter((request) => {
      const before = previous.get(request.id);
      return before !== undefined && before !== request.status;
    });
    if (changed.length === 0) return undefined;

    setAnnouncement(
      changed
        .map((request) =>
          t('status.announce', { number: request.number, status: t(`status.${request.status}`) }),
        )
        .join(' '),
    );
    setChangedIds(new Set(changed.map((request) => request.id)));
    const timer = window.setTimeout(() => setChangedIds(EMPTY), HIGHLIGHT_MS);
    return () => window.clearTimeout(timer);
  }, [requests, t]);

  return { announcement, changedIds };
};
