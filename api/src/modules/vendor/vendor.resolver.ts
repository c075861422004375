import { ArrayMaxSize, IsOptional, MaxLength } from 'class-validator';
import {
  Arg,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  InputType,
  Int,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { idOf } from '../../platform/graphql/node';
import {
  connectionFrom,
  connectionOf,
  decodeCursor,
  encodeCursor,
  pageSize,
} from '../../platform/graphql/connection';
import { type Context, viewerOf } from '../../platform/graphql/context';
import { Category } from '../category/category.entity';
import { User } from '../identity/user.entity';
import { Technician } from './technician.entity';
import {
  listTechnicians,
  listVendors,
  technicianCategoriesLoader,
  vendorCategoriesLoader,
} from './vendor.service';
import { Vendor } from './vendor.entity';

export const { Connection: VendorConnection } = connectionOf(Vendor, 'Vendor');

@InputType({ description: 'Narrows the vendor directory.' })
export class VendorFilter {
  @Field(() => [ID], { nullable: true, description: 'Vendors serving any of these categories.' })
  @IsOptional()
  @ArrayMaxSize(50)
  categoryIds?: string[] | null;

  @Field(() => Boolean, { nullable: true })
  active?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Part of the company name.' })
  @IsOptional()
  @MaxLength(100)
  text?: string | null;
}

@Resolver(() => Vendor)
export class VendorResolver {
  @Authorized()
  @Query(() => VendorConnection, {
    description: 'The vendor directory (staff); a vendor user sees their company.',
  })
  async vendors(
    @Ctx() ctx: Context,
    @Arg('filter', () => VendorFilter, { nullable: true }) filter?: VendorFilter,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<InstanceType<typeof VendorConnection>> {
    const size = pageSize(first);
    const afterId = after ? (decodeCursor(after, ['number'])[0] as number) : null;
    const { rows, total } = await listVendors(ctx.em, viewerOf(ctx), size, afterId, {
      categoryIds: filter?.categoryIds?.map((id) => idOf('Category', id) ?? -1),
      active: filter?.active,
      text: filter?.text,
    });
    return connectionFrom(rows, size, total, (v) => encodeCursor([v.id]), afterId !== null);
  }

  @FieldResolver(() => [Category])
  categories(@Root() vendor: Vendor, @Ctx() ctx: Context): Promise<Category[]> {
    return ctx.loaders.custom(vendorCategoriesLoader).load(vendor.id);
  }
}

@Resolver(() => Technician)
export class TechnicianResolver {
  @Authorized()
  @Query(() => [Technician], { description: 'In-house technicians (staff); a technician sees themselves.' })
  technicians(@Ctx() ctx: Context): Promise<Technician[]> {
    return listTechnicians(ctx.em, viewerOf(ctx));
  }

  @FieldResolver(() => [Category])
  categories(@Root() technician: Technician, @Ctx() ctx: Context): Promise<Category[]> {
    return ctx.loaders.custom(technicianCategoriesLoader).load(technician.id);
  }

  @FieldResolver(() => String, { nullable: true })
  async email(@Root() technician: Technician, @Ctx() ctx: Context): Promise<string | null> {
    return (await ctx.loaders.byId(User).load(technician.user.id))?.email ?? null;
  }
}
