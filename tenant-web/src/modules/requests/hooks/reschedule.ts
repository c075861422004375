import type { TFunction } from 'i18next';
import type { TimeWindowInput } from '../../../generated/graphql';
import { zonedWallTimeToIso } from '../../../shared/zoned-time';

export const MAX_RESCHEDULE_WINDOWS = 3;
export const REASON_MAX = 1000;

/** Where the api's `userErrors` of `requestReschedule` land (`windows.1.endsAt` → `windows.1`). */
export const RESCHEDULE_FIELD_KEYS: readonly string[] = [
  'windows',
  ...Array.from({ length: MAX_RESCHEDULE_WINDOWS }, (_, index) => `windows.${index}`),
  'reason',
];

export interface WindowDraft {
  /** Stable React key. */
  key: string;
  /** yyyy-mm-dd, in the property's time zone. */
  date: string;
  /** HH:mm, in the property's time zone. */
  from: string;
  to: string;
}

export interface RescheduleDraft {
  windows: WindowDraft[];
  reason: string;
}

let keySequence = 0;
export const newWindowDraft = (): WindowDraft => {
  keySequence += 1;
  return { key: `window-${keySequence}`, date: '', from: '', to: '' };
};

export const emptyRescheduleDraft = (): RescheduleDraft => ({ windows: [newWindowDraft()], reason: '' });

export interface RescheduleCheck {
  /** Translated messages by field key (`reason`, `windows`, `windows.<index>`); empty when valid. */
  errors: Partial<Record<string, string>>;
  /** The input's windows, as UTC instants; only meaningful when `errors` is empty. */
  windows: TimeWindowInput[];
  reason: string;
}

/**
 * 1–3 complete windows that end after they start and start in the future (wall times in the property's
 * time zone), and a reason.
 */
export const checkReschedule = (
  draft: RescheduleDraft,
  timeZone: string,
  t: TFunction,
  now: number = Date.now(),
): RescheduleCheck => {
  const errors: Partial<Record<string, string>> = {};
  const windows: TimeWindowInput[] = [];

  if (draft.windows.length === 0) errors['windows'] = t('reschedule.windowsRequired');
  draft.windows.forEach((window, index) => {
    const startsAt = zonedWallTimeToIso(window.date, window.from, timeZone);
    const endsAt = zonedWallTimeToIso(window.date, window.to, timeZone);
    const key = `windows.${index}`;
    if (!startsAt || !endsAt) errors[key] = t('reschedule.windowIncomplete');
    else if (Date.parse(endsAt) <= Date.parse(startsAt)) errors[key] = t('reschedule.windowOrder');
    else if (Date.parse(startsAt) <= now) errors[key] = t('reschedule.windowPast');
    else windows.push({ startsAt, endsAt });
  });

  const reason = draft.reason.trim();
  if (!reason) errors['reason'] = t('reschedule.reasonRequired');
  else if (reason.length > REASON_MAX) errors['reason'] = t('reschedule.reasonTooLong', { max: REASON_MAX });

  return { errors, windows, reason };
};
