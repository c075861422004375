import { ArrayMaxSize, IsOptional, Length, MaxLength, ValidateNested } from 'class-validator';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { UserError } from '../../platform/graphql/user-error';
import { ContactMethod } from '../portfolio/contact-method';
import { Severity } from '../triage/severity';
import { TimeWindowInput } from '../work-order/time-window';
import { LocationKind } from '../work-order/work-order-status';
import { WorkOrder } from '../work-order/work-order.entity';

export const TITLE_MAX = 120;
export const DESCRIPTION_MAX = 5000;
export const AVAILABILITY_MAX = 5;

@InputType({
  description: "Access instructions for this request; left out, the tenant's stored profile is used.",
})
export class AccessInstructionsInput {
  @Field(() => String, { nullable: true })
  @MaxLength(1000)
  @IsOptional()
  pets?: string | null;

  @Field(() => ContactMethod, { nullable: true })
  bestContactMethod?: ContactMethod | null;

  @Field(() => String, { nullable: true })
  @MaxLength(1000)
  @IsOptional()
  preferredTimes?: string | null;

  @Field(() => String, { nullable: true })
  @MaxLength(1000)
  @IsOptional()
  notes?: string | null;
}

@InputType()
export class SubmitMaintenanceRequestInput {
  @Field(() => ID, {
    nullable: true,
    description: 'May be left out when the tenant leases exactly one unit.',
  })
  unitId?: string | null;

  @Field(() => LocationKind, { defaultValue: LocationKind.UNIT })
  locationKind: LocationKind = LocationKind.UNIT;

  @Field(() => String, { nullable: true, description: "The room (in the unit) or the common area's name." })
  @MaxLength(100)
  @IsOptional()
  locationDetail?: string | null;

  @Field(() => ID)
  categoryId!: string;

  @Field(() => Severity)
  severity!: Severity;

  @Field()
  title!: string;

  @Field()
  description!: string;

  @Field(() => [ID], {
    nullable: true,
    description: 'Photos and videos uploaded with POST /uploads (at most 10).',
  })
  @IsOptional()
  @ArrayMaxSize(10)
  attachmentIds?: string[] | null;

  @Field(() => AccessInstructionsInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  access?: AccessInstructionsInput | null;

  @Field(() => Boolean, { nullable: true })
  permissionToEnter?: boolean | null;

  @Field(() => [TimeWindowInput], { nullable: true })
  @IsOptional()
  @ValidateNested({ each: true })
  availability?: TimeWindowInput[] | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Client-generated; the same key from the same user returns the first result and creates nothing new.',
  })
  @Length(8, 100)
  @IsOptional()
  idempotencyKey?: string | null;
}

@ObjectType()
export class SubmitMaintenanceRequestPayload {
  @Field(() => WorkOrder, { nullable: true })
  workOrder?: WorkOrder | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}
