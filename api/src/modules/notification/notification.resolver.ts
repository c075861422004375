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
import { idOf } from '../../platform/graphql/node';
import { UserError, UserFacingError, payloadOf } from '../../platform/graphql/user-error';
import { Topic, type NotificationAddedPayload } from '../../platform/pubsub/pubsub';
import { Role, isStaff } from '../identity/role';
import { User } from '../identity/user.entity';
import { readSetting } from '../settings/settings.service';
import { WorkOrder } from '../work-order/work-order.entity';
import { visibleWorkOrderLoader } from '../work-order/work-order.service';
import { readKeptMail } from './channels/email';
import { mailFolder } from './notification.channels';
import { Notification, PushSubscriptionRecord } from './notification.entities';
import {
  NotificationChannel,
  NotificationTemplateKey,
  PLACEHOLDERS,
  TEMPLATES,
  templatesFor,
} from './notification.rules';
import {
  COMPANY,
  TEMPLATE_OVERRIDES,
  channelsFor,
  checkPreferences,
  checkPushEndpoint,
  resetTemplate,
  saveCompany,
  saveTemplate,
  type CompanyProfileValue,
  type TemplateOverrides,
} from './notification.settings';

export const { Connection: NotificationConnection } = connectionOf(Notification, 'Notification');

@ObjectType({ description: 'The name and logo notifications carry.' })
export class CompanyProfile {
  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  logoUrl!: string | null;

  @Field(() => String, { nullable: true, description: 'Where replies to notification emails go.' })
  replyTo!: string | null;
}

@ObjectType({ description: 'A notification template: the default text and the text in use.' })
export class NotificationTemplate {
  @Field(() => NotificationTemplateKey)
  key!: NotificationTemplateKey;

  @Field()
  label!: string;

  @Field({ description: 'Who gets it: REQUESTER, MANAGERS, ASSIGNEE, OWNER or PAGED_USER (on call).' })
  audience!: string;

  @Field()
  subject!: string;

  @Field()
  body!: string;

  @Field()
  defaultSubject!: string;

  @Field()
  defaultBody!: string;

  @Field()
  customized!: boolean;

  @Field(() => [NotificationChannel], { description: 'Channels used unless a person chose otherwise.' })
  defaultChannels!: NotificationChannel[];

  @Field(() => [String], { description: 'Placeholders the text may use, e.g. "number" for {number}.' })
  placeholders!: string[];
}

@ObjectType()
export class NotificationPreference {
  @Field(() => NotificationTemplateKey)
  template!: NotificationTemplateKey;

  @Field()
  label!: string;

  @Field(() => [NotificationChannel], { description: 'In-app is always on.' })
  channels!: NotificationChannel[];

  @Field(() => [NotificationChannel])
  defaultChannels!: NotificationChannel[];
}

@ObjectType({
  description: 'No SMS or push in this window (emergencies excepted); email and in-app still arrive.',
})
export class QuietHours {
  @Field({ description: 'HH:MM, e.g. 22:00.' })
  start!: string;

  @Field({ description: 'HH:MM, e.g. 07:00.' })
  end!: string;

  @Field({ description: 'IANA zone, e.g. Europe/Paris.' })
  timeZone!: string;
}

@ObjectType()
export class NotificationPreferences {
  @Field(() => [NotificationPreference], { description: 'The notifications this person can get.' })
  events!: NotificationPreference[];

  @Field(() => QuietHours, { nullable: true })
  quietHours!: QuietHours | null;

  @Field({ description: 'Whether a phone number is on file (SMS needs one).' })
  hasPhone!: boolean;

  @Field(() => Int, { description: 'Browsers subscribed to push for this person.' })
  pushSubscriptions!: number;
}

@ObjectType({ description: 'A mail kept by the development mailbox (no SMTP server configured).' })
export class KeptMailMessage {
  @Field(() => ID)
  id!: string;

  @Field()
  messageId!: string;

  @Field()
  to!: string;

  @Field()
  subject!: string;

  @Field()
  text!: string;

  @Field()
  html!: string;

  @Field()
  sentAt!: string;
}

@InputType()
export class MarkNotificationsReadInput {
  @Field(() => [ID], { nullable: true, description: 'These; or every unread one when `all` is true.' })
  @IsOptional()
  @ArrayMaxSize(100)
  ids?: string[] | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  all?: boolean | null;
}

@ObjectType()
export class MarkNotificationsReadPayload {
  @Field(() => Int, { nullable: true })
  unreadCount?: number | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@InputType()
export class NotificationPreferenceInput {
  @Field(() => NotificationTemplateKey)
  template!: NotificationTemplateKey;

  @Field(() => [NotificationChannel])
  @ArrayMaxSize(4)
  channels!: NotificationChannel[];
}

@InputType()
export class QuietHoursInput {
  @Field()
  @MaxLength(5)
  start!: string;

  @Field()
  @MaxLength(5)
  end!: string;

  @Field()
  @MaxLength(64)
  timeZone!: string;
}

@InputType()
export class UpdateNotificationPreferencesInput {
  @Field(() => [NotificationPreferenceInput], {
    nullable: true,
    description: 'Only the templates to change.',
  })
  @IsOptional()
  @ArrayMaxSize(50)
  events?: NotificationPreferenceInput[] | null;

  @Field(() => QuietHoursInput, { nullable: true, description: 'Null turns quiet hours off.' })
  @IsOptional()
  quietHours?: QuietHoursInput | null;
}

@ObjectType()
export class NotificationPreferencesPayload {
  @Field(() => NotificationPreferences, { nullable: true })
  preferences?: NotificationPreferences | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@InputType()
export class UpdateNotificationTemplateInput {
  @Field(() => NotificationTemplateKey)
  key!: NotificationTemplateKey;

  @Field()
  @MaxLength(200)
  subject!: string;

  @Field()
  @MaxLength(1000)
  body!: string;
}

@InputType()
export class ResetNotificationTemplateInput {
  @Field(() => NotificationTemplateKey)
  key!: NotificationTemplateKey;
}

@ObjectType()
export class NotificationTemplatePayload {
  @Field(() => NotificationTemplate, { nullable: true })
  template?: NotificationTemplate | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@InputType()
export class UpdateCompanyProfileInput {
  @Field()
  @MaxLength(120)
  name!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000)
  logoUrl?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(320)
  replyTo?: string | null;
}

@ObjectType()
export class CompanyProfilePayload {
  @Field(() => CompanyProfile, { nullable: true })
  companyProfile?: CompanyProfile | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@InputType({ description: 'PushSubscription.toJSON() from the browser.' })
export class PushSubscriptionInput {
  @Field()
  @MaxLength(2000)
  endpoint!: string;

  @Field()
  @MaxLength(200)
  p256dh!: string;

  @Field()
  @MaxLength(200)
  auth!: string;
}

@InputType()
export class UnregisterPushSubscriptionInput {
  @Field()
  @MaxLength(2000)
  endpoint!: string;
}

@ObjectType()
export class PushSubscriptionPayload {
  @Field(() => Int, { nullable: true, description: 'Browsers subscribed for this person now.' })
  pushSubscriptions?: number | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

const templateView = (key: NotificationTemplateKey, overrides: TemplateOverrides): NotificationTemplate => {
  const def = TEMPLATES[key];
  const current = overrides[key];
  return Object.assign(new NotificationTemplate(), {
    key,
    label: def.label,
    audience: def.audience,
    subject: current?.subject ?? def.subject,
    body: current?.body ?? def.body,
    defaultSubject: def.subject,
    defaultBody: def.body,
    customized: current !== undefined,
    defaultChannels: def.channels,
    placeholders: [...PLACEHOLDERS],
  });
};

const companyView = (value: CompanyProfileValue): CompanyProfile =>
  Object.assign(new CompanyProfile(), value);

const preferencesOf = async (ctx: Context, user: User): Promise<NotificationPreferences> => {
  const prefs = user.notificationPreferences;
  const pushCount = await ctx.em.count(PushSubscriptionRecord, { user: user.id });
  return Object.assign(new NotificationPreferences(), {
    events: templatesFor(user.role).map((key) =>
      Object.assign(new NotificationPreference(), {
        template: key,
        label: TEMPLATES[key].label,
        channels: channelsFor(key, prefs),
        defaultChannels: TEMPLATES[key].channels,
      }),
    ),
    quietHours: prefs.quietHours ? Object.assign(new QuietHours(), prefs.quietHours) : null,
    hasPhone: Boolean(user.phone),
    pushSubscriptions: pushCount,
  });
};

const unreadCount = (ctx: Context, userId: number): Promise<number> =>
  ctx.em.count(Notification, { recipient: userId, channel: NotificationChannel.IN_APP, readAt: null });

interface AddedEvent {
  notification: Notification | null;
}

const subscribeToMine = ({ context }: SubscribeResolverData<unknown, object, Context>) => {
  const viewerId = context.viewer?.id ?? -1;
  return pipe(
    context.services.pubSub.subscribe(Topic.NOTIFICATION_ADDED),
    filter(
      (p: NotificationAddedPayload) => p.recipientId === viewerId && context.viewer?.apiKey === undefined,
    ),
    map(async (p: NotificationAddedPayload): Promise<AddedEvent> => {
      context.renew();
      const n = await context.em.findOne(Notification, { id: p.notificationId, recipient: viewerId });
      return { notification: n };
    }),
    filter((e: AddedEvent) => e.notification !== null),
  );
};

@Resolver(() => Notification)
export class NotificationResolver {
  @Authorized()
  @Query(() => NotificationConnection, { description: 'The viewer’s in-app notifications, newest first.' })
  async notifications(
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
    @Arg('unreadOnly', () => Boolean, { nullable: true }) unreadOnly?: boolean,
  ): Promise<InstanceType<typeof NotificationConnection>> {
    const viewer = viewerOf(ctx);
    const size = pageSize(first);
    const beforeId = after ? (decodeCursor(after, ['number'])[0] as number) : null;
    const where = {
      recipient: viewer.id,
      channel: NotificationChannel.IN_APP,
      ...(unreadOnly ? { readAt: null } : {}),
    };
    const [rows, total] = await Promise.all([
      ctx.em.find(
        Notification,
        { ...where, ...(beforeId === null ? {} : { id: { $lt: beforeId } }) },
        { orderBy: { id: 'desc' }, limit: size + 1 },
      ),
      ctx.em.count(Notification, where),
    ]);
    return connectionFrom(rows, size, total, (n) => encodeCursor([n.id]), beforeId !== null);
  }

  @Authorized()
  @Query(() => Int, { description: 'The viewer’s unread in-app notifications (the badge).' })
  unreadNotificationCount(@Ctx() ctx: Context): Promise<number> {
    return unreadCount(ctx, viewerOf(ctx).id);
  }

  @Authorized()
  @Mutation(() => MarkNotificationsReadPayload)
  markNotificationsRead(
    @Arg('input', () => MarkNotificationsReadInput, { validate: false }) input: MarkNotificationsReadInput,
    @Ctx() ctx: Context,
  ) {
    return payloadOf<MarkNotificationsReadPayload>(
      input,
      async () => {
        const viewer = viewerOf(ctx);
        const ids = (input.ids ?? []).map((id) => idOf('Notification', id));
        if (!input.all && ids.length === 0) {
          throw UserFacingError.of('REQUIRED', 'Give the notifications to mark, or all: true.', [
            'input',
            'ids',
          ]);
        }
        if (ids.some((id) => id === null)) {
          throw UserFacingError.of('NOT_FOUND', 'One of the ids is not a notification.', ['input', 'ids']);
        }
        await ctx.em.nativeUpdate(
          Notification,
          {
            recipient: viewer.id,
            readAt: null,
            ...(input.all ? {} : { id: { $in: ids as number[] } }),
          },
          { readAt: new Date() },
        );
        return { unreadCount: await unreadCount(ctx, viewer.id) };
      },
      () => ({ unreadCount: null }),
    );
  }

  @Authorized()
  @Subscription(() => Notification, {
    subscribe: subscribeToMine,
    description: 'The viewer’s new in-app notifications, live.',
  })
  notificationAdded(@Root() event: AddedEvent): Notification {
    return found(event.notification);
  }

  @Authorized()
  @Query(() => NotificationPreferences)
  async notificationPreferences(@Ctx() ctx: Context): Promise<NotificationPreferences> {
    return preferencesOf(ctx, await ctx.em.findOneOrFail(User, viewerOf(ctx).id));
  }

  @Authorized()
  @Mutation(() => NotificationPreferencesPayload, {
    description: 'Channels per notification and quiet hours for the viewer.',
  })
  updateNotificationPreferences(
    @Arg('input', () => UpdateNotificationPreferencesInput, { validate: false })
    input: UpdateNotificationPreferencesInput,
    @Ctx() ctx: Context,
  ) {
    return payloadOf<NotificationPreferencesPayload>(
      input,
      async () => {
        const user = await ctx.em.findOneOrFail(User, viewerOf(ctx).id);
        const allowed = new Set(templatesFor(user.role));
        const channels = { ...(user.notificationPreferences.channels ?? {}) };
        for (const [i, e] of (input.events ?? []).entries()) {
          if (!allowed.has(e.template)) {
            throw UserFacingError.of('INVALID', `You do not receive ${e.template} notifications.`, [
              'input',
              'events',
              String(i),
              'template',
            ]);
          }
          channels[e.template] = [...new Set(e.channels)];
        }
        user.notificationPreferences = checkPreferences({
          channels,
          quietHours:
            input.quietHours === undefined ? user.notificationPreferences.quietHours : input.quietHours,
        });
        await ctx.em.flush();
        return { preferences: await preferencesOf(ctx, user) };
      },
      () => ({ preferences: null }),
    );
  }

  @Authorized(Role.MANAGER, Role.ADMIN)
  @Query(() => [NotificationTemplate])
  async notificationTemplates(@Ctx() ctx: Context): Promise<NotificationTemplate[]> {
    const overrides = await readSetting(ctx.em, TEMPLATE_OVERRIDES);
    return (Object.keys(TEMPLATES) as NotificationTemplateKey[]).map((k) => templateView(k, overrides));
  }

  @Authorized(Role.MANAGER, Role.ADMIN)
  @Mutation(() => NotificationTemplatePayload, { description: 'Changes a template’s text for everyone.' })
  updateNotificationTemplate(
    @Arg('input', () => UpdateNotificationTemplateInput, { validate: false })
    input: UpdateNotificationTemplateInput,
    @Ctx() ctx: Context,
  ) {
    return payloadOf<NotificationTemplatePayload>(
      input,
      async () => ({ template: templateView(input.key, await saveTemplate(ctx.em, input)) }),
      () => ({ template: null }),
    );
  }

  @Authorized(Role.MANAGER, Role.ADMIN)
  @Mutation(() => NotificationTemplatePayload, { description: 'Back to the shipped text.' })
  resetNotificationTemplate(
    @Arg('input', () => ResetNotificationTemplateInput, { validate: false })
    input: ResetNotificationTemplateInput,
    @Ctx() ctx: Context,
  ) {
    return payloadOf<NotificationTemplatePayload>(
      input,
      async () => ({ template: templateView(input.key, await resetTemplate(ctx.em, input.key)) }),
      () => ({ template: null }),
    );
  }

  @Authorized()
  @Query(() => CompanyProfile)
  async companyProfile(@Ctx() ctx: Context): Promise<CompanyProfile> {
    return companyView(await readSetting(ctx.em, COMPANY));
  }

  @Authorized(Role.MANAGER, Role.ADMIN)
  @Mutation(() => CompanyProfilePayload)
  updateCompanyProfile(
    @Arg('input', () => UpdateCompanyProfileInput, { validate: false }) input: UpdateCompanyProfileInput,
    @Ctx() ctx: Context,
  ) {
    return payloadOf<CompanyProfilePayload>(
      input,
      async () => ({ companyProfile: companyView(await saveCompany(ctx.em, input)) }),
      () => ({ companyProfile: null }),
    );
  }

  @Authorized()
  @Query(() => String, { description: 'The VAPID public key browsers subscribe to push with.' })
  vapidPublicKey(@Ctx() ctx: Context): string {
    return ctx.services.vapidPublicKey;
  }

  @Authorized()
  @Mutation(() => PushSubscriptionPayload, { description: 'Keeps this browser’s push subscription.' })
  registerPushSubscription(
    @Arg('input', () => PushSubscriptionInput, { validate: false }) input: PushSubscriptionInput,
    @Ctx() ctx: Context,
  ) {
    return payloadOf<PushSubscriptionPayload>(
      input,
      async () => {
        const viewer = viewerOf(ctx);
        checkPushEndpoint(input.endpoint, ctx.services.config.nodeEnv !== 'production');
        await ctx.em.upsert(
          PushSubscriptionRecord,
          { user: viewer.id, endpoint: input.endpoint, p256dh: input.p256dh, auth: input.auth },
          { onConflictFields: ['endpoint'] },
        );
        return { pushSubscriptions: await ctx.em.count(PushSubscriptionRecord, { user: viewer.id }) };
      },
      () => ({ pushSubscriptions: null }),
    );
  }

  @Authorized()
  @Mutation(() => PushSubscriptionPayload)
  unregisterPushSubscription(
    @Arg('input', () => UnregisterPushSubscriptionInput, { validate: false })
    input: UnregisterPushSubscriptionInput,
    @Ctx() ctx: Context,
  ) {
    return payloadOf<PushSubscriptionPayload>(
      input,
      async () => {
        const viewer = viewerOf(ctx);
        await ctx.em.nativeDelete(PushSubscriptionRecord, { user: viewer.id, endpoint: input.endpoint });
        return { pushSubscriptions: await ctx.em.count(PushSubscriptionRecord, { user: viewer.id }) };
      },
      () => ({ pushSubscriptions: null }),
    );
  }

  @Authorized(Role.MANAGER, Role.ADMIN)
  @Query(() => [KeptMailMessage], {
    description:
      'Development without SMTP: the mails that would have been sent, newest first (empty with SMTP).',
  })
  async developmentMailbox(
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true }) first?: number,
  ): Promise<KeptMailMessage[]> {
    const { config } = ctx.services;
    if (config.notifications.smtpUrl) return [];
    const mails = await readKeptMail(mailFolder(config.dataDir), pageSize(first ?? 50));
    return mails.map((m) => Object.assign(new KeptMailMessage(), m));
  }

  @FieldResolver(() => WorkOrder, { nullable: true })
  workOrder(@Root() n: Notification, @Ctx() ctx: Context): Promise<WorkOrder | null> {
    return n.workOrder
      ? ctx.loaders.custom(visibleWorkOrderLoader).load(n.workOrder.id)
      : Promise.resolve(null);
  }

  @FieldResolver(() => User, { nullable: true, description: 'Staff, or the recipient themself.' })
  async recipient(@Root() n: Notification, @Ctx() ctx: Context): Promise<User | null> {
    const viewer = viewerOf(ctx);
    if (!isStaff(viewer.role as Role) && viewer.id !== n.recipient.id) return null;
    return ctx.loaders.byId(User).load(n.recipient.id);
  }
}

@Resolver(() => WorkOrder)
export class WorkOrderNotificationsResolver {
  @Authorized(Role.MANAGER, Role.ADMIN)
  @FieldResolver(() => [Notification], {
    description:
      'Managers: every notification this order caused, newest first (status, attempts, last error).',
  })
  notificationLog(@Root() wo: WorkOrder, @Ctx() ctx: Context): Promise<Notification[]> {
    return ctx.em.find(Notification, { workOrder: wo.id }, { orderBy: { id: 'desc' }, limit: 200 });
  }
}
