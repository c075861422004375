import {
  Arg,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Info,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
  Subscription,
  type SubscribeResolverData,
} from 'type-graphql';
import type DataLoader from 'dataloader';
import type { GraphQLResolveInfo } from 'graphql';
import { connectionFrom, pageSize } from '../../platform/graphql/connection';
import { selectedAt } from '../../platform/graphql/selection';
import { SOURCE_EVENT, mapEvents, shareSource, type FromEvent } from '../../platform/graphql/subscriptions';
import { type Context, found, viewerOf } from '../../platform/graphql/context';
import { loadNow, primeNow, thenNow } from '../../platform/graphql/loaders';
import { fromGlobalId, idOf } from '../../platform/graphql/node';
import { payloadOf } from '../../platform/graphql/user-error';
import { Topic, type WorkOrderChangedPayload } from '../../platform/pubsub/pubsub';
import { Category } from '../category/category.entity';
import { Role } from '../identity/role';
import { User } from '../identity/user.entity';
import { mayReadAccessCodes } from '../portfolio/portfolio.policy';
import { Property } from '../portfolio/property.entity';
import { Unit } from '../portfolio/unit.entity';
import { overrideTriage } from '../triage/triage-override.service';
import { Assignee } from '../vendor/assignee';
import { Technician } from '../vendor/technician.entity';
import { Vendor } from '../vendor/vendor.entity';
import { TimeWindow, toTimeWindow } from './time-window';
import { WorkOrderEvent } from './work-order-event.entity';
import { WorkOrderChangeFilter, WorkOrderFilter, WorkOrderOrder } from './work-order.filter';
import { WorkOrderChangeKind, WorkOrderStatus } from './work-order-status';
import { partiesOf } from '../workflow/workflow.parties';
import { unreadCountLoader } from '../messaging/messaging.service';
import { settingsLoader } from '../settings/settings.service';
import { slaEventsLoader } from '../sla/sla.loaders';
import { SLA_SETTINGS } from '../sla/sla.settings';
import { repeatCountLoader } from './repeat.loaders';
import {
  cursorOf,
  listWorkOrders,
  timelineLoader,
  visibleWorkOrderLoader,
  type WorkOrderPageRelations,
} from './work-order.service';
import {
  AccessInstructions,
  TriageWorkOrderInput,
  WorkOrderChange,
  WorkOrderConnection,
  WorkOrderPayload,
} from './work-order.types';
import { WorkOrder } from './work-order.entity';

interface ChangeEvent extends FromEvent {
  payload: WorkOrderChangedPayload;
  workOrder: WorkOrder | null;
}

/** Narrows by the subscriber's filter, then loads the order fresh — and only if the subscriber may see it. */
const subscribeToChanges = ({
  args,
  context,
}: SubscribeResolverData<unknown, { filter?: WorkOrderChangeFilter }, Context>) => {
  const wanted = args.filter ?? {};
  const workOrderId = wanted.workOrderId ? (idOf('WorkOrder', wanted.workOrderId) ?? -1) : null;
  const propertyIds = wanted.propertyIds?.map((id) => idOf('Property', id) ?? -1) ?? null;
  // what a subscriber sees depends only on the event, the filter and the viewer: identical subscribers share it
  return shareSource(
    mapEvents(
      context.services.pubSub.subscribe(Topic.WORK_ORDER_CHANGED),
      async (payload: WorkOrderChangedPayload): Promise<ChangeEvent | null> => {
        if (workOrderId !== null && payload.workOrderId !== workOrderId) return null;
        if (propertyIds !== null && !propertyIds.includes(payload.propertyId)) return null;
        context.renew(payload);
        const workOrder = await context.loaders.custom(visibleWorkOrderLoader).load(payload.workOrderId);
        return workOrder === null ? null : { payload, workOrder, [SOURCE_EVENT]: payload };
      },
    ),
  );
};

/** The page statement already read the cards' relations: the field resolvers' loaders start with them. */
const primePage = (ctx: Context, related: WorkOrderPageRelations): void => {
  const prime = <T extends { id: number }>(entity: new () => T, rows: T[]): void => {
    const loader = ctx.loaders.byId(entity);
    for (const row of rows) primeNow(loader, row.id, row);
  };
  prime(Unit, related.units);
  prime(Property, related.properties);
  prime(User, related.users);
  prime(Category, related.categories);
  prime(Vendor, related.vendors);
  prime(Technician, related.technicians);
  const each = <V>(loader: DataLoader<number, V>, values: Map<number, V>): void => {
    for (const [id, value] of values) primeNow(loader, id, value);
  };
  each(ctx.loaders.custom(unreadCountLoader), related.unread);
  each(ctx.loaders.custom(repeatCountLoader), related.repeatCounts);
  each(ctx.loaders.custom(slaEventsLoader), related.slaEvents);
  if (related.slaSettings !== null) {
    primeNow(ctx.loaders.custom(settingsLoader), SLA_SETTINGS.key, related.slaSettings.stored);
  }
};

@Resolver(() => WorkOrder)
export class WorkOrderResolver {
  @Authorized()
  @Query(() => WorkOrderConnection, {
    description: 'The work orders the viewer may see, newest first by default.',
  })
  async workOrders(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg('filter', () => WorkOrderFilter, { nullable: true }) filterBy?: WorkOrderFilter,
    @Arg('orderBy', () => WorkOrderOrder, { nullable: true }) orderBy?: WorkOrderOrder,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<InstanceType<typeof WorkOrderConnection>> {
    const size = pageSize(first);
    const order = orderBy ?? new WorkOrderOrder();
    // what the cards' fields will ask for is read in the page's statement too
    const fields = selectedAt(info, ['nodes'], ['edges', 'node']);
    const extras = { slaEvents: fields.has('sla'), repeatCount: fields.has('repeatCount'), fields };
    const page = await listWorkOrders(ctx.em, viewerOf(ctx), filterBy, order, size, after, extras);
    primePage(ctx, page.related);
    return Object.assign(
      connectionFrom(page.rows, size, page.totalCount, (row) => cursorOf(order, row), Boolean(after)),
      { totalCountExact: page.totalCountExact },
    );
  }

  @Authorized()
  @Query(() => WorkOrder, { nullable: true, description: 'One work order by global id or tracking number.' })
  async workOrder(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { nullable: true }) id?: string,
    @Arg('number', () => Int, { nullable: true }) number?: number,
  ): Promise<WorkOrder | null> {
    let workOrderId: number | null = null;
    if (id) workOrderId = fromGlobalId(id)?.type === 'WorkOrder' ? idOf('WorkOrder', id) : null;
    else if (number !== undefined && number !== null) {
      const row = await ctx.em.findOne(WorkOrder, { number }, { fields: ['id'] });
      workOrderId = row?.id ?? null;
    }
    return workOrderId === null ? null : ctx.loaders.custom(visibleWorkOrderLoader).load(workOrderId);
  }

  @Authorized(Role.MANAGER, Role.ADMIN)
  @Mutation(() => WorkOrderPayload, { description: 'Set priority and/or category, with a reason.' })
  triageWorkOrder(
    @Arg('input', () => TriageWorkOrderInput, { validate: false }) input: TriageWorkOrderInput,
    @Ctx() ctx: Context,
  ): Promise<WorkOrderPayload> {
    return payloadOf(
      input,
      async () => ({
        workOrder: await overrideTriage(ctx.em, ctx.services.pubSub, ctx.services.jobs, viewerOf(ctx), input),
      }),
      () => ({ workOrder: null }),
    );
  }

  @Authorized()
  @Subscription(() => WorkOrderChange, {
    subscribe: subscribeToChanges,
    description:
      'Every change to a work order the subscriber may see. The filter narrows; authorization always applies on top.',
  })
  workOrderChanged(
    @Root() event: ChangeEvent,
    @Arg('filter', () => WorkOrderChangeFilter, { nullable: true }) _filter?: WorkOrderChangeFilter,
  ): WorkOrderChange {
    return Object.assign(new WorkOrderChange(), {
      kind: event.payload.kind as WorkOrderChangeKind,
      workOrder: event.workOrder,
      actorId: event.payload.actorId,
      at: new Date(event.payload.at),
    });
  }

  // the card's relations answer at once when the page primed them (see loadNow)
  @FieldResolver(() => Category)
  category(@Root() wo: WorkOrder, @Ctx() ctx: Context): Category | Promise<Category> {
    return thenNow(loadNow(ctx.loaders.byId(Category), wo.category.id), found);
  }

  @FieldResolver(() => Unit, { nullable: true, description: 'Null for a common-area request.' })
  unit(@Root() wo: WorkOrder, @Ctx() ctx: Context): Unit | null | Promise<Unit | null> {
    return wo.unit ? loadNow(ctx.loaders.byId(Unit), wo.unit.id) : null;
  }

  @FieldResolver(() => Property)
  property(@Root() wo: WorkOrder, @Ctx() ctx: Context): Property | Promise<Property> {
    return thenNow(loadNow(ctx.loaders.byId(Property), wo.property.id), found);
  }

  @FieldResolver(() => User)
  requester(@Root() wo: WorkOrder, @Ctx() ctx: Context): User | Promise<User> {
    return thenNow(loadNow(ctx.loaders.byId(User), wo.requester.id), found);
  }

  @FieldResolver(() => Assignee, { nullable: true })
  assignee(
    @Root() wo: WorkOrder,
    @Ctx() ctx: Context,
  ): Vendor | Technician | null | Promise<Vendor | Technician | null> {
    if (wo.assigneeVendor) return loadNow(ctx.loaders.byId(Vendor), wo.assigneeVendor.id);
    if (wo.assigneeTechnician) return loadNow(ctx.loaders.byId(Technician), wo.assigneeTechnician.id);
    return null;
  }

  @FieldResolver(() => [TimeWindow], { description: 'When the tenant is available.' })
  availability(@Root() wo: WorkOrder): TimeWindow[] {
    return wo.availabilityWindows.map(toTimeWindow);
  }

  @FieldResolver(() => AccessInstructions, {
    nullable: true,
    description: 'How to get in. Gate and lockbox codes: managers, admins and the assignee of an open job.',
  })
  async access(@Root() wo: WorkOrder, @Ctx() ctx: Context): Promise<AccessInstructions> {
    // managers and admins; and the current assignee while the job is open (PRODUCT.md §2)
    const open = wo.status === WorkOrderStatus.ASSIGNED || wo.status === WorkOrderStatus.SCHEDULED;
    const codes =
      mayReadAccessCodes(ctx.viewer) ||
      (open && ctx.viewer !== null && (await partiesOf(ctx.loaders, ctx.viewer, wo)).has('ASSIGNEE'));
    const { secretBox } = ctx.services;
    let gateCode: string | null = null;
    let lockboxCode: string | null = null;
    if (codes) {
      const property = await ctx.loaders.byId(Property).load(wo.property.id);
      const unit = wo.unit ? await ctx.loaders.byId(Unit).load(wo.unit.id) : null;
      gateCode = property?.gateCodeSealed ? secretBox.open(property.gateCodeSealed) : null;
      lockboxCode = unit?.lockboxCodeSealed ? secretBox.open(unit.lockboxCodeSealed) : null;
    }
    return Object.assign(new AccessInstructions(), { ...wo.accessSnapshot, gateCode, lockboxCode });
  }

  @FieldResolver(() => [WorkOrderEvent], { description: 'Every change, who and when: the audit trail.' })
  timeline(@Root() wo: WorkOrder, @Ctx() ctx: Context): Promise<WorkOrderEvent[]> {
    return ctx.loaders.custom(timelineLoader).load(wo.id);
  }
}

@Resolver(() => WorkOrderChange)
export class WorkOrderChangeResolver {
  @FieldResolver(() => User, { nullable: true })
  async actor(
    @Root() change: WorkOrderChange & { actorId: number | null },
    @Ctx() ctx: Context,
  ): Promise<User | null> {
    return change.actorId === null ? null : ctx.loaders.byId(User).load(change.actorId);
  }
}

@Resolver(() => WorkOrderEvent)
export class WorkOrderEventResolver {
  @FieldResolver(() => User, { nullable: true })
  async actor(@Root() event: WorkOrderEvent, @Ctx() ctx: Context): Promise<User | null> {
    return event.actor ? ctx.loaders.byId(User).load(event.actor.id) : null;
  }
}
