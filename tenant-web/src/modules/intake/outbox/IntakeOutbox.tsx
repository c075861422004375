import { useApolloClient } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { useTranslation } from 'react-i18next';
import { useSession, useSessionOwner } from '../../auth/hooks/session';
import { sendQueued, type SendOutcome } from './outbox-sender';
import { deleteQueued, getQueued, listQueued, putQueued, type QueuedIntake } from './outbox-store';

/** What the intake flow hands over when it can't send now. */
export type NewQueuedIntake = Pick<QueuedIntake, 'input' | 'draft' | 'files' | 'summary'>;

export interface IntakeOutboxValue {
  /** The signed-in tenant's requests kept on this device, oldest first. */
  items: readonly QueuedIntake[];
  /** The request being sent right now, if any. */
  sendingKey: string | null;
  /** Keeps a request on this device and sends it as soon as possible; false if it couldn't be stored. */
  enqueue: (entry: NewQueuedIntake) => Promise<boolean>;
  /** Forgets a queued request (after the tenant confirmed, or once sent by the form itself). */
  discard: (idempotencyKey: string) => Promise<void>;
  /** Tries the waiting requests now, whatever their backoff says. */
  sendNow: () => void;
  /** The photos and videos of a queued request that never went up, to put back into the form. */
  localFiles: (idempotencyKey: string) => Promise<File[]>;
}

const noop = async (): Promise<void> => undefined;

const OutboxContext = createContext<IntakeOutboxValue>({
  items: [],
  sendingKey: null,
  enqueue: async () => false,
  discard: noop,
  sendNow: () => undefined,
  localFiles: async () => [],
});

const LOCK_NAME = 'fixline-intake-outbox';
const CHANNEL_NAME = 'fixline-intake-outbox';
const FIRST_RETRY_MS = 5_000;
const MAX_RETRY_MS = 5 * 60_000;
const MIN_TIMER_MS = 1_000;

/** 5 s, 10 s, 20 s … up to 5 min, ±20 % so that many phones coming back online don't retry in step. */
const retryDelay = (attempts: number): number =>
  Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.min(Math.max(0, attempts - 1), 10)) *
  (0.8 + Math.random() * 0.4);

/** One sender across this browser's tabs (a tab that finds it taken skips this round). */
const withOutboxLock = async (work: () => Promise<void>): Promise<void> => {
  if (!('locks' in navigator) || typeof navigator.locks.request !== 'function') {
    await work();
    return;
  }
  await navigator.locks.request(LOCK_NAME, { ifAvailable: true }, async (lock) => {
    if (lock) await work();
  });
};

const openChannel = (): BroadcastChannel | null => {
  try {
    return typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL_NAME) : null;
  } catch {
    return null;
  }
};

/**
 * The intake outbox: requests made without a connection wait in IndexedDB (with their idempotency key and
 * their photos) and are sent when the connection returns (the `online` event, the app's start, and a retry
 * with backoff). A request leaves the outbox only once the server has answered: created, or refused with
 * reasons (then it stays, marked, for the tenant to edit or discard).
 */
export const IntakeOutboxProvider = ({ children }: { children: ReactNode }) => {
  const { t } = useTranslation();
  const client = useApolloClient();
  const { token } = useSession();
  const owner = useSessionOwner();
  const [items, setItems] = useState<QueuedIntake[]>([]);
  const [sendingKey, setSendingKey] = useState<string | null>(null);

  // The loop reads the current session through this, so a flush started before a sign-out can tell.
  const latest = useRef({ client, token, owner, t });
  useEffect(() => {
    latest.current = { client, token, owner, t };
  });
  const running = useRef(false);
  const timer = useRef<number | null>(null);
  const channel = useRef<BroadcastChannel | null>(null);

  const reload = useCallback(async (): Promise<QueuedIntake[]> => {
    const current = latest.current.owner;
    if (!current) {
      setItems([]);
      return [];
    }
    try {
      const records = await listQueued(current);
      if (latest.current.owner === current) setItems(records);
      return records;
    } catch {
      setItems([]);
      return [];
    }
  }, []);

  const changed = useCallback(async (): Promise<QueuedIntake[]> => {
    channel.current?.postMessage('changed');
    return reload();
  }, [reload]);

  const settle = useCallback(async (record: QueuedIntake, outcome: SendOutcome): Promise<void> => {
    const { t: translate } = latest.current;
    const key = record.idempotencyKey;
    switch (outcome.kind) {
      case 'sent': {
        await deleteQueued(key);
        notifications.show({
          color: 'teal',
          title: translate('outbox.sentTitle'),
          message: translate('outbox.sentBody', {
            title: outcome.request.title,
            number: translate('common.number', { number: outcome.request.number }),
          }),
        });
        return;
      }
      case 'refused': {
        // The stored copy may have moved on (files uploaded meanwhile): start from it.
        const stored = await getQueued(key);
        if (!stored) return;
        await putQueued({ ...stored, state: 'failed', errors: outcome.errors });
        notifications.show({
          color: 'red',
          title: translate('outbox.refusedTitle'),
          message: translate('outbox.refusedBody', { title: record.summary.title }),
        });
        return;
      }
      case 'retry':
      case 'stop': {
        // No answer, or the session was refused: back off (a new sign-in or the `online` event retries at once).
        const stored = await getQueued(key);
        if (!stored) return;
        const attempts = stored.attempts + 1;
        await putQueued({ ...stored, attempts, nextAttemptAt: Date.now() + retryDelay(attempts) });
        return;
      }
    }
  }, []);

  const flushRef = useRef<(force: boolean) => Promise<void>>(noop);

  const schedule = useCallback((records: readonly QueuedIntake[]): void => {
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = null;
    const waiting = records.filter((record) => record.state === 'waiting');
    if (waiting.length === 0) return;
    const next = Math.min(...waiting.map((record) => record.nextAttemptAt));
    timer.current = window.setTimeout(
      () => void flushRef.current(false),
      Math.max(MIN_TIMER_MS, next - Date.now()),
    );
  }, []);

  const flush = useCallback(
    async (force: boolean): Promise<void> => {
      const { client: session, token: sessionToken, owner: sessionOwner } = latest.current;
      if (!sessionToken || !sessionOwner || running.current) return;
      if (!navigator.onLine) return; // the `online` event brings us back
      running.current = true;
      try {
        await withOutboxLock(async () => {
          const now = Date.now();
          const due = (await listQueued(sessionOwner)).filter(
            (record) => record.state === 'waiting' && (force || record.nextAttemptAt <= now),
          );
          for (const record of due) {
            // Signed out (or in as someone else) meanwhile: this session's token no longer applies.
            if (latest.current.token !== sessionToken) break;
            setSendingKey(record.idempotencyKey);
            const outcome = await sendQueued(record, {
              client: session,
              token: sessionToken,
              save: putQueued,
              uploadRefused: latest.current.t('uploads.failed'),
            });
            await settle(record, outcome);
            // No network or no session: the next ones won't fare better right now.
            if (outcome.kind === 'retry' || outcome.kind === 'stop') break;
          }
        });
      } catch {
        // IndexedDB unavailable: nothing can be queued on this browser anyway.
      } finally {
        running.current = false;
        setSendingKey(null);
        schedule(await changed());
      }
    },
    [changed, schedule, settle],
  );

  useEffect(() => {
    flushRef.current = flush;
  }, [flush]);

  // The app's start (and each new session): show what waits, and try it at once.
  useEffect(() => {
    void reload().then(() => flushRef.current(true));
  }, [owner, reload]);

  useEffect(() => {
    const onOnline = (): void => void flushRef.current(true);
    const onVisible = (): void => {
      if (document.visibilityState === 'visible') void flushRef.current(false);
    };
    window.addEventListener('online', onOnline);
    document.addEventListener('visibilitychange', onVisible);
    const opened = openChannel();
    channel.current = opened;
    if (opened) opened.onmessage = () => void reload();
    return () => {
      window.removeEventListener('online', onOnline);
      document.removeEventListener('visibilitychange', onVisible);
      opened?.close();
      channel.current = null;
      if (timer.current !== null) window.clearTimeout(timer.current);
      timer.current = null;
    };
  }, [reload]);

  const enqueue = useCallback(
    async (entry: NewQueuedIntake): Promise<boolean> => {
      const current = latest.current.owner;
      if (!current) return false;
      try {
        await putQueued({
          ...entry,
          idempotencyKey: entry.draft.idempotencyKey,
          owner: current,
          createdAt: new Date().toISOString(),
          state: 'waiting',
          attempts: 0,
          nextAttemptAt: 0,
          errors: [],
        });
      } catch {
        // Private browsing, storage full (large videos), or no IndexedDB at all.
        return false;
      }
      await changed();
      void flushRef.current(true);
      return true;
    },
    [changed],
  );

  const discard = useCallback(
    async (idempotencyKey: string): Promise<void> => {
      try {
        await deleteQueued(idempotencyKey);
      } catch {
        return;
      }
      await changed();
    },
    [changed],
  );

  const sendNow = useCallback(() => void flushRef.current(true), []);

  const localFiles = useCallback(async (idempotencyKey: string): Promise<File[]> => {
    try {
      const record = await getQueued(idempotencyKey);
      return (record?.files ?? []).map((file) => new File([file.blob], file.name, { type: file.type }));
    } catch {
      return [];
    }
  }, []);

  const value = useMemo<IntakeOutboxValue>(
    () => ({ items, sendingKey, enqueue, discard, sendNow, localFiles }),
    [items, sendingKey, enqueue, discard, sendNow, localFiles],
  );

  return <OutboxContext.Provider value={value}>{children}</OutboxContext.Provider>;
};

export const useIntakeOutbox = (): IntakeOutboxValue => useContext(OutboxContext);
