import {
  Reference,
  ReferenceKind,
  type EntityMetadata,
  type EntityProperty,
  type Platform,
} from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

type Assign = (target: Record<string, unknown>, row: Record<string, unknown>) => void;

interface RowMapper {
  /** The prototype read rows get: the entity's, with each mapped property shadowed by a plain writable slot. */
  prototype: object;
  assign: Assign[];
}

const mappers = new WeakMap<EntityMetadata, RowMapper>();

/**
 * MikroORM puts a one-time setter for every tracked property on the entity's prototype; the first assignment makes
 * the instance's change-tracking helper and redefines the property on the instance. A read row needs neither: its
 * instances inherit from a prototype that shadows those setters with plain data slots, so an assignment is a plain
 * own property (and `instanceof` still holds).
 */
const shadowOf = (meta: EntityMetadata): object => {
  const slots: PropertyDescriptorMap = {};
  for (const prop of meta.props) {
    slots[prop.name] = { value: undefined, writable: true, enumerable: false, configurable: true };
  }
  return Object.create(meta.prototype as object, slots) as object;
};

/**
 * A read-only reference to `target`'s row `id`: an unmanaged instance holding only its key, wrapped like a `Ref`
 * where the property is one (`.id`, `unwrap()`); what em.map would make, without registering it in the unit of work.
 */
const referenceTo = (target: RowMapper, pk: string, wrapped: boolean): ((id: unknown) => unknown) => {
  return (id) => {
    const entity = Object.create(target.prototype) as Record<string, unknown>;
    entity[pk] = id;
    if (!wrapped) return entity;
    const ref = Object.create(Reference.prototype) as Record<string, unknown>;
    ref.entity = entity;
    ref[pk] = id;
    return ref;
  };
};

/** How one property's value is made from its column's (not null), or null for a property a row does not carry. */
const converterOf = (
  em: EntityManager,
  platform: Platform,
  prop: EntityProperty,
): ((value: unknown) => unknown) | null => {
  if (prop.kind === ReferenceKind.MANY_TO_ONE || prop.kind === ReferenceKind.ONE_TO_ONE) {
    const targetMeta = prop.targetMeta;
    const pk = targetMeta?.primaryKeys[0];
    if (targetMeta === undefined || pk === undefined || targetMeta.primaryKeys.length !== 1) return null;
    return referenceTo(mapperOf(em, targetMeta), pk, prop.ref === true);
  }
  if (prop.kind !== ReferenceKind.SCALAR) return null;
  const custom = prop.customType;
  if (custom !== undefined) return (value) => custom.convertToJSValue(value, platform);
  if (prop.runtimeType === 'Date') return (value) => new Date(value as string);
  return (value) => value;
};

/** How one property is read from a row (column names as the database has them, `to_jsonb` or a plain select). */
const assignerOf = (em: EntityManager, platform: Platform, prop: EntityProperty): Assign | null => {
  const column = prop.fieldNames?.[0];
  if (column === undefined || prop.persist === false || prop.formula !== undefined) return null;
  const convert = converterOf(em, platform, prop);
  if (convert === null) return null;
  const name = prop.name;
  return (to, row) => {
    const value = row[column];
    if (value !== undefined) to[name] = value === null ? null : convert(value);
  };
};

const mapperOf = (em: EntityManager, meta: EntityMetadata): RowMapper => {
  let mapper = mappers.get(meta);
  if (mapper === undefined) {
    // registered before the assigners are made: a relation back to this entity finds it
    const made: RowMapper = { prototype: shadowOf(meta), assign: [] };
    mappers.set(meta, made);
    const platform = em.getPlatform();
    made.assign = meta.props
      .map((prop) => assignerOf(em, platform, prop))
      .filter((a): a is Assign => a !== null);
    mapper = made;
  }
  return mapper;
};

/**
 * A read-only instance of `entity` made from a database row, without the unit of work: what a list page's field
 * resolvers read (scalars, dates, JSON, references by id). em.map also validates, registers and snapshots each row
 * for change tracking, and makes a managed reference for each relation: most of a 50-card board page's CPU
 * (bench/results/cpu-board.md). The instance and its references are not managed: never persist, flush, populate or
 * `load()` them — load the entity through the EntityManager to change it. Collections and lazy columns absent from
 * the row stay unset.
 */
export const readRow = <T extends object>(
  em: EntityManager,
  entity: new () => T,
  row: Record<string, unknown>,
): T => {
  const mapper = mapperOf(em, em.getMetadata().get<T>(entity.name));
  const instance = Object.create(mapper.prototype) as Record<string, unknown>;
  for (const set of mapper.assign) set(instance, row);
  return instance as T;
};

const columnLists = new Map<string, string>();

/**
 * The column list a read row of `entity` needs (`alias."column", …`): every persisted property's columns but the
 * lazy ones (the work order's search vector is as long as the text it indexes) and those of the properties in
 * `omit` (their instance properties stay unset).
 */
export const rowColumns = (
  em: EntityManager,
  entity: new () => object,
  alias: string,
  omit: readonly string[] = [],
): string => {
  const key = `${entity.name} ${alias} ${omit.join()}`;
  let list = columnLists.get(key);
  if (list === undefined) {
    list = em
      .getMetadata()
      .get(entity.name)
      .props.filter((p) => !p.lazy && p.persist !== false && p.fieldNames?.length && !omit.includes(p.name))
      .flatMap((p) => p.fieldNames.map((f) => `${alias}."${f}"`))
      .join(', ');
    columnLists.set(key, list);
  }
  return list;
};
