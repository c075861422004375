import type {
  NotificationChannel,
  NotificationPreferencesFieldsFragment,
  NotificationTemplateKey,
  UpdateNotificationPreferencesInput,
} from '../../generated/graphql';
import { browserTimeZone } from '../../shared/zoned-time';

/** The channels in the order the screen shows them. In-app is always on. */
export const CHANNELS: readonly NotificationChannel[] = ['IN_APP', 'EMAIL', 'SMS', 'PUSH'];

/** Quiet hours the switch proposes when there were none: the night. */
const DEFAULT_QUIET_START = '22:00';
const DEFAULT_QUIET_END = '07:00';

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;

export interface PreferencesDraft {
  events: { template: NotificationTemplateKey; channels: NotificationChannel[] }[];
  quietHours: { enabled: boolean; start: string; end: string; timeZone: string };
}

/** The form's starting point: the saved preferences; quiet hours off default to the night, here. */
export const draftFrom = (preferences: NotificationPreferencesFieldsFragment): PreferencesDraft => ({
  events: preferences.events.map((event) => ({ template: event.template, channels: [...event.channels] })),
  quietHours: preferences.quietHours
    ? { enabled: true, ...preferences.quietHours }
    : { enabled: false, start: DEFAULT_QUIET_START, end: DEFAULT_QUIET_END, timeZone: browserTimeZone() },
});

/** Field keys the form shows messages next to. */
export type PreferencesField = 'quietHours.start' | 'quietHours.end';

export interface PreferencesCheck {
  errors: Partial<Record<PreferencesField, 'required' | 'invalid' | 'same'>>;
  input: UpdateNotificationPreferencesInput;
}

/** `input: ["input", "quietHours", "start"]`-style paths the api's userErrors point at, as form fields. */
export const preferencesFieldOf = (path: string): PreferencesField | null =>
  path === 'quietHours.start' || path === 'quietHours.end' ? path : null;

/** Checks the quiet hours (times like 22:00, not equal) and builds the mutation's input. */
export const checkPreferences = (draft: PreferencesDraft): PreferencesCheck => {
  const errors: PreferencesCheck['errors'] = {};
  const { enabled, start, end, timeZone } = draft.quietHours;
  if (enabled) {
    if (!start) errors['quietHours.start'] = 'required';
    else if (!HHMM.test(start)) errors['quietHours.start'] = 'invalid';
    if (!end) errors['quietHours.end'] = 'required';
    else if (!HHMM.test(end)) errors['quietHours.end'] = 'invalid';
    else if (start === end) errors['quietHours.end'] = 'same';
  }
  return {
    errors,
    input: {
      events: draft.events.map((event) => ({
        template: event.template,
        channels: CHANNELS.filter((channel) => channel === 'IN_APP' || event.channels.includes(channel)),
      })),
      quietHours: enabled ? { start, end, timeZone } : null,
    },
  };
};
