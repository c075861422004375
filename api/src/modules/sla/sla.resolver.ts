import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { type Context, found } from '../../platform/graphql/context';
import { Property } from '../portfolio/property.entity';
import { WorkOrder } from '../work-order/work-order.entity';
import { slaOf, toSlaStatus } from './sla.service';
import { loadSlaSettings } from './sla.settings';
import { SlaStatus } from './sla.types';
import { slaEventsLoader } from './sla.loaders';

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
