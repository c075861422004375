import { ReferenceKind, type EntityMetadata, type EntityProperty, type Platform } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

type Assign = (target: Record<string, unknown>, row: Record<string, unknown>, em: EntityManager) => void;

const mappers = new WeakMap<EntityMetadata, Assign[]>();

/** How one property's value is made from its column's (not null), or null for a property a row does not carry. */
const converterOf = (
  platform: Platform,
  prop: EntityProperty,
): ((value: unknown, em: EntityManager) => unknown) | null => {
  if (prop.kind === ReferenceKind.MANY_TO_ONE || prop.kind === ReferenceKind.ONE_TO_ONE) {
    const target = prop.targetMeta?.class;
    if (target === undefined) return null;
    // the same reference em.map makes: from the identity map, or an uninitialized one
    const options = { wrapped: prop.ref === true } as const;
    return (id, em) => em.getReference(target, id as never, options);
  }
  if (prop.kind !== ReferenceKind.SCALAR) return null;
  const custom = prop.customType;
  if (custom !== undefined) return (value) => custom.convertToJSValue(value, platform);
  if (prop.runtimeType === 'Date') return (value) => new Date(value as string);
  return (value) => value;
};

/** How one property is read from a row (column names as the database has them, `to_jsonb` or a plain select). */
const assignerOf = (platform: Platform, prop: EntityProperty): Assign | null => {
  const column = prop.fieldNames?.[0];
  if (column === undefined || prop.persist === false || prop.formula !== undefined) return null;
  const convert = converterOf(platform, prop);
  if (convert === null) return null;
  const name = prop.name;
  return (to, row, em) => {
    const value = row[column];
    if (value !== undefined) to[name] = value === null ? null : convert(value, em);
  };
};

/**
 * A read-only instance of `entity` made from a database row, without the unit of work: what a list page's field
 * resolvers read (scalars, dates, JSON, references by id), at about a third of `em.map`'s cost, which also
 * validates, registers and snapshots each row for change tracking (a third of a 50-card board page's CPU;
 * bench/results/cpu-board.md). The instance is not managed: never persist, flush or populate it — load the entity
 * through the EntityManager to change it. Collections and lazy columns absent from the row stay unset.
 */
export const readRow = <T extends object>(
  em: EntityManager,
  entity: new () => T,
  row: Record<string, unknown>,
): T => {
  const meta = em.getMetadata().get<T>(entity.name);
  let assign = mappers.get(meta);
  if (assign === undefined) {
    const platform = em.getPlatform();
    assign = meta.props.map((prop) => assignerOf(platform, prop)).filter((a): a is Assign => a !== null);
    mappers.set(meta, assign);
  }
  const instance = Object.create(entity.prototype) as Record<string, unknown>;
  for (const set of assign) set(instance, row, em);
  return instance as T;
};
