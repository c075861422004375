import { UserError } from '../../platform/graphql/user-error';
import type { StoredWindow } from '../work-order/time-window';

export const MAX_WINDOW_HOURS = 12;
export const MAX_PROPOSED_WINDOWS = 3;

export interface Window {
  startsAt: Date;
  endsAt: Date;
}

/** End after start, not over, at most 12 hours: the rules every appointment or proposed window follows. */
export const windowErrors = (window: Window, now: Date, field: string[]): UserError[] => {
  const { startsAt, endsAt } = window;
  if (endsAt.getTime() <= startsAt.getTime())
    return [UserError.of('INVALID_WINDOW', 'The window must end after it starts.', field)];
  if (startsAt.getTime() <= now.getTime())
    return [UserError.of('IN_THE_PAST', 'Choose a time in the future.', field)];
  const hours = (endsAt.getTime() - startsAt.getTime()) / 3_600_000;
  if (hours > MAX_WINDOW_HOURS) {
    return [
      UserError.of(
        'INVALID_WINDOW',
        `A window is at most ${MAX_WINDOW_HOURS} hours; this one is ${hours.toFixed(1)}.`,
        field,
      ),
    ];
  }
  return [];
};

/** Inside one of the tenant's availability windows (no windows given means any time suits them). */
export const withinAvailability = (window: Window, availability: readonly StoredWindow[]): boolean =>
  availability.length === 0 ||
  availability.some(
    (a) =>
      window.startsAt.getTime() >= Date.parse(a.startsAt) && window.endsAt.getTime() <= Date.parse(a.endsAt),
  );
