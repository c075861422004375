import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { Context } from '../../platform/graphql/context';
import { loadNow } from '../../platform/graphql/loaders';
import { repeatCountLoader, repeatsLoader } from './repeat.loaders';
import { WorkOrder } from './work-order.entity';

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
  repeatCount(@Root() wo: WorkOrder, @Ctx() ctx: Context): number | Promise<number> {
    return loadNow(ctx.loaders.custom(repeatCountLoader), wo.id);
  }
}
