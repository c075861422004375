import { startTicker } from '../../platform/jobs/ticker';
import type { NotificationDeps } from '../notification/notification.service';
import { remindRentDue } from './rent.service';

/** Checks for rent coming due every `intervalMs` (and at start); returns a stop function. */
export const startRentReminders = (
  deps: NotificationDeps,
  intervalMs = 60 * 60 * 1000,
): (() => Promise<void>) =>
  startTicker(
    async (stopped) => {
      while (!stopped() && (await remindRentDue(deps)) > 0) {
        // a backlog (after downtime) goes out in batches
      }
    },
    intervalMs,
    (error) => deps.logger.error({ err: error }, 'rent reminders failed'),
  ).stop;
