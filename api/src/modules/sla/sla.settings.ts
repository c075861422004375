import type { EntityManager } from '@mikro-orm/postgresql';
import { loadNow, thenNow, type Loaders } from '../../platform/graphql/loaders';
import { readSetting, settingsLoader, type SettingDef } from '../settings/settings.service';
import type { Severity } from '../triage/severity';
import { AT_RISK_FRACTION, SLA_TARGETS, type SlaTarget } from './sla.rules';

export interface SlaSettingsValue {
  targets: Record<Severity, SlaTarget>;
  atRiskPercent: number;
  /** Same unit + same category within this many days is a repeat (PRODUCT.md §4: 180). */
  repeatWindowDays: number;
  /** An unacknowledged emergency page escalates to the next person after this many minutes. */
  escalationAfterMinutes: number;
}

export const SLA_SETTINGS: SettingDef<SlaSettingsValue> = {
  key: 'sla',
  defaults: {
    targets: SLA_TARGETS,
    atRiskPercent: AT_RISK_FRACTION * 100,
    repeatWindowDays: 180,
    escalationAfterMinutes: 15,
  },
};

const merge = (stored: Partial<SlaSettingsValue> | undefined): SlaSettingsValue => ({
  ...SLA_SETTINGS.defaults,
  ...(stored ?? {}),
  targets: { ...SLA_SETTINGS.defaults.targets, ...(stored?.targets ?? {}) },
});

/** The stored value (a row read elsewhere, e.g. with raw SQL; undefined or null when none) over the defaults. */
export const slaSettingsOf = (stored: Partial<SlaSettingsValue> | null | undefined): SlaSettingsValue =>
  merge(stored ?? undefined);

export const readSlaSettings = async (em: EntityManager): Promise<SlaSettingsValue> =>
  merge(
    await readSetting<Partial<SlaSettingsValue>>(em, SLA_SETTINGS as SettingDef<Partial<SlaSettingsValue>>),
  );

/** The SLA settings, at once when the page statement primed them (a board page), otherwise through the loader. */
export const slaSettingsNow = (loaders: Loaders): SlaSettingsValue | Promise<SlaSettingsValue> =>
  thenNow(loadNow(loaders.custom(settingsLoader), SLA_SETTINGS.key), (stored) =>
    merge(stored as Partial<SlaSettingsValue> | undefined),
  );
