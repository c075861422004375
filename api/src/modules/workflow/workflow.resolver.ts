import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { type Context, viewerOf } from '../../platform/graphql/context';
import { thenNow } from '../../platform/graphql/loaders';
import { payloadOf } from '../../platform/graphql/user-error';
import { User } from '../identity/user.entity';
import { toTimeWindow } from '../work-order/time-window';
import { WorkOrder } from '../work-order/work-order.entity';
import { WorkOrderPayload } from '../work-order/work-order.types';
import { availableActionsFor } from './workflow.guard';
import { partiesOf } from './workflow.parties';
import { WorkflowAction } from './workflow.rules';
import * as workflow from './workflow.service';
import {
  Appointment,
  AssignWorkOrderInput,
  CancelWorkOrderInput,
  CloseWorkOrderInput,
  CompleteWorkOrderInput,
  ConfirmResolutionInput,
  CostApproval,
  CostLineItem,
  DecideCostApprovalInput,
  Money,
  ReopenWorkOrderInput,
  ReportRunningLateInput,
  RequestRescheduleInput,
  RescheduleRequest,
  SatisfactionRating,
  ScheduleWorkOrderInput,
  SubmitCostEstimateInput,
  UnassignWorkOrderInput,
} from './workflow.types';

const depsOf = (ctx: Context): workflow.WorkflowDeps => ({
  em: ctx.em,
  pubSub: ctx.services.pubSub,
  jobs: ctx.services.jobs,
  timings: ctx.services.config.timings,
});

const run = (input: object, ctx: Context, change: () => Promise<WorkOrder>): Promise<WorkOrderPayload> =>
  payloadOf(
    input,
    async () => ({ workOrder: await change() }),
    () => ({ workOrder: null }),
  );

/** The workflow's mutations: thin — the transition table, guard and rules live in the service. */
@Resolver(() => WorkOrder)
export class WorkflowResolver {
  @Authorized()
  @Mutation(() => WorkOrderPayload, {
    description: 'NEW → ASSIGNED, or reassign while ASSIGNED. Vendor or technician.',
  })
  assignWorkOrder(
    @Arg('input', () => AssignWorkOrderInput, { validate: false }) input: AssignWorkOrderInput,
    @Ctx() ctx: Context,
  ) {
    return run(input, ctx, () => workflow.assignWorkOrder(depsOf(ctx), viewerOf(ctx), input));
  }

  @Authorized()
  @Mutation(() => WorkOrderPayload, { description: 'ASSIGNED → NEW, with a reason.' })
  unassignWorkOrder(
    @Arg('input', () => UnassignWorkOrderInput, { validate: false }) input: UnassignWorkOrderInput,
    @Ctx() ctx: Context,
  ) {
    return run(input, ctx, () => workflow.unassignWorkOrder(depsOf(ctx), viewerOf(ctx), input));
  }

  @Authorized()
  @Mutation(() => WorkOrderPayload, {
    description: 'ASSIGNED → SCHEDULED with an appointment window, or reschedule.',
  })
  scheduleWorkOrder(
    @Arg('input', () => ScheduleWorkOrderInput, { validate: false }) input: ScheduleWorkOrderInput,
    @Ctx() ctx: Context,
  ) {
    return run(input, ctx, () => workflow.scheduleWorkOrder(depsOf(ctx), viewerOf(ctx), input));
  }

  @Authorized()
  @Mutation(() => WorkOrderPayload, {
    description: 'The tenant proposes new windows; the assignee and managers are told at once.',
  })
  requestReschedule(
    @Arg('input', () => RequestRescheduleInput, { validate: false }) input: RequestRescheduleInput,
    @Ctx() ctx: Context,
  ) {
    return run(input, ctx, () => workflow.requestReschedule(depsOf(ctx), viewerOf(ctx), input));
  }

  @Authorized()
  @Mutation(() => WorkOrderPayload, { description: 'The assignee is running late: a new arrival time.' })
  reportRunningLate(
    @Arg('input', () => ReportRunningLateInput, { validate: false }) input: ReportRunningLateInput,
    @Ctx() ctx: Context,
  ) {
    return run(input, ctx, () => workflow.reportRunningLate(depsOf(ctx), viewerOf(ctx), input));
  }

  @Authorized()
  @Mutation(() => WorkOrderPayload, {
    description: 'An estimate; the owner’s approval policy decides what happens next.',
  })
  submitCostEstimate(
    @Arg('input', () => SubmitCostEstimateInput, { validate: false }) input: SubmitCostEstimateInput,
    @Ctx() ctx: Context,
  ) {
    return run(input, ctx, () => workflow.submitCostEstimate(depsOf(ctx), viewerOf(ctx), input));
  }

  @Authorized()
  @Mutation(() => WorkOrderPayload, {
    description: 'The owner (or a manager within authority) approves or rejects.',
  })
  decideCostApproval(
    @Arg('input', () => DecideCostApprovalInput, { validate: false }) input: DecideCostApprovalInput,
    @Ctx() ctx: Context,
  ) {
    return run(input, ctx, () => workflow.decideCostApproval(depsOf(ctx), viewerOf(ctx), input));
  }

  @Authorized()
  @Mutation(() => WorkOrderPayload, { description: 'Work done: notes and the actual cost.' })
  completeWorkOrder(
    @Arg('input', () => CompleteWorkOrderInput, { validate: false }) input: CompleteWorkOrderInput,
    @Ctx() ctx: Context,
  ) {
    return run(input, ctx, () => workflow.completeWorkOrder(depsOf(ctx), viewerOf(ctx), input));
  }

  @Authorized()
  @Mutation(() => WorkOrderPayload, { description: 'The tenant confirms it is fixed and rates 1–5: CLOSED.' })
  confirmResolution(
    @Arg('input', () => ConfirmResolutionInput, { validate: false }) input: ConfirmResolutionInput,
    @Ctx() ctx: Context,
  ) {
    return run(input, ctx, () => workflow.confirmResolution(depsOf(ctx), viewerOf(ctx), input));
  }

  @Authorized()
  @Mutation(() => WorkOrderPayload, { description: 'A manager closes a completed order.' })
  closeWorkOrder(
    @Arg('input', () => CloseWorkOrderInput, { validate: false }) input: CloseWorkOrderInput,
    @Ctx() ctx: Context,
  ) {
    return run(input, ctx, () => workflow.closeWorkOrder(depsOf(ctx), viewerOf(ctx), input));
  }

  @Authorized()
  @Mutation(() => WorkOrderPayload, {
    description: '"Not fixed": back to the same assignee (tenant within 14 days).',
  })
  reopenWorkOrder(
    @Arg('input', () => ReopenWorkOrderInput, { validate: false }) input: ReopenWorkOrderInput,
    @Ctx() ctx: Context,
  ) {
    return run(input, ctx, () => workflow.reopenWorkOrder(depsOf(ctx), viewerOf(ctx), input));
  }

  @Authorized()
  @Mutation(() => WorkOrderPayload, { description: 'Cancel with a reason (a tenant only while NEW).' })
  cancelWorkOrder(
    @Arg('input', () => CancelWorkOrderInput, { validate: false }) input: CancelWorkOrderInput,
    @Ctx() ctx: Context,
  ) {
    return run(input, ctx, () => workflow.cancelWorkOrder(depsOf(ctx), viewerOf(ctx), input));
  }

  @FieldResolver(() => [WorkflowAction], { description: 'What the viewer may do to this order now.' })
  availableActions(@Root() wo: WorkOrder, @Ctx() ctx: Context): WorkflowAction[] | Promise<WorkflowAction[]> {
    const viewer = ctx.viewer;
    if (viewer === null) return [];
    const { tenantReopenWithinSeconds } = ctx.services.config.timings;
    // staff, requesters and vendors: answered at once (see partiesOf)
    return thenNow(partiesOf(ctx.loaders, viewer, wo), (parties) =>
      availableActionsFor(wo, parties, Date.now(), tenantReopenWithinSeconds),
    );
  }

  @FieldResolver(() => Appointment, { nullable: true })
  appointment(@Root() wo: WorkOrder): Appointment | null {
    const a = wo.appointment;
    if (!a) return null;
    return Object.assign(new Appointment(), {
      startsAt: new Date(a.startsAt),
      endsAt: new Date(a.endsAt),
      eta: a.eta ? new Date(a.eta) : null,
      runningLateNote: a.runningLateNote ?? null,
      outsideAvailabilityReason: a.outsideAvailabilityReason ?? null,
    });
  }

  @FieldResolver(() => RescheduleRequest, {
    nullable: true,
    description: 'Set while the tenant’s request is open.',
  })
  rescheduleRequest(@Root() wo: WorkOrder): RescheduleRequest | null {
    const r = wo.rescheduleRequest;
    if (!r) return null;
    return Object.assign(new RescheduleRequest(), {
      windows: r.windows.map(toTimeWindow),
      reason: r.reason,
      requestedAt: new Date(r.requestedAt),
    });
  }

  @FieldResolver(() => CostApproval, { nullable: true })
  costApproval(@Root() wo: WorkOrder): CostApproval | null {
    const r = wo.costApprovalRecord;
    if (!r) return null;
    return Object.assign(new CostApproval(), {
      ...r,
      estimate: Money.of(r.amountCents, r.currency),
      lineItems: r.lineItems.map((l) =>
        Object.assign(new CostLineItem(), {
          description: l.description,
          amount: Money.of(l.amountCents, r.currency),
        }),
      ),
      submittedAt: new Date(r.submittedAt),
      decidedAt: r.decidedAt ? new Date(r.decidedAt) : null,
    });
  }

  @FieldResolver(() => Money, { nullable: true })
  actualCost(@Root() wo: WorkOrder): Money | null {
    return Money.of(wo.actualCostCents);
  }

  @FieldResolver(() => SatisfactionRating, { nullable: true })
  rating(@Root() wo: WorkOrder): SatisfactionRating | null {
    if (wo.ratingScore == null || !wo.ratedAt) return null;
    return Object.assign(new SatisfactionRating(), {
      score: wo.ratingScore,
      comment: wo.ratingComment ?? null,
      ratedAt: wo.ratedAt,
    });
  }
}

@Resolver(() => CostApproval)
export class CostApprovalResolver {
  @FieldResolver(() => User, { nullable: true })
  submittedBy(@Root() approval: CostApproval, @Ctx() ctx: Context): Promise<User | null> {
    return ctx.loaders.byId(User).load(approval.submittedById);
  }

  @FieldResolver(() => User, { nullable: true })
  async decidedBy(@Root() approval: CostApproval, @Ctx() ctx: Context): Promise<User | null> {
    return approval.decidedById === null ? null : ctx.loaders.byId(User).load(approval.decidedById);
  }
}
