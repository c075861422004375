import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { type Context, viewerOf } from '../../platform/graphql/context';
import { payloadOf } from '../../platform/graphql/user-error';
import { audited } from '../audit/audit.service';
import { Role, isStaff } from '../identity/role';
import { readSeverityLevels } from '../triage/triage.config';
import {
  CategoriesPayload,
  CategoryPayload,
  CreateCategoryInput,
  ReorderCategoriesInput,
  UpdateCategoryInput,
} from './category.inputs';
import { createCategory, reorderCategories, updateCategory } from './category.service';
import { SeverityLevel } from '../triage/severity';
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
  severityLevels(@Ctx() ctx: Context): Promise<SeverityLevel[]> {
    return readSeverityLevels(ctx.em);
  }

  @FieldResolver(() => [String], {
    description: 'Extra words that make triage treat a request of this category as an emergency (staff).',
  })
  emergencyKeywords(@Root() category: Category, @Ctx() ctx: Context): string[] {
    return ctx.viewer !== null && isStaff(ctx.viewer.role as Role) ? category.emergencyKeywords : [];
  }

  @Authorized(Role.MANAGER, Role.ADMIN)
  @Mutation(() => CategoryPayload)
  createCategory(
    @Arg('input', () => CreateCategoryInput, { validate: false }) input: CreateCategoryInput,
    @Ctx() ctx: Context,
  ) {
    return payloadOf<CategoryPayload>(
      input,
      async () => ({
        category: await audited(
          ctx.em,
          viewerOf(ctx),
          'category.created',
          () => createCategory(ctx.em, input),
          (c) => ({ name: c.name }),
        ),
      }),
      () => ({ category: null }),
    );
  }

  @Authorized(Role.MANAGER, Role.ADMIN)
  @Mutation(() => CategoryPayload)
  updateCategory(
    @Arg('input', () => UpdateCategoryInput, { validate: false }) input: UpdateCategoryInput,
    @Ctx() ctx: Context,
  ) {
    return payloadOf<CategoryPayload>(
      input,
      async () => ({
        category: await audited(
          ctx.em,
          viewerOf(ctx),
          'category.updated',
          () => updateCategory(ctx.em, input),
          () => ({ ...input }),
        ),
      }),
      () => ({ category: null }),
    );
  }

  @Authorized(Role.MANAGER, Role.ADMIN)
  @Mutation(() => CategoriesPayload, { description: 'Sets the display order (every category, once).' })
  reorderCategories(
    @Arg('input', () => ReorderCategoriesInput, { validate: false }) input: ReorderCategoriesInput,
    @Ctx() ctx: Context,
  ) {
    return payloadOf<CategoriesPayload>(
      input,
      async () => ({ categories: await reorderCategories(ctx.em, input.categoryIds) }),
      () => ({ categories: null }),
    );
  }
}
