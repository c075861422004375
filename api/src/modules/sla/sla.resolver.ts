import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { type Context, found } from '../../platform/graphql/context';
import { loadNow } from '../../platform/graphql/loaders';
import { Property } from '../portfolio/property.entity';
import { WorkOrder } from '../work-order/work-order.entity';
import { slaOf, toSlaStatus } from './sla.service';
import { slaSettingsNow } from './sla.settings';
import { SlaStatus } from './sla.types';
import { slaEventsLoader } from './sla.loaders';

@Resolver(() => WorkOrder)
export class SlaResolver {
  @FieldResolver(() => SlaStatus, {
    description: 'Response and resolution promises, with due times and state.',
  })
  sla(@Root() wo: WorkOrder, @Ctx() ctx: Context): SlaStatus | Promise<SlaStatus> {
    const property = loadNow(ctx.loaders.byId(Property), wo.property.id);
    const events = loadNow(ctx.loaders.custom(slaEventsLoader), wo.id);
    const settings = slaSettingsNow(ctx.loaders);
    // a board page primed all three: computed at once, no promise
    if (!(property instanceof Promise || events instanceof Promise || settings instanceof Promise))
      return toSlaStatus(slaOf(wo, found(property), events, settings));
    return Promise.all([property, events, settings]).then(([p, e, s]) =>
      toSlaStatus(slaOf(wo, found(p), e, s)),
    );
  }
}
