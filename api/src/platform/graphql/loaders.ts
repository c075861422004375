import type { EntityClass, EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import type { Viewer } from './context';

export type LoaderFactory<K, V> = (em: EntityManager, viewer: Viewer | null) => DataLoader<K, V>;

/**
 * DataLoaders of one request (or one subscription event): one per relation, created on first use, results in key
 * order. A field resolver never queries once per row.
 */
export class Loaders {
  private readonly loaders = new Map<unknown, unknown>();

  constructor(
    private readonly em: EntityManager,
    private readonly viewer: Viewer | null,
    /** Loaders that do not depend on the viewer, shared with other viewers of the same subscription event. */
    private readonly shared?: SharedLoaders,
  ) {}

  /** Loads entities of one class by primary key in one statement per batch (the same for every viewer). */
  byId<T extends object>(entity: EntityClass<T>): DataLoader<number, T | null> {
    return this.shared ? this.shared.byId(this.em, entity) : byIdIn(this.loaders, this.em, entity);
  }

  /** A module's own loader (e.g. timeline events by work order), memoized by its factory. */
  custom<K, V>(factory: LoaderFactory<K, V>): DataLoader<K, V> {
    return this.use(factory, factory);
  }

  private use<K, V>(key: unknown, factory: LoaderFactory<K, V>): DataLoader<K, V> {
    let loader = this.loaders.get(key) as DataLoader<K, V> | undefined;
    if (loader === undefined) {
      loader = factory(this.em, this.viewer);
      this.loaders.set(key, loader);
    }
    return loader;
  }
}

const byIdIn = <T extends object>(
  cache: Map<unknown, unknown>,
  em: EntityManager,
  entity: EntityClass<T>,
): DataLoader<number, T | null> => {
  let loader = cache.get(entity) as DataLoader<number, T | null> | undefined;
  if (loader === undefined) {
    loader = new DataLoader<number, T | null>(async (ids) => {
      const rows = await em.find(entity, { id: { $in: [...ids] } } as never);
      const byId = new Map(rows.map((row) => [(row as unknown as { id: number }).id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    });
    cache.set(entity, loader);
  }
  return loader;
};

/** Entity-by-id loaders shared by every viewer of one subscription event. */
export class SharedLoaders {
  private readonly loaders = new Map<unknown, unknown>();

  byId<T extends object>(em: EntityManager, entity: EntityClass<T>): DataLoader<number, T | null> {
    return byIdIn(this.loaders, em, entity);
  }
}

/**
 * Values a loader was primed with through `primeNow`, readable without a promise (see `loadNow`). They hang off the
 * loader itself, so they die with the request. Not a WeakMap keyed by the loader: V8's young-generation collections
 * keep a WeakMap's values alive until the next full collection (200 young keys with 3.7 MB of values: 3.6 MB
 * survived a scavenge; held in a property of the key instead, 6 KB), so every request's primed entities were copied
 * and promoted.
 */
const PRIMED = Symbol('primedValues');
type Primed<K, V> = DataLoader<K, V> & { [PRIMED]?: Map<K, V> };

/** Primes `loader` with `value` for `key`, so that `loadNow` answers it at once. */
export const primeNow = <K, V>(loader: DataLoader<K, V>, key: K, value: V): void => {
  loader.prime(key, value);
  const primed = loader as Primed<K, V>;
  (primed[PRIMED] ??= new Map()).set(key, value);
};

/**
 * The value for `key`: at once when the loader was primed with it through `primeNow` (a board page's relations and
 * counts, read in the page's own statement), otherwise the loader's promise. A board card's field resolvers answer
 * without a promise this way: with async hooks on (MikroORM's AsyncLocalStorage turns them on) every promise costs an
 * allocation and three hook calls, and the async resolvers of a 50-card page made well over a thousand of them.
 */
export const loadNow = <K, V>(loader: DataLoader<K, V>, key: K): V | Promise<V> => {
  const values = (loader as Primed<K, V>)[PRIMED];
  return values !== undefined && values.has(key) ? (values.get(key) as V) : loader.load(key);
};

/** `fn` of a value that may be a promise: applied at once to a plain value, after it resolves to a promise. */
export const thenNow = <T, R>(value: T | Promise<T>, fn: (value: T) => R): R | Promise<R> =>
  value instanceof Promise ? value.then(fn) : fn(value);

/** Groups rows by a key, in the order of the keys asked for (for one-to-many loaders). */
export const groupInKeyOrder = <K, V>(
  keys: readonly K[],
  rows: readonly V[],
  keyOf: (row: V) => K,
): V[][] => {
  const groups = new Map<K, V[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [row]);
    else group.push(row);
  }
  return keys.map((key) => groups.get(key) ?? []);
};
