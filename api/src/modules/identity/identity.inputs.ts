import { MaxLength, MinLength } from 'class-validator';
import { Field, InputType, ObjectType } from 'type-graphql';
import { UserError } from '../../platform/graphql/user-error';
import { User } from './user.entity';

@InputType()
export class LoginInput {
  @Field()
  @MaxLength(320)
  email!: string;

  @Field()
  @MinLength(1, { message: 'Enter your password.' })
  @MaxLength(1000)
  password!: string;
}

@ObjectType()
export class LoginPayload {
  @Field(() => String, { nullable: true, description: 'Send as `Authorization: Bearer <token>`.' })
  token?: string | null;

  @Field(() => Date, { nullable: true })
  expiresAt?: Date | null;

  @Field(() => User, { nullable: true })
  user?: User | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}
