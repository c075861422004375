import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { ArrayMaxSize } from 'class-validator';
import {
  Arg,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { type Context, viewerOf } from '../../platform/graphql/context';
import { groupInKeyOrder } from '../../platform/graphql/loaders';
import { UserError, payloadOf } from '../../platform/graphql/user-error';
import { recordAudit } from '../audit/audit.service';
import { Role, isStaff } from '../identity/role';
import { User } from '../identity/user.entity';
import { WorkOrderEvent } from '../work-order/work-order-event.entity';
import { WorkOrderChangeKind } from '../work-order/work-order-status';
import { WorkOrder } from '../work-order/work-order.entity';
import { WorkOrderPayload } from '../work-order/work-order.types';
import { acknowledgeEmergency, readRota, updateRota } from './escalation.service';

@ObjectType({ description: 'Who is paged for emergencies, in order.' })
export class OnCallRota {
  @Field(() => [User])
  chain!: User[];
}

@InputType()
export class UpdateOnCallRotaInput {
  @Field(() => [ID])
  @ArrayMaxSize(20)
  userIds!: string[];
}

@ObjectType()
export class OnCallRotaPayload {
  @Field(() => OnCallRota, { nullable: true })
  onCallRota?: OnCallRota | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@InputType()
export class AcknowledgeEmergencyInput {
  @Field(() => ID)
  workOrderId!: string;
}

@ObjectType({
  description: 'The emergency escalation of an order: who was paged last, and who acknowledged.',
})
export class Escalation {
  pagedUserId!: number;
  acknowledgedById!: number | null;

  @Field(() => Int, { description: '1 = the first person on call.' })
  level!: number;

  @Field()
  pagedAt!: Date;

  @Field(() => Date, { nullable: true })
  acknowledgedAt?: Date | null;

  @Field(() => User, { nullable: true })
  pagedUser?: User | null;

  @Field(() => User, { nullable: true })
  acknowledgedBy?: User | null;
}

const escalationEventsLoader = (em: EntityManager): DataLoader<number, WorkOrderEvent[]> =>
  new DataLoader(async (ids) => {
    const events = await em.find(
      WorkOrderEvent,
      {
        workOrder: { $in: [...ids] },
        kind: { $in: [WorkOrderChangeKind.PAGED, WorkOrderChangeKind.ACKNOWLEDGED] },
      },
      { orderBy: { id: 'asc' } },
    );
    return groupInKeyOrder(ids, events, (e) => e.workOrder.id);
  });

@Resolver(() => WorkOrder)
export class EscalationResolver {
  @Authorized(Role.MANAGER, Role.ADMIN)
  @Query(() => OnCallRota, { description: 'The on-call chain for emergencies.' })
  async onCallRota(@Ctx() ctx: Context): Promise<OnCallRota> {
    return Object.assign(new OnCallRota(), { chain: await readRota(ctx.em) });
  }

  @Authorized(Role.MANAGER, Role.ADMIN)
  @Query(() => [User], {
    description: 'Who may be put on the rota: active managers, admins and technicians.',
  })
  onCallCandidates(@Ctx() ctx: Context): Promise<User[]> {
    return ctx.em.find(
      User,
      { role: { $in: [Role.MANAGER, Role.ADMIN, Role.TECHNICIAN] }, active: true },
      { orderBy: { name: 'asc' } },
    );
  }

  @Authorized(Role.MANAGER, Role.ADMIN)
  @Mutation(() => OnCallRotaPayload, {
    description: 'Sets who is paged, in order (managers, admins, technicians).',
  })
  updateOnCallRota(
    @Arg('input', () => UpdateOnCallRotaInput, { validate: false }) input: UpdateOnCallRotaInput,
    @Ctx() ctx: Context,
  ) {
    return payloadOf<OnCallRotaPayload>(
      input,
      async () => {
        const chain = await updateRota(ctx.em, input.userIds);
        await recordAudit(ctx.em, viewerOf(ctx), 'on_call_rota.updated', 'on_call_rota', {
          userIds: chain.map((u) => u.id),
        });
        return { onCallRota: Object.assign(new OnCallRota(), { chain }) };
      },
      () => ({ onCallRota: null }),
    );
  }

  @Authorized()
  @Mutation(() => WorkOrderPayload, {
    description: 'The person paged (or a manager) takes the emergency: escalation stops.',
  })
  acknowledgeEmergency(
    @Arg('input', () => AcknowledgeEmergencyInput, { validate: false }) input: AcknowledgeEmergencyInput,
    @Ctx() ctx: Context,
  ) {
    return payloadOf<WorkOrderPayload>(
      input,
      async () => ({
        workOrder: await acknowledgeEmergency(
          { em: ctx.em, pubSub: ctx.services.pubSub, jobs: ctx.services.jobs },
          viewerOf(ctx),
          input.workOrderId,
        ),
      }),
      () => ({ workOrder: null }),
    );
  }

  @FieldResolver(() => Escalation, {
    nullable: true,
    description: 'Emergency paging (staff and technicians only).',
  })
  async escalation(@Root() wo: WorkOrder, @Ctx() ctx: Context): Promise<Escalation | null> {
    const viewer = ctx.viewer;
    if (viewer === null || !(isStaff(viewer.role as Role) || viewer.role === Role.TECHNICIAN)) return null;
    const events = await ctx.loaders.custom(escalationEventsLoader).load(wo.id);
    const paged = events.filter((e) => e.kind === WorkOrderChangeKind.PAGED).at(-1);
    if (paged === undefined) return null;
    const ack = events.find((e) => e.kind === WorkOrderChangeKind.ACKNOWLEDGED);
    return Object.assign(new Escalation(), {
      pagedUserId: Number(paged.data?.userId),
      level: Number(paged.data?.level ?? 0) + 1,
      pagedAt: paged.at,
      acknowledgedById: ack?.actor?.id ?? null,
      acknowledgedAt: ack?.at ?? null,
    });
  }
}

@Resolver(() => Escalation)
export class EscalationFieldsResolver {
  @FieldResolver(() => User, { nullable: true })
  pagedUser(@Root() e: Escalation, @Ctx() ctx: Context): Promise<User | null> {
    return ctx.loaders.byId(User).load(e.pagedUserId);
  }

  @FieldResolver(() => User, { nullable: true })
  async acknowledgedBy(@Root() e: Escalation, @Ctx() ctx: Context): Promise<User | null> {
    return e.acknowledgedById === null ? null : ctx.loaders.byId(User).load(e.acknowledgedById);
  }
}
