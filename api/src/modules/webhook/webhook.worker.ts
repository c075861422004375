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
    async (stopped) => {
      // drain the backlog: a batch that came back short left nothing behind (later events tick again)
      while (!stopped() && (await fanOutEvents(deps, FAN_OUT_BATCH)) === FAN_OUT_BATCH) {
        // next batch
      }
    },
    intervalMs,
    (error) => deps.logger.error({ err: error }, 'webhook fan-out failed'),
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
