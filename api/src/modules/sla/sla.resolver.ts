import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { type Context, found } from '../../platform/graphql/context';
import { Property } from '../portfolio/property.entity';
import { WorkOrder } from '../work-order/work-order.entity';
import { WorkOrderEvent } from '../work-order/work-order-event.entity';
import { slaOf, toSlaStatus } from './sla.service';
import { loadSlaSettings } from './sla.settings';
import { SlaStatus } from './sla.types';
import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { groupInKeyOrder } from '../../platform/graphql/loaders';

/** All events of each order (pauses come from them, internal ones included), in one statement per batch. */
const slaEventsLoader = (em: EntityManager): DataLoader<number, WorkOrderEvent[]> =>
  new DataLoader(async (ids) => {
    const events = await em.find(
      WorkOrderEvent,
      { workOrder: { $in: [...ids] } },
      { orderBy: { at: 'asc', id: 'asc' } },
    );
    return groupInKeyOrder(ids, events, (e) => e.workOrder.id);
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
