import type { Jobs } from '../../platform/jobs/jobs';
import { startTicker } from '../../platform/jobs/ticker';
import type { FixlinePubSub } from '../../platform/pubsub/pubsub';
import { Topic } from '../../platform/pubsub/pubsub';
import {
  DELIVER_JOB,
  FOLLOW_UP_JOB,
  deliver,
  FAN_OUT_BATCH,
  fanOutNotifications,
  followUp,
  recoverStaleClaims,
  type NotificationDeps,
} from './notification.service';

/** Stale claims are looked for every this many ticker intervals. */
const RECOVER_EVERY_TICKS = 5;

/**
 * Runs the notification consumer: fans out new outbox events (polling every `intervalMs`, and at once after a
 * local change), takes back claims of dead workers, and delivers queued notifications. Returns a stop function.
 */
export const startNotificationWorker = async (
  deps: NotificationDeps,
  jobs: Jobs,
  pubSub: FixlinePubSub,
  intervalMs = 1000,
): Promise<() => Promise<void>> => {
  await jobs.work<{ notificationId: number }>(DELIVER_JOB, (data) => deliver(deps, data.notificationId), {
    batchSize: 25,
    parallel: true,
  });
  await jobs.work<{ workOrderId: number; eventId: number }>(FOLLOW_UP_JOB, (data) => followUp(deps, data));
  let recovered = Date.now();
  const ticker = startTicker(
    async () => {
      // one batch per run: a full one may have left more behind, so run again at once (after the gate: a backlog
      // drains between requests, not ahead of them); a short one left nothing (later events tick again)
      const size = jobs.foreground?.batch(FAN_OUT_BATCH) ?? FAN_OUT_BATCH;
      if ((await fanOutNotifications(deps, size)) === size) ticker.tick();
      if (Date.now() - recovered >= RECOVER_EVERY_TICKS * intervalMs) {
        recovered = Date.now();
        await recoverStaleClaims(deps);
      }
    },
    intervalMs,
    (error) => deps.logger.error({ err: error }, 'notification fan-out failed'),
    jobs.foreground,
  );
  const changes = pubSub.subscribe(Topic.WORK_ORDER_CHANGED);
  void (async () => {
    for await (const _event of changes) ticker.tick();
  })();
  return async () => {
    const stopping = ticker.stop(); // no new runs from here on
    await changes.return?.();
    await stopping;
  };
};
