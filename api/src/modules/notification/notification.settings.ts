import type { EntityManager } from '@mikro-orm/postgresql';
import { DateTime } from 'luxon';
import { UserFacingError } from '../../platform/graphql/user-error';
import { readSetting, writeSetting, type SettingDef } from '../settings/settings.service';
import {
  NotificationChannel,
  NotificationTemplateKey,
  PLACEHOLDERS,
  TEMPLATES,
  type Placeholder,
} from './notification.rules';

export interface CompanyProfileValue {
  name: string;
  logoUrl: string | null;
  replyTo: string | null;
}

export const COMPANY: SettingDef<CompanyProfileValue> = {
  key: 'company.profile',
  defaults: { name: 'Fixline Property Management', logoUrl: null, replyTo: null },
};

export type TemplateOverrides = Partial<Record<NotificationTemplateKey, { subject: string; body: string }>>;

export const TEMPLATE_OVERRIDES: SettingDef<TemplateOverrides> = {
  key: 'notification.templates',
  defaults: {},
};

/** A user's choices: channels per template (absent: the template's defaults) and quiet hours. */
export interface NotificationPreferencesValue {
  channels?: Partial<Record<NotificationTemplateKey, NotificationChannel[]>>;
  quietHours?: { start: string; end: string; timeZone: string } | null;
}

const SUBJECT_MAX = 200;
const BODY_MAX = 1000;
const field = (...path: string[]): string[] => ['input', ...path];

export const templateOf = (
  key: NotificationTemplateKey,
  overrides: TemplateOverrides,
): { subject: string; body: string } => overrides[key] ?? TEMPLATES[key];

/** Replaces `{name}` placeholders; values are plain text (email HTML escapes them when it renders). */
export const render = (text: string, values: Partial<Record<Placeholder, string>>): string =>
  text
    .replace(/\{(\w+)\}/g, (_m, name: string) => values[name as Placeholder] ?? '')
    .replace(/\s+/g, ' ')
    .trim();

const checkText = (text: string, max: number, path: string): string => {
  const trimmed = text.trim();
  if (trimmed.length === 0) throw UserFacingError.of('REQUIRED', `Write the ${path}.`, field(path));
  if (trimmed.length > max) {
    throw UserFacingError.of(
      'TOO_LONG',
      `The ${path} is limited to ${max} characters; this one has ${trimmed.length}.`,
      field(path),
    );
  }
  for (const [, name] of trimmed.matchAll(/\{(\w*)\}/g)) {
    if (!PLACEHOLDERS.includes(name as Placeholder)) {
      throw UserFacingError.of(
        'INVALID',
        `Unknown placeholder {${name}}; use one of ${PLACEHOLDERS.map((p) => `{${p}}`).join(', ')}.`,
        field(path),
      );
    }
  }
  return trimmed;
};

export const saveTemplate = async (
  em: EntityManager,
  input: { key: NotificationTemplateKey; subject: string; body: string },
): Promise<TemplateOverrides> => {
  const subject = checkText(input.subject, SUBJECT_MAX, 'subject');
  const body = checkText(input.body, BODY_MAX, 'body');
  const overrides = await readSetting(em, TEMPLATE_OVERRIDES);
  return writeSetting(em, TEMPLATE_OVERRIDES, { ...overrides, [input.key]: { subject, body } });
};

export const resetTemplate = async (
  em: EntityManager,
  key: NotificationTemplateKey,
): Promise<TemplateOverrides> => {
  const overrides = Object.fromEntries(
    Object.entries(await readSetting(em, TEMPLATE_OVERRIDES)).filter(([k]) => k !== key),
  ) as TemplateOverrides;
  return writeSetting(em, TEMPLATE_OVERRIDES, overrides);
};

export const saveCompany = async (
  em: EntityManager,
  input: { name: string; logoUrl?: string | null; replyTo?: string | null },
): Promise<CompanyProfileValue> => {
  const name = input.name.trim();
  if (name.length === 0) throw UserFacingError.of('REQUIRED', 'Give the company’s name.', field('name'));
  if (name.length > 120) {
    throw UserFacingError.of(
      'TOO_LONG',
      `The name is limited to 120 characters; this one has ${name.length}.`,
      field('name'),
    );
  }
  const logoUrl = input.logoUrl?.trim() || null;
  if (logoUrl !== null) {
    let url: URL | null = null;
    try {
      url = new URL(logoUrl);
    } catch {
      url = null;
    }
    if (url === null || !['https:', 'http:'].includes(url.protocol)) {
      throw UserFacingError.of(
        'INVALID',
        'The logo must be a full http(s) URL to an image, e.g. https://example.com/logo.png.',
        field('logoUrl'),
      );
    }
  }
  const replyTo = input.replyTo?.trim() || null;
  if (replyTo !== null && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(replyTo)) {
    throw UserFacingError.of('INVALID', `"${replyTo}" is not an email address.`, field('replyTo'));
  }
  return writeSetting(em, COMPANY, { name, logoUrl, replyTo });
};

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;

export const checkPreferences = (input: NotificationPreferencesValue): NotificationPreferencesValue => {
  const quiet = input.quietHours ?? null;
  if (quiet !== null) {
    for (const key of ['start', 'end'] as const) {
      if (!HHMM.test(quiet[key])) {
        throw UserFacingError.of(
          'INVALID',
          `Quiet hours ${key} must be a time like 22:00; got "${quiet[key]}".`,
          field('quietHours', key),
        );
      }
    }
    if (quiet.start === quiet.end) {
      throw UserFacingError.of(
        'INVALID',
        'Quiet hours must start and end at different times.',
        field('quietHours', 'end'),
      );
    }
    if (!DateTime.now().setZone(quiet.timeZone).isValid) {
      throw UserFacingError.of(
        'INVALID',
        `Unknown time zone "${quiet.timeZone}"; use an IANA name like Europe/Paris.`,
        field('quietHours', 'timeZone'),
      );
    }
  }
  return { channels: input.channels ?? {}, quietHours: quiet };
};

/** The channels a person gets a template on: their choice or the template's defaults; in-app always. */
export const channelsFor = (
  key: NotificationTemplateKey,
  prefs: NotificationPreferencesValue | null | undefined,
): NotificationChannel[] => {
  if (TEMPLATES[key].fixedChannels) return TEMPLATES[key].channels;
  const chosen = prefs?.channels?.[key] ?? TEMPLATES[key].channels;
  return [...new Set([NotificationChannel.IN_APP, ...chosen])];
};

/** When quiet hours (in the person's zone) end if `at` falls inside them; null otherwise. */
export const quietUntil = (prefs: NotificationPreferencesValue | null | undefined, at: Date): Date | null => {
  const quiet = prefs?.quietHours;
  if (!quiet) return null;
  const local = DateTime.fromJSDate(at).setZone(quiet.timeZone);
  const minutes = local.hour * 60 + local.minute;
  const [sh, sm] = quiet.start.split(':').map(Number) as [number, number];
  const [eh, em] = quiet.end.split(':').map(Number) as [number, number];
  const start = sh * 60 + sm;
  const end = eh * 60 + em;
  const inside = start < end ? minutes >= start && minutes < end : minutes >= start || minutes < end;
  if (!inside) return null;
  let until = local.set({ hour: eh, minute: em, second: 0, millisecond: 0 });
  if (until <= local) until = until.plus({ days: 1 });
  return until.toJSDate();
};

/** A browser's push endpoint: https (plain http too outside production, for local push services). */
export const checkPushEndpoint = (endpoint: string, allowHttp: boolean): void => {
  let url: URL | null = null;
  try {
    url = new URL(endpoint);
  } catch {
    url = null;
  }
  if (url === null || !(url.protocol === 'https:' || (allowHttp && url.protocol === 'http:'))) {
    throw UserFacingError.of('INVALID', 'The endpoint must be the https URL the browser gave.', [
      'input',
      'endpoint',
    ]);
  }
};
