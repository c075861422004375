import { MaxLength } from 'class-validator';
import { Field, InputType, ObjectType } from 'type-graphql';
import { UserError } from '../../platform/graphql/user-error';
import { AccessProfile } from './access-profile.entity';
import { ContactMethod } from './contact-method';

@InputType({ description: 'Access instructions; any field left out keeps its stored value.' })
export class UpdateAccessProfileInput {
  @Field(() => String, { nullable: true })
  @MaxLength(1000)
  pets?: string | null;

  @Field(() => ContactMethod, { nullable: true })
  bestContactMethod?: ContactMethod | null;

  @Field(() => String, { nullable: true })
  @MaxLength(1000)
  preferredTimes?: string | null;

  @Field(() => String, { nullable: true })
  @MaxLength(1000)
  notes?: string | null;
}

@ObjectType()
export class AccessProfilePayload {
  @Field(() => AccessProfile, { nullable: true })
  accessProfile?: AccessProfile | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}
