import { ArrayMaxSize, MaxLength } from 'class-validator';
import {
  Arg,
  Authorized,
  Ctx,
  Field,
  ID,
  InputType,
  Mutation,
  ObjectType,
  Query,
  Resolver,
} from 'type-graphql';
import { type Context, viewerOf } from '../../platform/graphql/context';
import { UserError, payloadOf } from '../../platform/graphql/user-error';
import { ApiKey } from './api-key.entity';
import { ApiKeyScope } from './api-key.scopes';
import { createApiKey, revokeApiKey } from './api-key.service';
import { recordAudit } from '../audit/audit.service';
import { Role } from './role';

@InputType()
export class CreateApiKeyInput {
  @Field()
  @MaxLength(100)
  name!: string;

  @Field(() => [ApiKeyScope])
  @ArrayMaxSize(10)
  scopes!: ApiKeyScope[];
}

@ObjectType()
export class CreateApiKeyPayload {
  @Field(() => ApiKey, { nullable: true })
  apiKey?: ApiKey | null;

  @Field(() => String, {
    nullable: true,
    description: 'The secret: shown this once, never again. Send as `Authorization: Bearer <secret>`.',
  })
  secret?: string | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@InputType()
export class RevokeApiKeyInput {
  @Field(() => ID)
  apiKeyId!: string;
}

@ObjectType()
export class RevokeApiKeyPayload {
  @Field(() => ApiKey, { nullable: true })
  apiKey?: ApiKey | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@Resolver(() => ApiKey)
export class ApiKeyResolver {
  @Authorized(Role.ADMIN)
  @Query(() => [ApiKey], { description: 'Every API key, newest first (admins).' })
  apiKeys(@Ctx() ctx: Context): Promise<ApiKey[]> {
    return ctx.em.find(ApiKey, {}, { orderBy: { id: 'desc' } });
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => CreateApiKeyPayload, {
    description: 'Creates a key with scopes; its secret is in this answer only.',
  })
  createApiKey(
    @Arg('input', () => CreateApiKeyInput, { validate: false }) input: CreateApiKeyInput,
    @Ctx() ctx: Context,
  ) {
    return payloadOf<CreateApiKeyPayload>(
      input,
      async () => {
        const created = await createApiKey(ctx.em, viewerOf(ctx).id, input.name, input.scopes);
        await recordAudit(ctx.em, viewerOf(ctx), 'api_key.created', created.apiKey.globalId, {
          name: created.apiKey.name,
          scopes: created.apiKey.scopes,
        });
        return created;
      },
      () => ({ apiKey: null, secret: null }),
    );
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => RevokeApiKeyPayload, { description: 'Revokes a key at once.' })
  revokeApiKey(
    @Arg('input', () => RevokeApiKeyInput, { validate: false }) input: RevokeApiKeyInput,
    @Ctx() ctx: Context,
  ) {
    return payloadOf<RevokeApiKeyPayload>(
      input,
      async () => {
        const apiKey = await revokeApiKey(ctx.em, input.apiKeyId);
        await recordAudit(ctx.em, viewerOf(ctx), 'api_key.revoked', apiKey.globalId, { name: apiKey.name });
        return { apiKey };
      },
      () => ({ apiKey: null }),
    );
  }
}
