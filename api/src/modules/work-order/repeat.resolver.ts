import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context, Viewer } from '../../platform/graphql/context';
import { readSlaSettings } from '../sla/sla.settings';
import { workOrderScope } from './work-order.policy';
import { WorkOrder } from './work-order.entity';

/** Earlier orders of the same unit and category within the repeat window, that the viewer may see. */
const repeatsLoader = (em: EntityManager, viewer: Viewer | null): DataLoader<number, WorkOrder[]> =>
  new DataLoader(async (ids) => {
    if (viewer === null) return ids.map(() => []);
    const { repeatWindowDays } = await readSlaSettings(em);
    const scope = workOrderScope(viewer);
    const rows = await em.getConnection().execute<{ of_id: number; id: number }[]>(
      `select o.id as of_id, w.id from work_orders o join work_orders w
           on w.unit_id = o.unit_id and w.category_id = o.category_id and w.id <> o.id and w.status <> 'CANCELLED'
          and w.created_at < o.created_at and w.created_at >= o.created_at - make_interval(days => ?)
         where o.id in (?) and (${scope.sql}) order by w.created_at desc`,
      [repeatWindowDays, [...ids], ...scope.params],
      'all',
      em.getTransactionContext(),
    );
    const orders = await em.find(WorkOrder, { id: { $in: [...new Set(rows.map((r) => r.id))] } });
    const byId = new Map(orders.map((o) => [o.id, o]));
    return ids.map((id) =>
      rows
        .filter((r) => r.of_id === id)
        .map((r) => byId.get(r.id))
        .filter((o): o is WorkOrder => o !== undefined),
    );
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
