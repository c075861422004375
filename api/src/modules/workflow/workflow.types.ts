import { ArrayMaxSize, IsOptional, MaxLength, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { User } from '../identity/user.entity';
import { TimeWindow, TimeWindowInput } from '../work-order/time-window';
import { CostApprovalState } from '../work-order/work-order-records';

@ObjectType({ description: 'An amount of money in minor units.' })
export class Money {
  @Field(() => Int)
  amountCents!: number;

  @Field()
  currency!: string;

  static of(amountCents: number | null | undefined, currency = 'USD'): Money | null {
    return amountCents === null || amountCents === undefined
      ? null
      : Object.assign(new Money(), { amountCents, currency });
  }
}

@InputType()
export class MoneyInput {
  @Field(() => Int)
  amountCents!: number;

  @Field(() => String, { defaultValue: 'USD' })
  currency: string = 'USD';
}

@ObjectType()
export class Appointment {
  @Field()
  startsAt!: Date;

  @Field()
  endsAt!: Date;

  @Field(() => Date, { nullable: true, description: 'Expected arrival after a running-late update.' })
  eta?: Date | null;

  @Field(() => String, { nullable: true })
  runningLateNote?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Why it was scheduled outside the tenant’s availability.',
  })
  outsideAvailabilityReason?: string | null;
}

@ObjectType({ description: 'The tenant’s open request for another time.' })
export class RescheduleRequest {
  @Field(() => [TimeWindow])
  windows!: TimeWindow[];

  @Field()
  reason!: string;

  @Field()
  requestedAt!: Date;
}

@ObjectType()
export class CostLineItem {
  @Field()
  description!: string;

  @Field(() => Money)
  amount!: Money;
}

@ObjectType({ description: 'The latest estimate and its approval under the owner’s policy.' })
export class CostApproval {
  @Field(() => Money)
  estimate!: Money;

  @Field(() => [CostLineItem])
  lineItems!: CostLineItem[];

  @Field(() => String, { nullable: true })
  note?: string | null;

  @Field(() => CostApprovalState)
  state!: CostApprovalState;

  @Field({ description: 'The policy rule that applied, e.g. "Over $500.00: the owner must approve".' })
  rule!: string;

  @Field()
  ownerNotified!: boolean;

  @Field({ description: 'Scheduling waits for the owner (PENDING_OWNER, except the emergency rule).' })
  blocksScheduling!: boolean;

  @Field({ description: 'A manager may decide (the emergency rule).' })
  managerMayDecide!: boolean;

  submittedById!: number;

  @Field()
  submittedAt!: Date;

  decidedById!: number | null;

  @Field(() => Date, { nullable: true })
  decidedAt?: Date | null;

  @Field(() => String, { nullable: true })
  decisionNote?: string | null;

  @Field(() => User, { nullable: true })
  submittedBy?: User | null;

  @Field(() => User, { nullable: true })
  decidedBy?: User | null;
}

@ObjectType()
export class SatisfactionRating {
  @Field(() => Int)
  score!: number;

  @Field(() => String, { nullable: true })
  comment?: string | null;

  @Field()
  ratedAt!: Date;
}

@InputType()
export class CostLineItemInput {
  @Field()
  @MaxLength(200)
  description!: string;

  @Field(() => Int)
  amountCents!: number;
}

/** The work order and the version the caller saw (fields inherited by every workflow input). */
@InputType('WorkOrderRefInput', { description: 'A work order and the version the caller saw.' })
export class WorkOrderRefInput {
  @Field(() => ID)
  workOrderId!: string;

  @Field(() => Int, { description: 'The version you saw; a stale one is a CONFLICT and changes nothing.' })
  expectedVersion!: number;
}

@InputType()
export class AssignWorkOrderInput extends WorkOrderRefInput {
  @Field(() => ID, { description: 'A Vendor or Technician id.' })
  assigneeId!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Required to dispatch to a vendor whose insurance has expired.',
  })
  @IsOptional()
  @MaxLength(500)
  insuranceOverrideReason?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500)
  reason?: string | null;
}

@InputType()
export class ReasonInput extends WorkOrderRefInput {
  @Field()
  reason!: string;
}

@InputType()
export class UnassignWorkOrderInput extends ReasonInput {}

@InputType()
export class ReopenWorkOrderInput extends ReasonInput {}

@InputType()
export class CancelWorkOrderInput extends ReasonInput {}

@InputType()
export class CloseWorkOrderInput extends WorkOrderRefInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(1000)
  reason?: string | null;
}

@InputType()
export class ScheduleWorkOrderInput extends WorkOrderRefInput {
  @Field(() => TimeWindowInput)
  @ValidateNested()
  window!: TimeWindowInput;

  @Field(() => String, {
    nullable: true,
    description: 'Required to schedule outside the tenant’s availability.',
  })
  @IsOptional()
  @MaxLength(500)
  outsideAvailabilityReason?: string | null;
}

@InputType()
export class RequestRescheduleInput extends WorkOrderRefInput {
  @Field(() => [TimeWindowInput])
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  windows!: TimeWindowInput[];

  @Field()
  reason!: string;
}

@InputType()
export class ReportRunningLateInput extends WorkOrderRefInput {
  @Field()
  eta!: Date;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500)
  note?: string | null;
}

@InputType()
export class SubmitCostEstimateInput extends WorkOrderRefInput {
  @Field(() => MoneyInput)
  amount!: MoneyInput;

  @Field(() => [CostLineItemInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  lineItems?: CostLineItemInput[] | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000)
  note?: string | null;
}

@InputType()
export class DecideCostApprovalInput extends WorkOrderRefInput {
  @Field()
  approve!: boolean;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000)
  note?: string | null;
}

@InputType()
export class CompleteWorkOrderInput extends WorkOrderRefInput {
  @Field()
  notes!: string;

  @Field(() => MoneyInput, { nullable: true })
  actualCost?: MoneyInput | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'Photos of the finished work, uploaded with POST /uploads.',
  })
  @IsOptional()
  @ArrayMaxSize(10)
  attachmentIds?: string[] | null;
}

@InputType()
export class ConfirmResolutionInput extends WorkOrderRefInput {
  @Field(() => Int, { description: '1 to 5.' })
  rating!: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000)
  comment?: string | null;
}
