import type { Jobs } from '../../platform/jobs/jobs';
import type { FixlinePubSub } from '../../platform/pubsub/pubsub';
import { Topic } from '../../platform/pubsub/pubsub';
import { DELIVER_JOB, deliver, fanOutEvents, type WebhookDeps } from './webhook.service';

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
  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;
  const tick = (): void => {
    if (stopped) return;
    running = running
      .then(async () => {
        while (!stopped && (await fanOutEvents(deps)) > 0) {
          // drain the backlog
        }
      })
      .catch((error: unknown) => deps.logger.error({ err: error }, 'webhook fan-out failed'));
  };
  const timer = setInterval(tick, intervalMs);
  const changes = pubSub.subscribe(Topic.WORK_ORDER_CHANGED);
  void (async () => {
    for await (const _event of changes) tick();
  })();
  tick();
  return async () => {
    stopped = true;
    clearInterval(timer);
    await changes.return?.();
    await running;
  };
};
