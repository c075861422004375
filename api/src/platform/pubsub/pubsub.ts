import { createPubSub, type PubSub } from '@graphql-yoga/subscription';

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

export const Topic = {
  WORK_ORDER_CHANGED: 'WORK_ORDER_CHANGED',
  MESSAGE_ADDED: 'MESSAGE_ADDED',
} as const;

export type Topics = {
  [Topic.WORK_ORDER_CHANGED]: [WorkOrderChangedPayload];
  [Topic.MESSAGE_ADDED]: [MessageAddedPayload];
};

export type FixlinePubSub = PubSub<Topics>;

export const createFixlinePubSub = (): FixlinePubSub => createPubSub<Topics>();
