import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { type Context, found } from '../../platform/graphql/context';
import { Property } from '../portfolio/property.entity';
import { WorkOrder } from '../work-order/work-order.entity';
import { type SlaEvent, slaOf, toSlaStatus } from './sla.service';
import { loadSlaSettings } from './sla.settings';
import { SlaStatus } from './sla.types';
import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { groupInKeyOrder } from '../../platform/graphql/loaders';

interface SlaEventRow extends Omit<SlaEvent, 'at'> {
  workOrderId: number;
  atMs: number;
}

/**
 * All events of each order (pauses come from them, internal ones included), in one statement per batch — only the
 * four columns the clock reads, as plain rows: a board page reads hundreds of events and shows none of them.
 */
const slaEventsLoader = (em: EntityManager): DataLoader<number, SlaEvent[]> =>
  new DataLoader(async (ids) => {
    const events = await em.getConnection().execute<SlaEventRow[]>(
      `select work_order_id as "workOrderId", kind, (extract(epoch from at) * 1000)::float8 as "atMs", data, internal
         from work_order_events where work_order_id in (?) order by at, id`,
      [[...ids]],
      'all',
      em.getTransactionContext(),
    );
    const light = events.map(({ workOrderId, kind, atMs, data, internal }) => ({
      workOrderId,
      kind,
      at: new Date(atMs),
      data,
      internal,
    }));
    return groupInKeyOrder(ids, light, (e) => e.workOrderId);
  });

@Resolver(() => WorkOrder)
export class SlaResolver {
  @FieldResolver(() => SlaStatus, {
    description: 'Response and resolution promises, with due times and state.',
  })
  async sla(@Root() wo: WorkOrder, @Ctx() ctx: Context): Promise<SlaStatus> {
    const [property, events, settings] = await Promise.all([
      ctx.loaders.byId(Property).load(wo.property.id),
      ctx.loaders.custom(slaEventsLoader).load(wo.id),
      loadSlaSettings(ctx.loaders),
    ]);
    return toSlaStatus(slaOf(wo, found(property), events, settings));
  }
}
