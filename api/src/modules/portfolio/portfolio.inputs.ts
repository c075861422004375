import { IsOptional, MaxLength } from 'class-validator';
import { Field, InputType, ObjectType } from 'type-graphql';
import { UserError } from '../../platform/graphql/user-error';
import { AccessProfile } from './access-profile.entity';
import { ContactMethod } from './contact-method';

@InputType({ description: 'Access instructions; any field left out keeps its stored value.' })
export class UpdateAccessProfileInput {
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

@ObjectType()
export class AccessProfilePayload {
  @Field(() => AccessProfile, { nullable: true })
  accessProfile?: AccessProfile | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}
