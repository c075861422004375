import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { Setting } from './setting.entity';

/** A setting with its shipped default; the stored value wins when present. */
export interface SettingDef<T> {
  key: string;
  defaults: T;
}

/** A setting's value from its stored row's (null: none stored, the defaults apply). */
export const settingValue = <T>(def: SettingDef<T>, stored: unknown): T =>
  stored === null || stored === undefined ? def.defaults : (stored as T);

export const readSetting = async <T>(em: EntityManager, def: SettingDef<T>): Promise<T> => {
  const row = await em.findOne(Setting, { key: def.key });
  return settingValue(def, row?.value);
};

export const writeSetting = async <T>(em: EntityManager, def: SettingDef<T>, value: T): Promise<T> => {
  await em.upsert(Setting, { key: def.key, value, updatedAt: new Date() });
  return value;
};

/** Settings of one request, by key, in one statement per batch. */
export const settingsLoader = (em: EntityManager): DataLoader<string, unknown> =>
  new DataLoader(async (keys) => {
    const rows = await em.find(Setting, { key: { $in: [...keys] } });
    const byKey = new Map(rows.map((r) => [r.key, r.value]));
    return keys.map((k) => byKey.get(k));
  });
