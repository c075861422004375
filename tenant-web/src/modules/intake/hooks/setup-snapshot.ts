import type { IntakeSetupQuery as IntakeSetupData } from '../../../generated/graphql';

/**
 * The form's data (homes, categories, urgency levels, access profile) kept on this device, so a tenant can
 * report a problem offline: the app shell comes from the service worker, the form's data from here.
 */
const STORAGE_KEY = 'fixline.tenant.intakeSetup';

interface Snapshot {
  owner: string;
  data: IntakeSetupData;
}

const storage = (): Storage | null => {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const readSnapshot = (owner: string | null): IntakeSetupData | null => {
  if (!owner) return null;
  try {
    const parsed: unknown = JSON.parse(storage()?.getItem(STORAGE_KEY) ?? 'null');
    if (!isRecord(parsed) || parsed['owner'] !== owner || !isRecord(parsed['data'])) return null;
    const data = parsed['data'];
    if (!Array.isArray(data['categories']) || !Array.isArray(data['severityLevels'])) return null;
    return data as unknown as IntakeSetupData;
  } catch {
    return null;
  }
};

export const writeSnapshot = (owner: string | null, data: IntakeSetupData): void => {
  if (!owner || !data.viewer) return;
  try {
    const snapshot: Snapshot = { owner, data };
    storage()?.setItem(STORAGE_KEY, JSON.stringify(snapshot));
  } catch {
    // Storage full or unavailable: the form just won't open offline.
  }
};

/** Signing out forgets it (it holds the tenant's access details). */
export const clearIntakeSetupSnapshot = (): void => {
  try {
    storage()?.removeItem(STORAGE_KEY);
  } catch {
    // Nothing to do.
  }
};
