import type { EntityManager } from '@mikro-orm/postgresql';
import { Topic, type FixlinePubSub, type WorkOrderChangedPayload } from '../../platform/pubsub/pubsub';
import { WorkOrderEvent } from './work-order-event.entity';
import type { WorkOrderChangeKind } from './work-order-status';
import type { WorkOrder } from './work-order.entity';

export interface EventInput {
  kind: WorkOrderChangeKind;
  actorId: number | null;
  summary: string;
  data?: Record<string, unknown>;
  internal?: boolean;
}

/** The events a unit of work records; published only once its transaction has committed. */
export class ChangeLog {
  readonly events: WorkOrderEvent[] = [];

  constructor(private readonly em: EntityManager) {}

  record(workOrder: WorkOrder, input: EventInput): WorkOrderEvent {
    const event = this.em.create(WorkOrderEvent, {
      workOrder,
      kind: input.kind,
      actor: input.actorId,
      summary: input.summary,
      data: input.data ?? null,
      internal: input.internal ?? false,
      at: new Date(),
    });
    this.events.push(event);
    return event;
  }
}

const payloadOf = (event: WorkOrderEvent): WorkOrderChangedPayload => ({
  eventId: event.id,
  kind: event.kind,
  workOrderId: event.workOrder.id,
  propertyId: event.workOrder.getEntity().property.id,
  actorId: event.actor?.id ?? null,
  at: event.at.toISOString(),
});

/**
 * Runs `work` in one transaction; the domain events it records are written in that same transaction (the outbox)
 * and published to subscribers only after it commits.
 */
export const withChanges = async <T>(
  em: EntityManager,
  pubSub: FixlinePubSub,
  work: (em: EntityManager, changes: ChangeLog) => Promise<T>,
): Promise<T> => {
  let log: ChangeLog | undefined;
  const result = await em.transactional(async (tem) => {
    log = new ChangeLog(tem);
    return work(tem, log);
  });
  for (const event of log?.events ?? []) {
    if (!event.internal) pubSub.publish(Topic.WORK_ORDER_CHANGED, payloadOf(event));
  }
  return result;
};
