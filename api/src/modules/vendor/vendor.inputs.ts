import {
  ArrayMaxSize,
  IsOptional,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { UserError } from '../../platform/graphql/user-error';
import { Owner } from '../portfolio/owner.entity';
import { AssignmentRule } from './assignment-rule.entity';
import { Vendor } from './vendor.entity';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

@InputType()
export class VendorServiceInput {
  @Field(() => ID)
  categoryId!: string;

  @Field(() => Int, { description: '1 = preferred for the category, 2 and up = backups.' })
  @Min(1)
  @Max(20)
  rank!: number;
}

@InputType({ description: 'Vendor fields; on update, any left out keep their value.' })
export class VendorFieldsInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MinLength(2)
  @MaxLength(200)
  name?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  contactName?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(320)
  email?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(50)
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(5000)
  notes?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(0)
  @Max(10_000_000)
  hourlyRateCents?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(0)
  @Max(10_000_000)
  calloutFeeCents?: number | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' })
  @IsOptional()
  @Matches(DATE, { message: 'insuranceExpiresOn must be a date like 2027-01-31' })
  insuranceExpiresOn?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100)
  licenseNumber?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' })
  @IsOptional()
  @Matches(DATE, { message: 'licenseExpiresOn must be a date like 2027-01-31' })
  licenseExpiresOn?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(1)
  @Max(500)
  weeklyCapacity?: number | null;

  @Field(() => [VendorServiceInput], { nullable: true, description: 'Replaces the categories served.' })
  @IsOptional()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  services?: VendorServiceInput[] | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  active?: boolean | null;
}

@InputType()
export class CreateVendorInput extends VendorFieldsInput {
  @Field()
  @MinLength(2)
  @MaxLength(200)
  declare name: string;
}

@InputType()
export class UpdateVendorInput extends VendorFieldsInput {
  @Field(() => ID)
  vendorId!: string;
}

@ObjectType()
export class VendorPayload {
  @Field(() => Vendor, { nullable: true })
  vendor?: Vendor | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@InputType()
export class CreateAssignmentRuleInput {
  @Field(() => ID, { nullable: true })
  categoryId?: string | null;

  @Field(() => ID, { nullable: true })
  propertyId?: string | null;

  @Field(() => ID, { description: 'A Vendor or Technician id.' })
  assigneeId!: string;

  @Field(() => Boolean, { defaultValue: true })
  applyAtIntake: boolean = true;
}

@InputType()
export class DeleteAssignmentRuleInput {
  @Field(() => ID)
  ruleId!: string;
}

@ObjectType()
export class AssignmentRulePayload {
  @Field(() => AssignmentRule, { nullable: true })
  rule?: AssignmentRule | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@InputType()
export class UpdateApprovalPolicyInput {
  @Field(() => ID)
  ownerId!: string;

  @Field(() => Int)
  @Min(0)
  @Max(100_000_000)
  managerApprovesBelowCents!: number;

  @Field(() => Int)
  @Min(0)
  @Max(100_000_000)
  ownerApprovalAboveCents!: number;

  @Field()
  emergencyManagerMayApprove!: boolean;
}

@ObjectType()
export class ApprovalPolicyPayload {
  @Field(() => Owner, { nullable: true })
  owner?: Owner | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}
