import type { EntityManager } from '@mikro-orm/postgresql';
import type { Services } from '../../platform/graphql/context';
import { toGlobalId } from '../../platform/graphql/node';
import type { Jobs } from '../../platform/jobs/jobs';
import type { Logger } from '../../platform/logging/logger';
import { Topic, type FixlinePubSub } from '../../platform/pubsub/pubsub';
import { formatMoney } from '../approval/approval.rules';
import { Role } from '../identity/role';
import { User } from '../identity/user.entity';
import { Owner } from '../portfolio/owner.entity';
import { Property } from '../portfolio/property.entity';
import { Unit } from '../portfolio/unit.entity';
import { readSetting, settingValue } from '../settings/settings.service';
import { Technician } from '../vendor/technician.entity';
import { Vendor } from '../vendor/vendor.entity';
import { formatWindow } from '../work-order/time-window';
import { WorkOrderChangeKind, WorkOrderStatus } from '../work-order/work-order-status';
import { WorkOrder } from '../work-order/work-order.entity';
import { PermanentDeliveryError, type ChannelSender } from './channels/channel';
import { NotificationStatus, PushSubscriptionRecord } from './notification.entities';
import {
  NotificationChannel,
  NotificationTemplateKey,
  TEMPLATES,
  rulesFor,
  type Audience,
  type Placeholder,
} from './notification.rules';
import {
  COMPANY,
  TEMPLATE_OVERRIDES,
  channelsFor,
  quietUntil,
  render,
  templateOf,
  type CompanyProfileValue,
  type TemplateOverrides,
} from './notification.settings';

export const DELIVER_JOB = 'notification.deliver';
export const FOLLOW_UP_JOB = 'notification.follow-up';

export interface NotificationDeps {
  em: EntityManager;
  jobs: Jobs;
  pubSub: FixlinePubSub;
  logger: Logger;
  senders: Partial<Record<NotificationChannel, ChannelSender>>;
  publicUrl: string;
  maxAttempts: number;
  retryBaseSeconds: number;
  /** A claim older than this is taken back (the worker that made it died mid-send). */
  leaseSeconds: number;
  followUpAfterSeconds: number;
  /** How long one provider call may take (kept under the lease). */
  sendTimeoutMs: number;
}

interface OrderFacts {
  wo: WorkOrder;
  values: Partial<Record<Placeholder, string>>;
  ownerUserId: number | null;
  assigneeUserIds: number[];
}

const orderFacts = async (
  em: EntityManager,
  workOrderId: number,
  company: CompanyProfileValue,
): Promise<OrderFacts | null> => {
  const wo = await em.findOne(WorkOrder, workOrderId);
  if (wo === null) return null;
  const property = await em.findOneOrFail(Property, wo.property.id);
  const unit = wo.unit ? await em.findOne(Unit, wo.unit.id) : null;
  const owner = await em.findOne(Owner, property.owner.id);
  let assignee = '';
  let assigneeUserIds: number[] = [];
  if (wo.assigneeTechnician) {
    const tech = await em.findOneOrFail(Technician, wo.assigneeTechnician.id, { populate: ['user'] });
    assignee = tech.user.getEntity().name;
    assigneeUserIds = [tech.user.id];
  } else if (wo.assigneeVendor) {
    const vendor = await em.findOneOrFail(Vendor, wo.assigneeVendor.id);
    assignee = vendor.name;
    assigneeUserIds = (await em.find(User, { vendorId: vendor.id, active: true })).map((u) => u.id);
  }
  const appointment = wo.appointment;
  return {
    wo,
    ownerUserId: owner?.user?.id ?? null,
    assigneeUserIds,
    values: {
      company: company.name,
      number: String(wo.number),
      title: wo.title,
      property: property.name,
      unit: unit ? `unit ${unit.label}` : (wo.locationDetail ?? ''),
      assignee,
      window: appointment
        ? formatWindow(
            { startsAt: new Date(appointment.startsAt), endsAt: new Date(appointment.endsAt) },
            property.timezone,
          )
        : '',
      amount: wo.costApprovalRecord ? formatMoney(wo.costApprovalRecord.amountCents) : '',
    },
  };
};

const linkFor = (publicUrl: string, role: Role, workOrderId: number): string => {
  const id = toGlobalId('WorkOrder', workOrderId);
  const base = publicUrl.replace(/\/$/, '');
  return role === Role.TENANT ? `${base}/requests/${id}` : `${base}/admin/?open=${encodeURIComponent(id)}`;
};

/** The active managers, read at most once per fan-out run (every new request notifies them). */
const managersOnce = (em: EntityManager): (() => Promise<number[]>) => {
  let ids: Promise<number[]> | undefined;
  return () =>
    (ids ??= em.find(User, { role: Role.MANAGER, active: true }).then((users) => users.map((u) => u.id)));
};

const audienceIds = async (
  em: EntityManager,
  audience: Audience,
  facts: OrderFacts,
  data: Record<string, unknown>,
  managers: () => Promise<number[]>,
): Promise<number[]> => {
  switch (audience) {
    case 'REQUESTER':
      return [facts.wo.requester.id];
    case 'MANAGERS':
      return managers();
    case 'ASSIGNEE':
      return facts.assigneeUserIds;
    case 'OWNER':
      return facts.ownerUserId === null ? [] : [facts.ownerUserId];
    case 'PAGED_USER':
      return typeof data.userId === 'number' ? [data.userId] : [];
    case 'TENANT':
      return [];
    case 'AFFECTED':
      return (
        await em
          .getConnection()
          .execute<{ user_id: number }[]>(
            'select user_id from common_area_reports where work_order_id = ?',
            [facts.wo.id],
            'all',
            em.getTransactionContext(),
          )
      ).map((r) => r.user_id);
  }
};

/** What a notification is about: a work order (with its link per role), or a tenant's rent, an invite, … */
interface Subject {
  workOrderId: number | null;
  values: Partial<Record<Placeholder, string>>;
  link: (role: Role) => string;
}

const orderSubject = (deps: NotificationDeps, facts: OrderFacts, tenantPath?: string): Subject => ({
  workOrderId: facts.wo.id,
  values: facts.values,
  link: (role) =>
    tenantPath && role === Role.TENANT
      ? `${deps.publicUrl.replace(/\/$/, '')}${tenantPath}`
      : linkFor(deps.publicUrl, role, facts.wo.id),
});

interface Created {
  id: number;
  recipientId: number;
  channel: NotificationChannel;
}

/** The active users among some ids, and which of them have a push subscription. */
type RecipientLookup = (ids: readonly number[]) => Promise<{ users: User[]; withPush: ReadonlySet<number> }>;

/** Reads each user (and whether they have a push subscription) once per lookup: one per fan-out run. */
const recipientLookup = (em: EntityManager): RecipientLookup => {
  const known = new Map<number, User | null>(); // null: no active user
  const withPush = new Set<number>();
  return async (ids) => {
    const missing = ids.filter((id) => !known.has(id));
    if (missing.length > 0) {
      const found = await em.find(User, { id: { $in: missing }, active: true });
      for (const id of missing) known.set(id, null);
      for (const user of found) known.set(user.id, user);
      if (found.length > 0) {
        const subscriptions = await em.find(
          PushSubscriptionRecord,
          { user: { $in: found.map((u) => u.id) } },
          { fields: ['user'] },
        );
        for (const s of subscriptions) withPush.add(s.user.id);
      }
    }
    const users = ids.map((id) => known.get(id)).filter((u): u is User => u !== null && u !== undefined);
    return { users, withPush };
  };
};

/**
 * Loads the orders of a fan-out run's events with what their notifications name (property, unit, owner) in one
 * statement each, so that `orderFacts` finds them in the unit of work instead of reading them event by event.
 */
const preloadOrders = async (em: EntityManager, workOrderIds: readonly number[]): Promise<void> => {
  const orders = await em.find(WorkOrder, { id: { $in: [...new Set(workOrderIds)] } });
  const properties = await em.find(Property, { id: { $in: [...new Set(orders.map((o) => o.property.id))] } });
  const unitIds = orders.flatMap((o) => (o.unit ? [o.unit.id] : []));
  if (unitIds.length > 0) await em.find(Unit, { id: { $in: [...new Set(unitIds)] } });
  await em.find(Owner, { id: { $in: [...new Set(properties.map((p) => p.owner.id))] } });
};

/** Why notifications are sent: one source (an event, a reminder), its template, recipients and subject. */
interface Cause {
  sourceKey: string;
  template: NotificationTemplateKey;
  recipients: number[];
  about: Subject;
  summary: string;
  internal: boolean;
}

/** A notification row as `writeNotifications` inserts it (the insert's column order). */
type NotificationRow = unknown[];

/**
 * Writes the notifications of one cause (in the caller's transaction): one row per recipient and channel, rendered
 * now; the unique (source, recipient, channel) makes a repeated fan-out add nothing. Email/SMS/push rows get a
 * delivery job in the same transaction, held past the recipient's quiet hours unless urgent.
 */
const notify = async (
  deps: NotificationDeps,
  em: EntityManager,
  cause: Cause,
  overrides: TemplateOverrides,
  recipients: RecipientLookup = recipientLookup(em),
): Promise<Created[]> => writeNotifications(deps, em, await notificationRows(cause, overrides, recipients));

/** The rows of one cause's notifications: one per recipient and channel, rendered now. */
const notificationRows = async (
  cause: Cause,
  overrides: TemplateOverrides,
  recipients: RecipientLookup,
): Promise<NotificationRow[]> => {
  const { users, withPush } = await recipients(cause.recipients);
  const now = new Date();
  const definition = TEMPLATES[cause.template];
  const rows: NotificationRow[] = [];
  for (const user of users) {
    // Staff-only events never reach tenants, whatever the rules say.
    if (cause.internal && user.role === Role.TENANT) continue;
    const url = cause.about.link(user.role);
    const values = { ...cause.about.values, summary: cause.summary, link: url, recipient: user.name };
    const { subject, body } = templateOf(cause.template, overrides);
    const held = definition.urgent ? null : quietUntil(user.notificationPreferences, now);
    for (const channel of channelsFor(cause.template, user.notificationPreferences)) {
      if (channel === NotificationChannel.SMS && !user.phone) continue;
      if (channel === NotificationChannel.PUSH && !withPush.has(user.id)) continue;
      const inApp = channel === NotificationChannel.IN_APP;
      rows.push([
        cause.sourceKey,
        user.id,
        cause.about.workOrderId,
        channel,
        cause.template,
        render(subject, values),
        render(body, values),
        url,
        inApp ? NotificationStatus.SENT : NotificationStatus.PENDING,
        inApp ? now : null,
        inApp || channel === NotificationChannel.EMAIL ? null : held,
      ]);
    }
  }
  return rows;
};

/** Rows and jobs per statement (11 values a row; a job statement per row sent by a provider). */
const WRITE_CHUNK = 200;

/**
 * Writes notification rows (of one cause, or of a whole fan-out batch) in the caller's transaction, 2 statements per
 * `WRITE_CHUNK` rows: the rows (a row already written, by a repeated fan-out, returns nothing), then the delivery
 * jobs of those sent by a provider.
 */
const writeNotifications = async (
  deps: NotificationDeps,
  em: EntityManager,
  all: readonly NotificationRow[],
): Promise<Created[]> => {
  const created: Created[] = [];
  for (let from = 0; from < all.length; from += WRITE_CHUNK)
    created.push(...(await writeChunk(deps, em, all.slice(from, from + WRITE_CHUNK))));
  return created;
};

const writeChunk = async (
  deps: NotificationDeps,
  em: EntityManager,
  rows: readonly NotificationRow[],
): Promise<Created[]> => {
  if (rows.length === 0) return [];
  const written = await em
    .getConnection()
    // timestamps come back as text (as every statement run through MikroORM's connection)
    .execute<{ id: number; recipient_id: number; channel: NotificationChannel; send_after: string | null }[]>(
      `insert into notifications (source_key, recipient_id, work_order_id, channel, template, title, body, url,
       status, sent_at, send_after)
     values ${rows.map(() => '(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)').join(', ')}
     on conflict (source_key, recipient_id, channel) do nothing
     returning id, recipient_id, channel, send_after`,
      rows.flat(),
      'all',
      em.getTransactionContext(),
    );
  // and one for the delivery jobs of those that are sent by a provider
  const deliveries = await Promise.all(
    written
      .filter((row) => row.channel !== NotificationChannel.IN_APP)
      .map((row) =>
        deps.jobs.plan(
          DELIVER_JOB,
          { notificationId: row.id },
          {
            startAfter: row.send_after === null ? undefined : new Date(row.send_after),
            singletonKey: `notify:${row.id}:0`,
            retryLimit: 0,
          },
        ),
      ),
  );
  await deps.jobs.runIn(em, ...deliveries);
  return written.map((row) => ({ id: row.id, recipientId: row.recipient_id, channel: row.channel }));
};

const publishInApp = (deps: NotificationDeps, created: Created[]): void => {
  for (const c of created) {
    if (c.channel === NotificationChannel.IN_APP) {
      deps.pubSub.publish(Topic.NOTIFICATION_ADDED, { notificationId: c.id, recipientId: c.recipientId });
    }
  }
};

/** What writing notifications takes (sending is the worker's): for modules that notify from a request. */
export const writerDeps = (services: Services): NotificationDeps => ({
  em: services.orm.em,
  jobs: services.jobs,
  pubSub: services.pubSub,
  logger: services.logger,
  senders: {},
  publicUrl: services.config.publicUrl,
  maxAttempts: services.config.notifications.maxAttempts,
  retryBaseSeconds: services.config.notifications.retryBaseSeconds,
  leaseSeconds: services.config.notifications.leaseSeconds,
  followUpAfterSeconds: services.config.notifications.followUpAfterSeconds,
  sendTimeoutMs: 0,
});

/** A notification about something other than a work order (rent due, an invite), to named users. */
export interface DirectNotification {
  sourceKey: string;
  template: NotificationTemplateKey;
  recipients: number[];
  values: Partial<Record<Placeholder, string>>;
  /** The link in the message (and what the in-app item opens). */
  link: string;
}

/**
 * Runs `work` in one transaction with a `send` that writes direct notifications in it (unique per source key,
 * recipient and channel: a repeat adds nothing); in-app ones are published after the commit.
 */
export const inNotificationTransaction = async <T>(
  deps: NotificationDeps,
  work: (em: EntityManager, send: (n: DirectNotification) => Promise<number>) => Promise<T>,
): Promise<T> => {
  let created: Created[] = [];
  const result = await deps.em.fork().transactional(async (em) => {
    const company = await readSetting(em, COMPANY);
    const overrides = await readSetting(em, TEMPLATE_OVERRIDES);
    return work(em, async (n) => {
      const rows = await notify(
        deps,
        em,
        {
          sourceKey: n.sourceKey,
          template: n.template,
          recipients: n.recipients,
          about: { workOrderId: null, values: { company: company.name, ...n.values }, link: () => n.link },
          summary: '',
          internal: false,
        },
        overrides,
      );
      created = created.concat(rows);
      return rows.length;
    });
  });
  publishInApp(deps, created);
  return result;
};

interface ClaimedEvent {
  id: number;
  kind: WorkOrderChangeKind;
  data: Record<string, unknown> | null;
  internal: boolean;
  actor_id: number | null;
  work_order_id: number;
  summary: string;
}

/** Outbox events one fan-out run claims. */
export const FAN_OUT_BATCH = 50;

/**
 * The notification consumer of the outbox: claims events not yet fanned out (SKIP LOCKED: instances share the
 * work), and writes their notifications and delivery jobs in the same transaction as the claim — a crash before
 * commit leaves the events unclaimed, after commit everything exists. Returns how many events it took.
 */
export const fanOutNotifications = async (deps: NotificationDeps, batch = FAN_OUT_BATCH): Promise<number> => {
  let created: Created[] = [];
  const taken = await deps.em.fork().transactional(async (em) => {
    const events = await em.getConnection().execute<ClaimedEvent[]>(
      `update work_order_events set notify_fanout_at = now() where id in (
         select id from work_order_events where notify_fanout_at is null order by id limit ? for update skip locked)
       returning id, kind, data, internal, actor_id, work_order_id, summary`,
      [batch],
      'all',
      em.getTransactionContext(),
    );
    if (events.length === 0) return 0;
    const company = await readSetting(em, COMPANY);
    const overrides = await readSetting(em, TEMPLATE_OVERRIDES);
    const managers = managersOnce(em);
    const lookup = recipientLookup(em);
    await preloadOrders(
      em,
      events.map((e) => e.work_order_id),
    );
    // every event's notifications are written together, after the loop: 2 statements for the batch, not per cause
    const rows: NotificationRow[] = [];
    for (const event of events.sort((a, b) => a.id - b.id)) {
      const data = event.data ?? {};
      const rules = rulesFor({ kind: event.kind, data, internal: event.internal });
      if (rules.length === 0 && event.kind !== WorkOrderChangeKind.COMPLETED) continue;
      const facts = await orderFacts(em, event.work_order_id, company);
      if (facts === null) continue;
      for (const rule of rules) {
        const recipients = new Set<number>();
        for (const audience of rule.audience) {
          for (const id of await audienceIds(em, audience, facts, data, managers)) recipients.add(id);
        }
        if (event.actor_id !== null && !rule.includeActor) recipients.delete(event.actor_id);
        rows.push(
          ...(await notificationRows(
            {
              sourceKey: `event:${event.id}`,
              template: rule.template,
              recipients: [...recipients],
              about: orderSubject(deps, facts, TEMPLATES[rule.template].tenantPath),
              summary: event.summary,
              internal: event.internal,
            },
            overrides,
            lookup,
          )),
        );
      }
      if (event.kind === WorkOrderChangeKind.COMPLETED) {
        await deps.jobs.sendIn(
          em,
          FOLLOW_UP_JOB,
          { workOrderId: event.work_order_id, eventId: event.id },
          {
            startAfter: new Date(Date.now() + deps.followUpAfterSeconds * 1000),
            singletonKey: `follow-up:${event.id}`,
          },
        );
      }
    }
    created = await writeNotifications(deps, em, rows);
    return events.length;
  });
  publishInApp(deps, created);
  return taken;
};

/** A day after completion: ask the requester to rate, unless they already did or the order was reopened. */
export const followUp = async (
  deps: NotificationDeps,
  data: { workOrderId: number; eventId: number },
): Promise<void> => {
  let created: Created[] = [];
  await deps.em.fork().transactional(async (em) => {
    const company = await readSetting(em, COMPANY);
    const facts = await orderFacts(em, data.workOrderId, company);
    if (facts === null || facts.wo.ratingScore != null) return;
    if (![WorkOrderStatus.COMPLETED, WorkOrderStatus.CLOSED].includes(facts.wo.status)) return;
    created = await notify(
      deps,
      em,
      {
        sourceKey: `follow-up:${data.eventId}`,
        template: NotificationTemplateKey.FOLLOW_UP,
        recipients: [facts.wo.requester.id],
        about: orderSubject(deps, facts),
        summary: '',
        internal: false,
      },
      await readSetting(em, TEMPLATE_OVERRIDES),
    );
  });
  publishInApp(deps, created);
};

/** A provider that does not answer fails the attempt; the claim's lease is longer, so no second copy races it. */
const withTimeout = async <T>(ms: number, work: Promise<T>): Promise<T> => {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`The provider did not answer within ${ms / 1000} s.`)), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
};

const errorText = (error: unknown): string =>
  (error instanceof Error ? error.message : String(error)).slice(0, 500);

/**
 * One attempt at one notification. The claim (PENDING → SENDING) commits before the provider is called, so no
 * other worker sends it meanwhile; SENT is recorded right after the provider accepts. If the process dies in
 * between, the lease expires and the notification is sent again with the same idempotency key (email Message-ID,
 * push topic, SMS idempotency header), which providers use to drop the copy.
 */
export const deliver = async (deps: NotificationDeps, notificationId: number): Promise<void> => {
  const em = deps.em.fork();
  // the claim answers what sending needs: the row, its recipient and the company profile
  const [row] = await em.getConnection().execute<ClaimedNotification[]>(
    `with c as (
       update notifications set status = 'SENDING', attempts = attempts + 1, claimed_at = now()
        where id = ? and status = 'PENDING' and (send_after is null or send_after <= now() + interval '1 second')
       returning id, channel, title, body, url, attempts, recipient_id)
     select c.*, u.name, u.email, u.phone, (select s.value from settings s where s.key = ?) as company
       from c join users u on u.id = c.recipient_id`,
    [notificationId, COMPANY.key],
  );
  if (row === undefined) {
    // Woken before its time (quiet hours, clock skew): wait again; anything else was sent or given up already.
    const [held] = await em
      .getConnection()
      .execute<{ send_after: string }[]>(
        `select send_after from notifications where id = ? and status = 'PENDING' and send_after > now()`,
        [notificationId],
      );
    if (held !== undefined) {
      await deps.jobs.sendIn(
        em,
        DELIVER_JOB,
        { notificationId },
        {
          startAfter: new Date(held.send_after),
          singletonKey: `notify:${notificationId}:held`,
          retryLimit: 0,
        },
      );
    }
    return;
  }
  const sender = deps.senders[row.channel];
  let error: unknown = null;
  try {
    if (sender === undefined) throw new PermanentDeliveryError(`No ${row.channel} provider is configured.`);
    await withTimeout(
      deps.sendTimeoutMs,
      sender.send({
        idempotencyKey: `notification-${row.id}`,
        to: { userId: row.recipient_id, name: row.name, email: row.email, phone: row.phone ?? null },
        title: row.title,
        body: row.body,
        url: row.url ?? null,
        company: settingValue(COMPANY, row.company),
      }),
    );
  } catch (e) {
    error = e;
  }
  if (error === null) {
    // one statement: no transaction of its own
    await em.getConnection().execute(
      `update notifications set status = 'SENT', sent_at = now(), last_error = null, claimed_at = null
         where id = ? and status = 'SENDING'`,
      [row.id],
      'run',
    );
    return;
  }
  await em.transactional(async (tem) => {
    const conn = tem.getConnection();
    const ctx = tem.getTransactionContext();
    const attempts = row.attempts;
    const permanent = error instanceof PermanentDeliveryError;
    if (permanent || attempts >= deps.maxAttempts) {
      await conn.execute(
        `update notifications set status = 'FAILED', last_error = ?, claimed_at = null where id = ? and status = 'SENDING'`,
        [errorText(error), row.id],
        'run',
        ctx,
      );
      deps.logger.warn({ notificationId: row.id, attempts, err: error }, 'notification gave up');
      return;
    }
    const next = new Date(Date.now() + Math.min(deps.retryBaseSeconds * 2 ** (attempts - 1), 3600) * 1000);
    await conn.execute(
      `update notifications set status = 'PENDING', last_error = ?, send_after = ?, claimed_at = null
       where id = ? and status = 'SENDING'`,
      [errorText(error), next, row.id],
      'run',
      ctx,
    );
    await deps.jobs.sendIn(
      tem,
      DELIVER_JOB,
      { notificationId: row.id },
      { startAfter: next, singletonKey: `notify:${row.id}:${attempts}`, retryLimit: 0 },
    );
  });
};

/** A claimed notification with what sending it needs (`deliver`). */
interface ClaimedNotification {
  id: number;
  channel: NotificationChannel;
  title: string;
  body: string;
  url: string | null;
  attempts: number;
  recipient_id: number;
  name: string;
  email: string;
  phone: string | null;
  /** The stored company profile (null: the defaults). */
  company: unknown;
}

/**
 * Takes back work of dead workers: claims older than the lease (the worker died mid-send) and due notifications
 * still waiting six leases after they were due (their queued job was fetched by a worker that died; a shorter wait
 * would re-queue rows a backlog has not reached yet, and grow the backlog). Each is queued
 * again and its clock restarted; delivery's claim makes any duplicate job a no-op. Returns how many.
 */
export const recoverStaleClaims = async (deps: NotificationDeps): Promise<number> =>
  deps.em.fork().transactional(async (em) => {
    const rows = await em.getConnection().execute<{ id: number; attempts: number }[]>(
      `update notifications set status = 'PENDING', claimed_at = null, send_after = now()
       where id in (select id from notifications
                     where (status = 'SENDING' and claimed_at < now() - make_interval(secs => ?))
                        or (status = 'PENDING' and coalesce(send_after, created_at) < now() - make_interval(secs => ?))
                     limit 500 for update skip locked)
       returning id, attempts`,
      // a waiting row is only presumed lost well after a busy queue would have reached it
      [deps.leaseSeconds, deps.leaseSeconds * 6],
      'all',
      em.getTransactionContext(),
    );
    for (const r of rows) {
      await deps.jobs.sendIn(
        em,
        DELIVER_JOB,
        { notificationId: r.id },
        { singletonKey: `notify:${r.id}:recover:${r.attempts}`, retryLimit: 0 },
      );
    }
    if (rows.length > 0)
      deps.logger.warn({ count: rows.length }, 'took back notifications of a stopped worker');
    return rows.length;
  });
