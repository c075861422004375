import type { Jobs } from '../../platform/jobs/jobs';
import { startTicker } from '../../platform/jobs/ticker';
import type { FixlinePubSub } from '../../platform/pubsub/pubsub';
import { Topic } from '../../platform/pubsub/pubsub';
import { DELIVER_JOB, FAN_OUT_BATCH, deliver, fanOutEvents, type WebhookDeps } from './webhook.service';

/**
 * Runs the webhook consumer: fans out new events (polling the outbox every `intervalMs`, and at once after a local
 * change) and delivers queued attempts. Returns a stop function.
 */
export const startWebhookWorker = async (
  deps: WebhookDeps,
  jobs: Jobs,
  pubSub: FixlinePubSub,
  intervalMs = 1000,
): Promise<() => Promise<void>> => {
  await jobs.work<{ deliveryId: number }>(DELIVER_JOB, (data) => deliver(deps, data.deliveryId));
  const ticker = startTicker(
    async () => {
      // one batch per run, again at once (after the gate) when it was full: see the notification worker
      const size = jobs.foreground?.batch(FAN_OUT_BATCH) ?? FAN_OUT_BATCH;
      if ((await fanOutEvents(deps, size)) === size) ticker.tick();
    },
    intervalMs,
    (error) => deps.logger.error({ err: error }, 'webhook fan-out failed'),
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
