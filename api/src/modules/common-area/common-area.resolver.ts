import {
  Arg,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { pageSize } from '../../platform/graphql/connection';
import { type Context, viewerOf } from '../../platform/graphql/context';
import { toGlobalId } from '../../platform/graphql/node';
import { UserError, payloadOf } from '../../platform/graphql/user-error';
import { Role } from '../identity/role';
import { WorkOrderStatus } from '../work-order/work-order-status';
import { WorkOrder } from '../work-order/work-order.entity';
import {
  addMeToo,
  affectedCountLoader,
  listCommonAreaRequests,
  removeMeToo,
  type CommonAreaRow,
} from './common-area.service';

@ObjectType({
  description:
    "An open request about a property's common area, as its other tenants see it: what and where, not who.",
})
export class CommonAreaRequest {
  @Field(() => ID, { description: 'The work order’s id (for addMeToo).' })
  id!: string;

  @Field(() => Int)
  number!: number;

  @Field()
  title!: string;

  @Field(() => String, { nullable: true, description: 'Which common area (hallway, laundry, …).' })
  location?: string | null;

  @Field()
  category!: string;

  @Field({ description: 'The property’s name.' })
  property!: string;

  @Field(() => ID)
  propertyId!: string;

  @Field(() => WorkOrderStatus)
  status!: WorkOrderStatus;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Int, { description: 'The reporter plus everyone who added "me too".' })
  affectedCount!: number;

  @Field({ description: 'The viewer filed it.' })
  reportedByMe!: boolean;

  @Field({ description: 'The viewer added "me too".' })
  meToo!: boolean;
}

const requestOf = (row: CommonAreaRow): CommonAreaRequest =>
  Object.assign(new CommonAreaRequest(), {
    id: toGlobalId('WorkOrder', row.id),
    number: row.number,
    title: row.title,
    location: row.location,
    category: row.category_name,
    property: row.property_name,
    propertyId: toGlobalId('Property', row.property_id),
    status: row.status,
    createdAt: new Date(row.created_at),
    affectedCount: row.affected,
    reportedByMe: row.mine,
    meToo: row.me_too,
  });

@ObjectType()
export class CommonAreaRequestPayload {
  @Field(() => CommonAreaRequest, { nullable: true })
  request?: CommonAreaRequest | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@Resolver()
export class CommonAreaResolver {
  @Authorized()
  @Query(() => [CommonAreaRequest], {
    description:
      'Open common-area requests of the properties a tenant lives in (managers: all), best match first for `search`.',
  })
  async commonAreaRequests(
    @Ctx() ctx: Context,
    @Arg('propertyId', () => ID, { nullable: true }) propertyId?: string,
    @Arg('search', () => String, { nullable: true }) search?: string,
    @Arg('first', () => Int, { nullable: true }) first?: number,
  ): Promise<CommonAreaRequest[]> {
    const rows = await listCommonAreaRequests(ctx.em, viewerOf(ctx), {
      propertyId,
      search,
      first: pageSize(first),
    });
    return rows.map(requestOf);
  }

  @Authorized(Role.TENANT)
  @Mutation(() => CommonAreaRequestPayload, {
    description: 'Adds the tenant to an open common-area request ("me too") instead of filing a duplicate.',
  })
  addMeToo(@Arg('workOrderId', () => ID) workOrderId: string, @Ctx() ctx: Context) {
    return this.change(ctx, workOrderId, addMeToo);
  }

  @Authorized(Role.TENANT)
  @Mutation(() => CommonAreaRequestPayload, { description: 'Takes back a "me too".' })
  removeMeToo(@Arg('workOrderId', () => ID) workOrderId: string, @Ctx() ctx: Context) {
    return this.change(ctx, workOrderId, removeMeToo);
  }

  private change(
    ctx: Context,
    workOrderId: string,
    apply: typeof addMeToo,
  ): Promise<CommonAreaRequestPayload> {
    return payloadOf<CommonAreaRequestPayload>(
      null,
      async () => {
        const viewer = viewerOf(ctx);
        const id = await apply(ctx.em, viewer, workOrderId);
        const [row] = await listCommonAreaRequests(ctx.em, viewer, { first: 1, ids: [id] });
        return { request: row ? requestOf(row) : null };
      },
      () => ({ request: null }),
    );
  }
}

@Resolver(() => WorkOrder)
export class WorkOrderAffectedResolver {
  @FieldResolver(() => Int, {
    description: 'People affected: the reporter plus every tenant who added "me too" (common areas).',
  })
  affectedCount(@Root() wo: WorkOrder, @Ctx() ctx: Context): Promise<number> {
    return ctx.loaders.custom(affectedCountLoader).load(wo.id);
  }
}
