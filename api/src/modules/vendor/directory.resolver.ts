import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { type Context, found, viewerOf } from '../../platform/graphql/context';
import { groupInKeyOrder } from '../../platform/graphql/loaders';
import { idOf } from '../../platform/graphql/node';
import { payloadOf } from '../../platform/graphql/user-error';
import { audited } from '../audit/audit.service';
import { Category } from '../category/category.entity';
import { Role, isStaff } from '../identity/role';
import { User } from '../identity/user.entity';
import { Property } from '../portfolio/property.entity';
import { Money } from '../workflow/workflow.types';
import { visibleWorkOrderLoader } from '../work-order/work-order.service';
import { AssignmentRule } from './assignment-rule.entity';
import { Assignee } from './assignee';
import { createAssignmentRule, createVendor, deleteAssignmentRule, updateVendor } from './directory.service';
import { AssignmentSuggestion, suggestAssignees } from './suggestion.service';
import { Technician } from './technician.entity';
import {
  AssignmentRulePayload,
  CreateAssignmentRuleInput,
  CreateVendorInput,
  DeleteAssignmentRuleInput,
  UpdateVendorInput,
  VendorPayload,
} from './vendor.inputs';
import { insuranceValid } from './vendor.rules';
import { VendorService } from './vendor-service.entity';
import { Vendor } from './vendor.entity';

const servicesLoader = (em: EntityManager): DataLoader<number, VendorService[]> =>
  new DataLoader(async (vendorIds) => {
    const rows = await em.find(
      VendorService,
      { vendor: { $in: [...vendorIds] } },
      { orderBy: { rank: 'asc' } },
    );
    return groupInKeyOrder(vendorIds, rows, (r) => r.vendor.id);
  });

const vendorUsersLoader = (em: EntityManager): DataLoader<number, User[]> =>
  new DataLoader(async (vendorIds) => {
    const users = await em.find(User, { vendorId: { $in: [...vendorIds] } }, { orderBy: { name: 'asc' } });
    return groupInKeyOrder(vendorIds, users, (u) => u.vendorId ?? -1);
  });

@Resolver(() => Vendor)
export class VendorDirectoryResolver {
  @Authorized(Role.MANAGER, Role.ADMIN)
  @Mutation(() => VendorPayload, { description: 'Adds a vendor to the directory.' })
  createVendor(
    @Arg('input', () => CreateVendorInput, { validate: false }) input: CreateVendorInput,
    @Ctx() ctx: Context,
  ) {
    return payloadOf<VendorPayload>(
      input,
      async () => ({
        vendor: await audited(
          ctx.em,
          viewerOf(ctx),
          'vendor.created',
          () => createVendor(ctx.em, input),
          (v) => ({ name: v.name }),
        ),
      }),
      () => ({ vendor: null }),
    );
  }

  @Authorized(Role.MANAGER, Role.ADMIN)
  @Mutation(() => VendorPayload, { description: 'Changes a vendor; fields left out keep their value.' })
  updateVendor(
    @Arg('input', () => UpdateVendorInput, { validate: false }) input: UpdateVendorInput,
    @Ctx() ctx: Context,
  ) {
    const { vendorId, ...fields } = input;
    return payloadOf<VendorPayload>(
      input,
      async () => ({
        vendor: await audited(
          ctx.em,
          viewerOf(ctx),
          'vendor.updated',
          () => updateVendor(ctx.em, vendorId, fields),
          () => ({ ...fields }),
        ),
      }),
      () => ({ vendor: null }),
    );
  }

  @Authorized(Role.MANAGER, Role.ADMIN)
  @Query(() => [AssignmentSuggestion], {
    description: 'Who could take this job, best first, with the score broken down.',
  })
  async assignmentSuggestions(
    @Arg('workOrderId', () => ID) workOrderId: string,
    @Ctx() ctx: Context,
  ): Promise<AssignmentSuggestion[]> {
    const id = idOf('WorkOrder', workOrderId);
    const wo = id === null ? null : await ctx.loaders.custom(visibleWorkOrderLoader).load(id);
    return wo === null ? [] : suggestAssignees(ctx.em, wo);
  }

  @FieldResolver(() => [VendorService], {
    description: 'Categories served, with the preferred rank in each.',
  })
  services(@Root() vendor: Vendor, @Ctx() ctx: Context): Promise<VendorService[]> {
    return ctx.loaders.custom(servicesLoader).load(vendor.id);
  }

  @FieldResolver(() => [User], {
    description: 'The vendor company’s users (staff and the vendor’s own users only).',
  })
  async users(@Root() vendor: Vendor, @Ctx() ctx: Context): Promise<User[]> {
    const viewer = viewerOf(ctx);
    if (!isStaff(viewer.role as Role) && viewer.vendorId !== vendor.id) return [];
    return ctx.loaders.custom(vendorUsersLoader).load(vendor.id);
  }

  @FieldResolver(() => Money, { nullable: true })
  hourlyRate(@Root() vendor: Vendor): Money | null {
    return Money.of(vendor.hourlyRateCents);
  }

  @FieldResolver(() => Money, { nullable: true })
  calloutFee(@Root() vendor: Vendor): Money | null {
    return Money.of(vendor.calloutFeeCents);
  }

  @FieldResolver(() => Boolean, {
    description: 'False once the insurance expiry date has passed: dispatch is refused.',
  })
  insuranceValid(@Root() vendor: Vendor): boolean {
    return insuranceValid(vendor, new Date());
  }
}

@Resolver(() => VendorService)
export class VendorServiceResolver {
  @FieldResolver(() => Category)
  async category(@Root() service: VendorService, @Ctx() ctx: Context): Promise<Category> {
    return found(await ctx.loaders.byId(Category).load(service.category.id));
  }
}

@Resolver(() => AssignmentRule)
export class AssignmentRuleResolver {
  @Authorized(Role.MANAGER, Role.ADMIN)
  @Query(() => [AssignmentRule], { description: 'Auto-assignment rules, oldest first.' })
  assignmentRules(@Ctx() ctx: Context): Promise<AssignmentRule[]> {
    return ctx.em.find(AssignmentRule, {}, { orderBy: { id: 'asc' } });
  }

  @Authorized(Role.MANAGER, Role.ADMIN)
  @Mutation(() => AssignmentRulePayload)
  createAssignmentRule(
    @Arg('input', () => CreateAssignmentRuleInput, { validate: false }) input: CreateAssignmentRuleInput,
    @Ctx() ctx: Context,
  ) {
    return payloadOf<AssignmentRulePayload>(
      input,
      async () => ({
        rule: await audited(ctx.em, viewerOf(ctx), 'assignment_rule.created', () =>
          createAssignmentRule(ctx.em, input),
        ),
      }),
      () => ({ rule: null }),
    );
  }

  @Authorized(Role.MANAGER, Role.ADMIN)
  @Mutation(() => AssignmentRulePayload)
  deleteAssignmentRule(
    @Arg('input', () => DeleteAssignmentRuleInput, { validate: false }) input: DeleteAssignmentRuleInput,
    @Ctx() ctx: Context,
  ) {
    return payloadOf<AssignmentRulePayload>(
      input,
      async () => ({
        rule: await audited(ctx.em, viewerOf(ctx), 'assignment_rule.deleted', () =>
          deleteAssignmentRule(ctx.em, input.ruleId),
        ),
      }),
      () => ({ rule: null }),
    );
  }

  @FieldResolver(() => Category, { nullable: true })
  category(@Root() rule: AssignmentRule, @Ctx() ctx: Context): Promise<Category | null> | null {
    return rule.category ? ctx.loaders.byId(Category).load(rule.category.id) : null;
  }

  @FieldResolver(() => Property, { nullable: true })
  property(@Root() rule: AssignmentRule, @Ctx() ctx: Context): Promise<Property | null> | null {
    return rule.property ? ctx.loaders.byId(Property).load(rule.property.id) : null;
  }

  @FieldResolver(() => Assignee)
  async assignee(@Root() rule: AssignmentRule, @Ctx() ctx: Context): Promise<Vendor | Technician> {
    if (rule.vendor) return found(await ctx.loaders.byId(Vendor).load(rule.vendor.id));
    return found(await ctx.loaders.byId(Technician).load(found(rule.technician).id));
  }
}
