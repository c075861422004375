import { randomBytes, randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../platform/graphql/context';
import { idOf, toGlobalId } from '../../platform/graphql/node';
import { UserFacingError } from '../../platform/graphql/user-error';
import type { Jobs } from '../../platform/jobs/jobs';
import type { Logger } from '../../platform/logging/logger';
import type { SecretBox } from '../../platform/security/secret-box';
import { WorkOrderEvent } from '../work-order/work-order-event.entity';
import type { WorkOrderChangeKind } from '../work-order/work-order-status';
import { WorkOrder } from '../work-order/work-order.entity';
import { WebhookDelivery, WebhookDeliveryStatus, WebhookEndpoint } from './webhook.entities';
import { signPayload } from './webhook.signature';

export const DELIVER_JOB = 'webhook.deliver';

export interface WebhookDeps {
  em: EntityManager;
  jobs: Jobs;
  secretBox: SecretBox;
  logger: Logger;
  /** Retry backoff base and how long to keep retrying (24 h by default). */
  retryBaseSeconds: number;
  retryForSeconds: number;
  allowInsecureUrls: boolean;
  now?: () => Date;
}

const field = (...path: string[]): string[] => ['input', ...path];

export const createEndpoint = async (
  deps: WebhookDeps,
  viewer: Viewer,
  input: { url: string; eventKinds?: WorkOrderChangeKind[] | null; description?: string | null },
): Promise<{ endpoint: WebhookEndpoint; secret: string }> => {
  let url: URL;
  try {
    url = new URL(input.url.trim());
  } catch {
    throw UserFacingError.of(
      'INVALID',
      'Give a full URL, e.g. https://example.com/fixline/webhooks.',
      field('url'),
    );
  }
  const allowed = deps.allowInsecureUrls ? ['https:', 'http:'] : ['https:'];
  if (!allowed.includes(url.protocol)) {
    throw UserFacingError.of(
      'INVALID',
      `The URL must use ${allowed.join(' or ')}; it uses ${url.protocol}`,
      field('url'),
    );
  }
  if (url.username || url.password)
    throw UserFacingError.of(
      'INVALID',
      'Put no credentials in the URL; verify our signature instead.',
      field('url'),
    );
  const secret = `whsec_${randomBytes(24).toString('base64url')}`;
  const endpoint = deps.em.create(WebhookEndpoint, {
    url: url.toString(),
    description: input.description?.trim() || null,
    eventKinds: [...new Set(input.eventKinds ?? [])],
    secretSealed: deps.secretBox.seal(secret),
    createdBy: viewer.id,
  });
  await deps.em.flush();
  return { endpoint, secret };
};

export const deleteEndpoint = async (em: EntityManager, endpointId: string): Promise<WebhookEndpoint> => {
  const id = idOf('WebhookEndpoint', endpointId);
  const endpoint = id === null ? null : await em.findOne(WebhookEndpoint, id);
  if (endpoint === null)
    throw UserFacingError.of('NOT_FOUND', 'No such webhook endpoint.', field('endpointId'));
  await em.removeAndFlush(endpoint);
  return endpoint;
};

/** Outbox events one fan-out run claims. */
export const FAN_OUT_BATCH = 100;

/**
 * The webhook consumer of the event outbox: claims events not yet fanned out (SKIP LOCKED, so instances share the
 * work), creates one delivery per matching endpoint and queues its first attempt — all in one transaction.
 */
export const fanOutEvents = async (deps: WebhookDeps, batch = FAN_OUT_BATCH): Promise<number> =>
  deps.em.fork().transactional(async (em) => {
    const events = await em.getConnection().execute<{ id: number; kind: WorkOrderChangeKind; at: Date }[]>(
      `update work_order_events set webhook_fanout_at = now() where id in (
           select id from work_order_events where webhook_fanout_at is null order by id limit ? for update skip locked)
         returning id, kind, at, internal`,
      [batch],
      'all',
      // the claim belongs to this transaction: a crash before commit leaves the events unclaimed
      em.getTransactionContext(),
    );
    const visible = (events as ({ internal: boolean } & (typeof events)[number])[]).filter(
      (e) => !e.internal,
    );
    if (visible.length === 0) return events.length;
    const endpoints = await em.find(WebhookEndpoint, { active: true });
    for (const event of visible) {
      for (const endpoint of endpoints) {
        if (endpoint.createdAt > new Date(event.at)) continue; // raw rows carry timestamps as strings
        if (endpoint.eventKinds.length > 0 && !endpoint.eventKinds.includes(event.kind)) continue;
        const delivery = em.create(WebhookDelivery, {
          deliveryId: randomUUID(),
          endpoint,
          eventId: event.id,
          eventKind: event.kind,
          nextAttemptAt: new Date(),
        });
        await em.flush();
        await deps.jobs.sendIn(
          em,
          DELIVER_JOB,
          { deliveryId: delivery.id },
          { singletonKey: `webhook:${delivery.id}:0` },
        );
      }
    }
    await em.flush();
    return events.length;
  });

/** The JSON a delivery carries: global ids, never internal keys. */
export const payloadFor = async (
  em: EntityManager,
  delivery: WebhookDelivery,
): Promise<Record<string, unknown>> => {
  const event = await em.findOneOrFail(WorkOrderEvent, delivery.eventId);
  const wo = await em.findOneOrFail(WorkOrder, event.workOrder.id);
  return {
    id: delivery.deliveryId,
    type: event.kind,
    createdAt: event.at.toISOString(),
    data: {
      eventId: toGlobalId('WorkOrderEvent', event.id),
      summary: event.summary,
      workOrder: {
        id: toGlobalId('WorkOrder', wo.id),
        number: wo.number,
        status: wo.status,
        priority: wo.priority,
        title: wo.title,
        version: wo.version,
        propertyId: toGlobalId('Property', wo.property.id),
        unitId: wo.unit ? toGlobalId('Unit', wo.unit.id) : null,
        updatedAt: wo.updatedAt.toISOString(),
      },
    },
  };
};

/** One attempt: POST the signed payload; on failure queue the next attempt with exponential backoff for 24 h. */
export const deliver = async (deps: WebhookDeps, deliveryId: number): Promise<void> => {
  const em = deps.em.fork();
  const delivery = await em.findOne(WebhookDelivery, deliveryId, { populate: ['endpoint'] });
  if (delivery === null || delivery.status !== WebhookDeliveryStatus.PENDING) return;
  const endpoint = delivery.endpoint.getEntity();
  const now = deps.now?.() ?? new Date();
  const body = JSON.stringify(await payloadFor(em, delivery));
  const timestamp = Math.floor(now.getTime() / 1000);
  let statusCode: number | null = null;
  let error: string | null = null;
  try {
    const response = await fetch(endpoint.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'user-agent': 'Fixline-Webhooks/1',
        'fixline-delivery': delivery.deliveryId,
        'fixline-event': delivery.eventKind,
        'fixline-timestamp': String(timestamp),
        'fixline-signature': signPayload(deps.secretBox.open(endpoint.secretSealed), timestamp, body),
      },
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(10_000),
    });
    statusCode = response.status;
    if (response.status < 200 || response.status >= 300) error = `HTTP ${response.status}`;
    await response.body?.cancel();
  } catch (e) {
    error = e instanceof Error ? e.message : String(e);
  }
  await em.transactional(async (tem) => {
    const row = await tem.findOneOrFail(WebhookDelivery, delivery.id);
    row.attempts += 1;
    row.lastAttemptAt = now;
    row.lastStatusCode = statusCode;
    row.lastError = error;
    if (error === null) {
      row.status = WebhookDeliveryStatus.SUCCEEDED;
      row.deliveredAt = now;
      row.nextAttemptAt = null;
      return;
    }
    const delay = Math.min(deps.retryBaseSeconds * 2 ** (row.attempts - 1), 3600);
    const next = new Date(now.getTime() + delay * 1000);
    if (next.getTime() - row.createdAt.getTime() > deps.retryForSeconds * 1000) {
      row.status = WebhookDeliveryStatus.FAILED;
      row.nextAttemptAt = null;
      deps.logger.warn({ deliveryId: row.deliveryId, attempts: row.attempts }, 'webhook delivery gave up');
      return;
    }
    row.nextAttemptAt = next;
    await tem.flush();
    await deps.jobs.sendIn(
      tem,
      DELIVER_JOB,
      { deliveryId: row.id },
      { startAfter: next, singletonKey: `webhook:${row.id}:${row.attempts}` },
    );
  });
};

/** Sends a delivery again now (a fresh attempt series, same delivery id). */
export const redeliver = async (deps: WebhookDeps, deliveryId: string): Promise<WebhookDelivery> => {
  const id = idOf('WebhookDelivery', deliveryId);
  return deps.em.transactional(async (em) => {
    const delivery = id === null ? null : await em.findOne(WebhookDelivery, id);
    if (delivery === null) throw UserFacingError.of('NOT_FOUND', 'No such delivery.', field('deliveryId'));
    delivery.status = WebhookDeliveryStatus.PENDING;
    delivery.createdAt = new Date();
    delivery.nextAttemptAt = new Date();
    await em.flush();
    await deps.jobs.sendIn(
      em,
      DELIVER_JOB,
      { deliveryId: delivery.id },
      { singletonKey: `webhook:${delivery.id}:redeliver:${Date.now()}` },
    );
    return delivery;
  });
};
