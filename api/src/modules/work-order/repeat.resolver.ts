import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context, Viewer } from '../../platform/graphql/context';
import { groupInKeyOrder } from '../../platform/graphql/loaders';
import { SLA_SETTINGS } from '../sla/sla.settings';
import { workOrderScope } from './work-order.policy';
import { WorkOrder } from './work-order.entity';

/** Earlier orders of the same unit and category within the repeat window, that the viewer may see. */
const repeatsLoader = (em: EntityManager, viewer: Viewer | null): DataLoader<number, WorkOrder[]> =>
  new DataLoader(async (ids) => {
    if (viewer === null) return ids.map(() => []);
    const scope = workOrderScope(viewer);
    // one statement: the window comes from the SLA settings row (or its default), the earlier orders whole
    const rows = await em.getConnection().execute<({ of_id: number } & Record<string, unknown>)[]>(
      `select o.id as of_id, w.* from work_orders o join work_orders w
           on w.unit_id = o.unit_id and w.category_id = o.category_id and w.id <> o.id and w.status <> 'CANCELLED'
          and w.created_at < o.created_at
          and w.created_at >= o.created_at - make_interval(days => coalesce(
                (select (value->>'repeatWindowDays')::int from settings where key = ?), ?))
         where o.id in (?) and (${scope.sql}) order by w.created_at desc`,
      [SLA_SETTINGS.key, SLA_SETTINGS.defaults.repeatWindowDays, [...ids], ...scope.params],
      'all',
      em.getTransactionContext(),
    );
    const grouped = groupInKeyOrder(ids, rows, (r) => r.of_id);
    return grouped.map((group) => group.map(({ of_id: _of, ...columns }) => em.map(WorkOrder, columns)));
  });

@Resolver(() => WorkOrder)
export class RepeatResolver {
  @FieldResolver(() => [WorkOrder], {
    description: 'Same unit + same category within the repeat window (180 days by default) before this one.',
  })
  repeatOf(@Root() wo: WorkOrder, @Ctx() ctx: Context): Promise<WorkOrder[]> {
    return ctx.loaders.custom(repeatsLoader).load(wo.id);
  }
}
