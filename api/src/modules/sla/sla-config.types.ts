import { ArrayMaxSize, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { UserError } from '../../platform/graphql/user-error';
import { Property } from '../portfolio/property.entity';
import { Severity } from '../triage/severity';

export enum SlaDurationUnit {
  HOURS = 'HOURS',
  DAYS = 'DAYS',
  BUSINESS_DAYS = 'BUSINESS_DAYS',
}
registerEnumType(SlaDurationUnit, { name: 'SlaDurationUnit' });

@ObjectType()
export class SlaDuration {
  @Field(() => Int)
  amount!: number;

  @Field(() => SlaDurationUnit)
  unit!: SlaDurationUnit;
}

@ObjectType()
export class SlaTarget {
  @Field(() => Severity)
  priority!: Severity;

  @Field(() => SlaDuration)
  respond!: SlaDuration;

  @Field(() => SlaDuration)
  resolve!: SlaDuration;
}

@ObjectType({ description: 'SLA targets per priority and the thresholds around them.' })
export class SlaSettings {
  @Field(() => [SlaTarget])
  targets!: SlaTarget[];

  @Field(() => Int)
  atRiskPercent!: number;

  @Field(() => Int)
  repeatWindowDays!: number;

  @Field(() => Int)
  escalationAfterMinutes!: number;
}

@InputType()
export class SlaDurationInput {
  @Field(() => Int)
  @Min(1)
  @Max(1000)
  amount!: number;

  @Field(() => SlaDurationUnit)
  unit!: SlaDurationUnit;
}

@InputType()
export class SlaTargetInput {
  @Field(() => Severity)
  priority!: Severity;

  @Field(() => SlaDurationInput)
  @ValidateNested()
  respond!: SlaDurationInput;

  @Field(() => SlaDurationInput)
  @ValidateNested()
  resolve!: SlaDurationInput;
}

@InputType()
export class UpdateSlaSettingsInput {
  @Field(() => [SlaTargetInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(4)
  @ValidateNested({ each: true })
  targets?: SlaTargetInput[] | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(10)
  @Max(99)
  atRiskPercent?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(1)
  @Max(3650)
  repeatWindowDays?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(1)
  @Max(1440)
  escalationAfterMinutes?: number | null;
}

@ObjectType()
export class SlaSettingsPayload {
  @Field(() => SlaSettings, { nullable: true })
  slaSettings?: SlaSettings | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType({ description: 'A property’s working week in its own time zone.' })
export class BusinessCalendar {
  @Field(() => [Int], { description: 'ISO weekdays, 1 = Monday … 7 = Sunday.' })
  days!: number[];

  @Field({ description: 'HH:mm, local.' })
  opens!: string;

  @Field({ description: 'HH:mm, local.' })
  closes!: string;

  @Field(() => [String], { description: 'YYYY-MM-DD dates that are not business days.' })
  holidays!: string[];
}

@InputType()
export class UpdateBusinessCalendarInput {
  @Field(() => ID)
  propertyId!: string;

  @Field(() => [Int])
  @ArrayMaxSize(7)
  days!: number[];

  @Field()
  opens!: string;

  @Field()
  closes!: string;

  @Field(() => [String])
  @ArrayMaxSize(100)
  holidays!: string[];
}

@ObjectType()
export class PropertyPayload {
  @Field(() => Property, { nullable: true })
  property?: Property | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}
