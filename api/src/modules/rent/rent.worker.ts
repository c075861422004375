import type { NotificationDeps } from '../notification/notification.service';
import { remindRentDue } from './rent.service';

/** Checks for rent coming due every `intervalMs` (and at start); returns a stop function. */
export const startRentReminders = (
  deps: NotificationDeps,
  intervalMs = 60 * 60 * 1000,
): (() => Promise<void>) => {
  let running: Promise<unknown> = Promise.resolve();
  const tick = (): void => {
    running = running
      .then(async () => {
        while ((await remindRentDue(deps)) > 0) {
          // a backlog (after downtime) goes out in batches
        }
      })
      .catch((error: unknown) => deps.logger.error({ err: error }, 'rent reminders failed'));
  };
  const timer = setInterval(tick, intervalMs);
  tick();
  return async () => {
    clearInterval(timer);
    await running;
  };
};
