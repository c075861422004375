import { filter, map, pipe } from '@graphql-yoga/subscription';
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
  Subscription,
  type SubscribeResolverData,
} from 'type-graphql';
import {
  connectionFrom,
  connectionOf,
  decodeCursor,
  encodeCursor,
  pageSize,
} from '../../platform/graphql/connection';
import { type Context, found, viewerOf } from '../../platform/graphql/context';
import { loadNow } from '../../platform/graphql/loaders';
import { SOURCE_EVENT, type FromEvent } from '../../platform/graphql/subscriptions';
import { idOf } from '../../platform/graphql/node';
import { UserError, payloadOf } from '../../platform/graphql/user-error';
import { Topic, type MessageAddedPayload } from '../../platform/pubsub/pubsub';
import { User } from '../identity/user.entity';
import { WorkOrder } from '../work-order/work-order.entity';
import { WorkOrderPayload } from '../work-order/work-order.types';
import { visibleWorkOrderLoader } from '../work-order/work-order.service';
import { Message } from './message.entity';
import {
  MESSAGE_MAX,
  markRead,
  postMessage,
  searchMessages,
  seesInternal,
  threadPage,
  unreadCountLoader,
} from './messaging.service';

export const { Connection: MessageConnection } = connectionOf(Message, 'Message');

@InputType()
export class PostMessageInput {
  @Field(() => ID)
  workOrderId!: string;

  @Field()
  @MaxLength(MESSAGE_MAX)
  body!: string;

  @Field(() => [ID], { nullable: true, description: 'Photos and videos uploaded with POST /uploads.' })
  @IsOptional()
  @ArrayMaxSize(10)
  attachmentIds?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'A staff-only note (never shown to tenants).' })
  @IsOptional()
  internal?: boolean | null;
}

@ObjectType()
export class PostMessagePayload {
  @Field(() => Message, { nullable: true })
  message?: Message | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@InputType()
export class MarkMessagesReadInput {
  @Field(() => ID)
  workOrderId!: string;
}

interface AddedEvent extends FromEvent {
  message: Message | null;
}

const subscribeToThread = ({
  args,
  context,
}: SubscribeResolverData<unknown, { workOrderId: string }, Context>) => {
  const workOrderId = idOf('WorkOrder', args.workOrderId) ?? -1;
  return pipe(
    context.services.pubSub.subscribe(Topic.MESSAGE_ADDED),
    filter((p: MessageAddedPayload) => p.workOrderId === workOrderId),
    map(async (p: MessageAddedPayload): Promise<AddedEvent> => {
      context.renew(p);
      const viewer = context.viewer;
      if (viewer === null || (p.internal && !seesInternal(viewer))) return { message: null };
      const wo = await context.loaders.custom(visibleWorkOrderLoader).load(p.workOrderId);
      return {
        message: wo === null ? null : await context.loaders.byId(Message).load(p.messageId),
        [SOURCE_EVENT]: p,
      };
    }),
    filter((e: AddedEvent) => e.message !== null),
  );
};

@Resolver(() => Message)
export class MessagingResolver {
  @Authorized()
  @Mutation(() => PostMessagePayload, {
    description: 'Adds to a work order’s thread; staff may add internal notes.',
  })
  postMessage(
    @Arg('input', () => PostMessageInput, { validate: false }) input: PostMessageInput,
    @Ctx() ctx: Context,
  ) {
    return payloadOf<PostMessagePayload>(
      input,
      async () => ({ message: await postMessage(ctx.em, ctx.services.pubSub, viewerOf(ctx), input) }),
      () => ({ message: null }),
    );
  }

  @Authorized()
  @Mutation(() => WorkOrderPayload, { description: 'Marks the thread read up to its latest message.' })
  markMessagesRead(
    @Arg('input', () => MarkMessagesReadInput, { validate: false }) input: MarkMessagesReadInput,
    @Ctx() ctx: Context,
  ) {
    return payloadOf<WorkOrderPayload>(
      input,
      async () => ({ workOrder: await markRead(ctx.em, viewerOf(ctx), input.workOrderId) }),
      () => ({
        workOrder: null,
      }),
    );
  }

  @Authorized()
  @Query(() => [Message], {
    description: 'Full-text search in threads: one work order, or (managers) all of them.',
  })
  searchMessages(
    @Arg('text') text: string,
    @Ctx() ctx: Context,
    @Arg('workOrderId', () => ID, { nullable: true }) workOrderId?: string,
    @Arg('first', () => Int, { nullable: true }) first?: number,
  ): Promise<Message[]> {
    return searchMessages(ctx.em, viewerOf(ctx), text.slice(0, 200), workOrderId, pageSize(first));
  }

  @Authorized()
  @Subscription(() => Message, {
    subscribe: subscribeToThread,
    description: 'New messages in a thread the subscriber may read.',
  })
  messageAdded(@Root() event: AddedEvent, @Arg('workOrderId', () => ID) _workOrderId: string): Message {
    return found(event.message);
  }

  @FieldResolver(() => User)
  async author(@Root() message: Message, @Ctx() ctx: Context): Promise<User> {
    return found(await ctx.loaders.byId(User).load(message.author.id));
  }

  @FieldResolver(() => ID, { description: 'The work order’s id.' })
  workOrderId(@Root() message: Message): string {
    return Buffer.from(`WorkOrder:${message.workOrder.id}`).toString('base64url');
  }
}

@Resolver(() => WorkOrder)
export class WorkOrderMessagesResolver {
  @FieldResolver(() => MessageConnection, {
    description: 'The thread, oldest first; tenants never see internal notes.',
  })
  async messages(
    @Root() wo: WorkOrder,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<InstanceType<typeof MessageConnection>> {
    const size = pageSize(first ?? 50);
    const afterId = after ? (decodeCursor(after, ['number'])[0] as number) : null;
    const { rows, total } = await threadPage(ctx.em, viewerOf(ctx), wo.id, size, afterId);
    return connectionFrom(rows, size, total, (m) => encodeCursor([m.id]), afterId !== null);
  }

  @FieldResolver(() => Int, { description: 'Messages the viewer has not read yet.' })
  unreadMessageCount(@Root() wo: WorkOrder, @Ctx() ctx: Context): number | Promise<number> {
    return loadNow(ctx.loaders.custom(unreadCountLoader), wo.id);
  }
}
