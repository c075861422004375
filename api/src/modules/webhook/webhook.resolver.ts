import { ArrayMaxSize, IsOptional, MaxLength } from 'class-validator';
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
import { pageSize } from '../../platform/graphql/connection';
import { type Context, viewerOf } from '../../platform/graphql/context';
import { UserError, payloadOf } from '../../platform/graphql/user-error';
import { recordAudit } from '../audit/audit.service';
import { Role } from '../identity/role';
import { WorkOrderChangeKind } from '../work-order/work-order-status';
import { WebhookDelivery, WebhookEndpoint } from './webhook.entities';
import { createEndpoint, deleteEndpoint, redeliver, type WebhookDeps } from './webhook.service';

@InputType()
export class CreateWebhookEndpointInput {
  @Field({ description: 'https URL that accepts POSTs.' })
  @MaxLength(2000)
  url!: string;

  @Field(() => [WorkOrderChangeKind], {
    nullable: true,
    description: 'Event kinds to send; left out or empty: all.',
  })
  @IsOptional()
  @ArrayMaxSize(30)
  eventKinds?: WorkOrderChangeKind[] | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500)
  description?: string | null;
}

@ObjectType()
export class CreateWebhookEndpointPayload {
  @Field(() => WebhookEndpoint, { nullable: true })
  endpoint?: WebhookEndpoint | null;

  @Field(() => String, {
    nullable: true,
    description: 'The signing secret: shown this once. Verify Fixline-Signature with it.',
  })
  secret?: string | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@InputType()
export class DeleteWebhookEndpointInput {
  @Field(() => ID)
  endpointId!: string;
}

@ObjectType()
export class DeleteWebhookEndpointPayload {
  @Field(() => WebhookEndpoint, { nullable: true })
  endpoint?: WebhookEndpoint | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@InputType()
export class RedeliverWebhookInput {
  @Field(() => ID)
  deliveryId!: string;
}

@ObjectType()
export class RedeliverWebhookPayload {
  @Field(() => WebhookDelivery, { nullable: true })
  delivery?: WebhookDelivery | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

export const webhookDepsOf = (ctx: Context): WebhookDeps => ({
  em: ctx.em,
  jobs: ctx.services.jobs,
  secretBox: ctx.services.secretBox,
  logger: ctx.services.logger,
  retryBaseSeconds: ctx.services.config.webhooks.retryBaseSeconds,
  retryForSeconds: ctx.services.config.webhooks.retryForSeconds,
  allowInsecureUrls: ctx.services.config.nodeEnv !== 'production',
});

@Resolver(() => WebhookEndpoint)
export class WebhookResolver {
  @Authorized(Role.ADMIN)
  @Query(() => [WebhookEndpoint], { description: 'Webhook endpoints, newest first.' })
  webhookEndpoints(@Ctx() ctx: Context): Promise<WebhookEndpoint[]> {
    return ctx.em.find(WebhookEndpoint, {}, { orderBy: { id: 'desc' } });
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => CreateWebhookEndpointPayload)
  createWebhookEndpoint(
    @Arg('input', () => CreateWebhookEndpointInput, { validate: false }) input: CreateWebhookEndpointInput,
    @Ctx() ctx: Context,
  ) {
    return payloadOf<CreateWebhookEndpointPayload>(
      input,
      async () => {
        const created = await createEndpoint(webhookDepsOf(ctx), viewerOf(ctx), input);
        await recordAudit(ctx.em, viewerOf(ctx), 'webhook.created', created.endpoint.globalId, {
          url: created.endpoint.url,
        });
        return created;
      },
      () => ({ endpoint: null, secret: null }),
    );
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => DeleteWebhookEndpointPayload)
  deleteWebhookEndpoint(
    @Arg('input', () => DeleteWebhookEndpointInput, { validate: false }) input: DeleteWebhookEndpointInput,
    @Ctx() ctx: Context,
  ) {
    return payloadOf<DeleteWebhookEndpointPayload>(
      input,
      async () => {
        const endpoint = await deleteEndpoint(ctx.em, input.endpointId);
        await recordAudit(ctx.em, viewerOf(ctx), 'webhook.deleted', input.endpointId, { url: endpoint.url });
        return { endpoint };
      },
      () => ({ endpoint: null }),
    );
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => RedeliverWebhookPayload, { description: 'Sends a delivery again now.' })
  redeliverWebhook(
    @Arg('input', () => RedeliverWebhookInput, { validate: false }) input: RedeliverWebhookInput,
    @Ctx() ctx: Context,
  ) {
    return payloadOf<RedeliverWebhookPayload>(
      input,
      async () => ({ delivery: await redeliver(webhookDepsOf(ctx), input.deliveryId) }),
      () => ({ delivery: null }),
    );
  }

  @FieldResolver(() => [WebhookDelivery], { description: 'The delivery log, newest first.' })
  deliveries(
    @Root() endpoint: WebhookEndpoint,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true }) first?: number,
  ) {
    return ctx.em.find(
      WebhookDelivery,
      { endpoint: endpoint.id },
      { orderBy: { id: 'desc' }, limit: pageSize(first) },
    );
  }
}
