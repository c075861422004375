import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { Context, Viewer } from '../../platform/graphql/context';
import { groupInKeyOrder } from '../../platform/graphql/loaders';
import { SLA_SETTINGS } from '../sla/sla.settings';
import { workOrderScope } from './work-order.policy';
import { WorkOrder } from './work-order.entity';

/**
 * Earlier orders (alias w) of the same unit and category within the repeat window as the orders `ids` (alias o),
 * that the viewer may see; the window comes from the SLA settings row (or its default).
 */
const earlierOrders = (select: string, ids: readonly number[], viewer: Viewer, tail = '') => {
  const scope = workOrderScope(viewer);
  return {
    sql: `select o.id as of_id, ${select} from work_orders o join work_orders w
           on w.unit_id = o.unit_id and w.category_id = o.category_id and w.id <> o.id and w.status <> 'CANCELLED'
          and w.created_at < o.created_at
          and w.created_at >= o.created_at - make_interval(days => coalesce(
                (select (value->>'repeatWindowDays')::int from settings where key = ?), ?))
         where o.id in (?) and (${scope.sql}) ${tail}`,
    params: [SLA_SETTINGS.key, SLA_SETTINGS.defaults.repeatWindowDays, [...ids], ...scope.params],
  };
};

/** The earlier orders themselves, newest first, in one statement per batch. */
const repeatsLoader = (em: EntityManager, viewer: Viewer | null): DataLoader<number, WorkOrder[]> =>
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
const repeatCountLoader = (em: EntityManager, viewer: Viewer | null): DataLoader<number, number> =>
  new DataLoader(async (ids) => {
    if (viewer === null) return ids.map(() => 0);
    const { sql, params } = earlierOrders('count(*)::int as n', ids, viewer, 'group by o.id');
    const rows = await em
      .getConnection()
      .execute<{ of_id: number; n: number }[]>(sql, params, 'all', em.getTransactionContext());
    const counts = new Map(rows.map((r) => [r.of_id, r.n]));
    return ids.map((id) => counts.get(id) ?? 0);
  });

@Resolver(() => WorkOrder)
export class RepeatResolver {
  @FieldResolver(() => [WorkOrder], {
    description: 'Same unit + same category within the repeat window (180 days by default) before this one.',
  })
  repeatOf(@Root() wo: WorkOrder, @Ctx() ctx: Context): Promise<WorkOrder[]> {
    return ctx.loaders.custom(repeatsLoader).load(wo.id);
  }

  @FieldResolver(() => Int, {
    description: 'How many orders `repeatOf` lists, without loading them (for badges and lists).',
  })
  repeatCount(@Root() wo: WorkOrder, @Ctx() ctx: Context): Promise<number> {
    return ctx.loaders.custom(repeatCountLoader).load(wo.id);
  }
}
