import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../platform/graphql/context';
import { SEVERITY_LEVELS, SeverityLevel } from '../triage/severity';
import { Category } from './category.entity';

@Resolver(() => Category)
export class CategoryResolver {
  @Authorized()
  @Query(() => [Category], { description: 'Categories in display order; inactive ones only on request.' })
  categories(
    @Ctx() ctx: Context,
    @Arg('includeInactive', () => Boolean, { nullable: true }) includeInactive?: boolean,
  ): Promise<Category[]> {
    return ctx.em.find(Category, includeInactive ? {} : { active: true }, {
      orderBy: { sortOrder: 'asc', id: 'asc' },
    });
  }

  @Query(() => [SeverityLevel], { description: 'The severity levels with the definitions tenants see.' })
  severityLevels(): readonly SeverityLevel[] {
    return SEVERITY_LEVELS;
  }
}
