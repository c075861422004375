import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import type { Viewer } from '../../platform/graphql/context';
import { groupInKeyOrder } from '../../platform/graphql/loaders';
import { SLA_SETTINGS } from '../sla/sla.settings';
import { workOrderScope } from './work-order.policy';
import { WorkOrder } from './work-order.entity';

/**
 * The earlier orders (alias w) of the order aliased `o`: same unit and category, within the repeat window, not
 * cancelled, and visible to the viewer; the window comes from the SLA settings row (or its default).
 */
const earlierThan = (o: string, viewer: Viewer): { sql: string; params: unknown[] } => {
  const scope = workOrderScope(viewer);
  return {
    sql: `w.unit_id = ${o}.unit_id and w.category_id = ${o}.category_id and w.id <> ${o}.id
      and w.status <> 'CANCELLED' and w.created_at < ${o}.created_at
      and w.created_at >= ${o}.created_at - make_interval(days => coalesce(
            (select (value->>'repeatWindowDays')::int from settings where key = ?), ?))
      and (${scope.sql})`,
    params: [SLA_SETTINGS.key, SLA_SETTINGS.defaults.repeatWindowDays, ...scope.params],
  };
};

/** The earlier orders of the orders `ids` (alias o), one row per pair. */
const earlierOrders = (select: string, ids: readonly number[], viewer: Viewer, tail = '') => {
  const earlier = earlierThan('o', viewer);
  return {
    sql: `select o.id as of_id, ${select} from work_orders o join work_orders w on ${earlier.sql}
           where o.id in (?) ${tail}`,
    params: [...earlier.params, [...ids]],
  };
};

/** The earlier orders themselves, newest first, in one statement per batch. */
export const repeatsLoader = (em: EntityManager, viewer: Viewer | null): DataLoader<number, WorkOrder[]> =>
  new DataLoader(async (ids) => {
    if (viewer === null) return ids.map(() => []);
    const { sql, params } = earlierOrders('w.*', ids, viewer, 'order by w.created_at desc');
    const rows = await em
      .getConnection()
      .execute<({ of_id: number } & Record<string, unknown>)[]>(
        sql,
        params,
        'all',
        em.getTransactionContext(),
      );
    const grouped = groupInKeyOrder(ids, rows, (r) => r.of_id);
    return grouped.map((group) => group.map(({ of_id: _of, ...columns }) => em.map(WorkOrder, columns)));
  });

/** Only how many there are (a board card's badge): counted by PostgreSQL, nothing loaded. */
export const repeatCountLoader = (em: EntityManager, viewer: Viewer | null): DataLoader<number, number> =>
  new DataLoader(async (ids) => {
    if (viewer === null) return ids.map(() => 0);
    const { sql, params } = earlierOrders('count(*)::int as n', ids, viewer, 'group by o.id');
    const rows = await em
      .getConnection()
      .execute<{ of_id: number; n: number }[]>(sql, params, 'all', em.getTransactionContext());
    const counts = new Map(rows.map((r) => [r.of_id, r.n]));
    return ids.map((id) => counts.get(id) ?? 0);
  });

/**
 * How many earlier orders the order aliased `o` in a page statement has, as a correlated count: the same figure as
 * `repeatCountLoader`'s, for a page that reads its rows' counts itself and primes the loader with them.
 */
export const repeatCountSql = (o: string, viewer: Viewer): { sql: string; params: unknown[] } => {
  const earlier = earlierThan(o, viewer);
  return { sql: `(select count(*)::int from work_orders w where ${earlier.sql})`, params: earlier.params };
};
