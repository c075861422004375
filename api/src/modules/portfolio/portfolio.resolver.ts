import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import {
  connectionOf,
  connectionFrom,
  decodeCursor,
  encodeCursor,
  pageSize,
} from '../../platform/graphql/connection';
import { type Context, found, viewerOf } from '../../platform/graphql/context';
import { payloadOf } from '../../platform/graphql/user-error';
import { Role, isStaff } from '../identity/role';
import { AccessProfilePayload, UpdateAccessProfileInput } from './portfolio.inputs';
import { Owner } from './owner.entity';
import { mayReadAccessCodes } from './portfolio.policy';
import {
  listProperties,
  saveAccessProfile,
  tenanciesByUnitLoader,
  unitsByPropertyLoader,
  unitsByTenantLoader,
} from './portfolio.service';
import { Property } from './property.entity';
import { Unit } from './unit.entity';
import { Tenancy, isActiveTenancy } from './tenancy.entity';
import { User } from '../identity/user.entity';

export const { Connection: PropertyConnection } = connectionOf(Property, 'Property');

@Resolver(() => Property)
export class PropertyResolver {
  @Authorized()
  @Query(() => PropertyConnection, { description: 'The properties the viewer may see.' })
  async properties(
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<InstanceType<typeof PropertyConnection>> {
    const size = pageSize(first);
    const afterId =
      after === undefined || after === null ? null : (decodeCursor(after, ['number'])[0] as number);
    const { rows, total } = await listProperties(ctx.em, viewerOf(ctx), size, afterId);
    return connectionFrom(rows, size, total, (p) => encodeCursor([p.id]), afterId !== null);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Managers and admins only; null for everyone else.',
  })
  gateCode(@Root() property: Property, @Ctx() ctx: Context): string | null {
    if (!mayReadAccessCodes(ctx.viewer) || !property.gateCodeSealed) return null;
    return ctx.services.secretBox.open(property.gateCodeSealed);
  }

  @FieldResolver(() => Owner, { nullable: true, description: 'Staff and the owner themselves.' })
  async owner(@Root() property: Property, @Ctx() ctx: Context): Promise<Owner | null> {
    const viewer = ctx.viewer;
    if (viewer === null || !(isStaff(viewer.role as Role) || viewer.role === Role.OWNER)) return null;
    return ctx.loaders.byId(Owner).load(property.owner.id);
  }

  @FieldResolver(() => [Unit], {
    description: 'Staff and owners see every unit; a tenant sees the units they lease.',
  })
  async units(@Root() property: Property, @Ctx() ctx: Context): Promise<Unit[]> {
    const viewer = ctx.viewer;
    if (viewer === null) return [];
    const units = await ctx.loaders.custom(unitsByPropertyLoader).load(property.id);
    if (isStaff(viewer.role as Role) || viewer.role === Role.OWNER) return units;
    if (viewer.role !== Role.TENANT) return [];
    const leased = await ctx.loaders.custom(unitsByTenantLoader).load(viewer.id);
    const mine = new Set(leased.map((u) => u.id));
    return units.filter((u) => mine.has(u.id));
  }
}

@Resolver(() => Unit)
export class UnitResolver {
  @FieldResolver(() => Property)
  async property(@Root() unit: Unit, @Ctx() ctx: Context): Promise<Property> {
    return found(await ctx.loaders.byId(Property).load(unit.property.id));
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Managers and admins only; null for everyone else.',
  })
  lockboxCode(@Root() unit: Unit, @Ctx() ctx: Context): string | null {
    if (!mayReadAccessCodes(ctx.viewer) || !unit.lockboxCodeSealed) return null;
    return ctx.services.secretBox.open(unit.lockboxCodeSealed);
  }

  @FieldResolver(() => [Tenancy], {
    description:
      'Leases of the unit, newest first: all for managers, their own for a tenant, none for others.',
  })
  async tenancies(@Root() unit: Unit, @Ctx() ctx: Context): Promise<Tenancy[]> {
    const viewer = ctx.viewer;
    if (viewer === null || viewer.apiKey) return [];
    const all = await ctx.loaders.custom(tenanciesByUnitLoader).load(unit.id);
    if (isStaff(viewer.role as Role)) return all;
    return viewer.role === Role.TENANT ? all.filter((t) => t.tenant.id === viewer.id) : [];
  }
}

@Resolver(() => Tenancy)
export class TenancyResolver {
  @FieldResolver(() => User)
  async tenant(@Root() tenancy: Tenancy, @Ctx() ctx: Context): Promise<User> {
    return found(await ctx.loaders.byId(User).load(tenancy.tenant.id));
  }

  @FieldResolver(() => Unit)
  async unit(@Root() tenancy: Tenancy, @Ctx() ctx: Context): Promise<Unit> {
    return found(await ctx.loaders.byId(Unit).load(tenancy.unit.id));
  }

  @FieldResolver(() => Boolean, { description: 'Today falls between its start and end.' })
  active(@Root() tenancy: Tenancy): boolean {
    return isActiveTenancy(tenancy, new Date().toISOString().slice(0, 10));
  }
}

@Resolver()
export class AccessProfileResolver {
  @Authorized(Role.TENANT)
  @Mutation(() => AccessProfilePayload, {
    description: "Saves the tenant's access instructions for next time.",
  })
  updateAccessProfile(
    @Arg('input', () => UpdateAccessProfileInput, { validate: false }) input: UpdateAccessProfileInput,
    @Ctx() ctx: Context,
  ): Promise<AccessProfilePayload> {
    return payloadOf(
      input,
      async () => ({ accessProfile: await saveAccessProfile(ctx.em, viewerOf(ctx).id, input) }),
      () => ({ accessProfile: null }),
    );
  }
}
