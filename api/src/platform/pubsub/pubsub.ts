import { setMaxListeners } from 'node:events';
import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import { createPubSub, type PubSub } from '@graphql-yoga/subscription';
import Redis from 'ioredis';

/**
 * Typed topics. Payloads are plain JSON (ids and kinds, never entities): they may cross processes through Redis,
 * and subscribers resolve what they show fresh from the database.
 */
export interface WorkOrderChangedPayload {
  eventId: number;
  kind: string;
  workOrderId: number;
  propertyId: number;
  actorId: number | null;
  at: string;
}

export interface MessageAddedPayload {
  messageId: number;
  workOrderId: number;
  internal: boolean;
}

export interface NotificationAddedPayload {
  notificationId: number;
  recipientId: number;
}

export const Topic = {
  WORK_ORDER_CHANGED: 'WORK_ORDER_CHANGED',
  MESSAGE_ADDED: 'MESSAGE_ADDED',
  NOTIFICATION_ADDED: 'NOTIFICATION_ADDED',
} as const;

export type Topics = {
  [Topic.WORK_ORDER_CHANGED]: [WorkOrderChangedPayload];
  [Topic.MESSAGE_ADDED]: [MessageAddedPayload];
  [Topic.NOTIFICATION_ADDED]: [NotificationAddedPayload];
};

export type FixlinePubSub = PubSub<Topics>;

/**
 * In-process. Every group of identical subscriptions and each worker listens on the one event target: more than
 * Node's default of ten listeners per event is normal here, not a leak, so the warning is off.
 */
export const createFixlinePubSub = (): FixlinePubSub => {
  const eventTarget = new EventTarget();
  setMaxListeners(0, eventTarget);
  return createPubSub<Topics>({ eventTarget });
};

/**
 * With REDIS_URL, events travel through Redis so that a change committed on one api instance reaches subscribers
 * on every instance; without it, in-process. Returns the pub/sub and a function closing its connections.
 */
export const createSharedPubSub = (
  redisUrl: string | undefined,
): { pubSub: FixlinePubSub; close: () => Promise<void> } => {
  if (!redisUrl) return { pubSub: createFixlinePubSub(), close: async () => undefined };
  const publishClient = new Redis(redisUrl, { lazyConnect: false, maxRetriesPerRequest: 3 });
  const subscribeClient = new Redis(redisUrl, { lazyConnect: false, maxRetriesPerRequest: 3 });
  const pubSub = createPubSub<Topics>({
    eventTarget: createRedisEventTarget({ publishClient, subscribeClient }),
  });
  return {
    pubSub,
    close: async () => {
      await Promise.allSettled([publishClient.quit(), subscribeClient.quit()]);
    },
  };
};
