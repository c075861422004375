import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import type { Viewer } from '../../platform/graphql/context';
import { idOf } from '../../platform/graphql/node';
import { UserFacingError } from '../../platform/graphql/user-error';
import { Topic, type FixlinePubSub } from '../../platform/pubsub/pubsub';
import { Role } from '../identity/role';
import { withChanges } from '../work-order/work-order-events';
import { WorkOrderChangeKind } from '../work-order/work-order-status';
import type { WorkOrder } from '../work-order/work-order.entity';
import { workOrderScope } from '../work-order/work-order.policy';
import { seesInternalNotes } from '../work-order/work-order.policy';
import { visibleWorkOrderLoader } from '../work-order/work-order.service';
import { attachUploads } from '../attachment/attachment.service';
import { Message, MessageRead } from './message.entity';

export const MESSAGE_MAX = 5000;

/** Tenants never see internal notes; everyone else who may see the order sees its whole thread. */
/** Everyone but tenants reads internal notes (the work-order policy's rule). */
export const seesInternal = seesInternalNotes;

const STAFF_AUTHORS = new Set<string>([Role.MANAGER, Role.ADMIN, Role.TECHNICIAN, Role.VENDOR]);

const orderOf = async (em: EntityManager, viewer: Viewer, workOrderId: string): Promise<WorkOrder> => {
  const id = idOf('WorkOrder', workOrderId);
  const wo = id === null ? null : await visibleWorkOrderLoader(em, viewer).load(id);
  if (wo === null) throw UserFacingError.of('NOT_FOUND', 'No such work order.', ['input', 'workOrderId']);
  return wo;
};

/**
 * Posts to a thread: a MESSAGE_POSTED event in the same transaction (internal for staff notes, so tenants never get
 * it), then `messageAdded` to the thread's subscribers.
 */
export const postMessage = async (
  em: EntityManager,
  pubSub: FixlinePubSub,
  viewer: Viewer,
  input: { workOrderId: string; body: string; internal?: boolean | null; attachmentIds?: string[] | null },
): Promise<Message> => {
  const body = input.body.trim();
  if (body.length === 0) throw UserFacingError.of('REQUIRED', 'Write a message.', ['input', 'body']);
  if (body.length > MESSAGE_MAX) {
    throw UserFacingError.of(
      'TOO_LONG',
      `A message is limited to ${MESSAGE_MAX} characters; this one has ${body.length}.`,
      ['input', 'body'],
    );
  }
  const internal = input.internal ?? false;
  if (internal && !seesInternal(viewer)) {
    throw UserFacingError.of('FORBIDDEN', 'Internal notes are for staff.', ['input', 'internal']);
  }
  const message = await withChanges(em, pubSub, async (tem, changes) => {
    const wo = await orderOf(tem, viewer, input.workOrderId);
    const created = tem.create(Message, { workOrder: wo, author: viewer.id, body, internal });
    await tem.flush();
    await attachUploads(tem, viewer, input.attachmentIds, { workOrderId: wo.id, messageId: created.id });
    changes.record(wo, {
      kind: WorkOrderChangeKind.MESSAGE_POSTED,
      actorId: viewer.id,
      summary: internal ? 'Internal note added' : 'Message posted',
      data: { messageId: created.id, fromStaff: STAFF_AUTHORS.has(viewer.role) },
      internal,
    });
    await tem.upsert(MessageRead, { user: viewer.id, workOrder: wo.id, lastReadMessageId: created.id });
    await tem.flush();
    return created;
  });
  pubSub.publish(Topic.MESSAGE_ADDED, { messageId: message.id, workOrderId: message.workOrder.id, internal });
  return message;
};

export const markRead = async (
  em: EntityManager,
  viewer: Viewer,
  workOrderId: string,
): Promise<WorkOrder> => {
  const wo = await orderOf(em, viewer, workOrderId);
  const [last] = await em
    .getConnection()
    .execute<{ id: number | null }[]>(
      `select max(id) as id from messages where work_order_id = ?${seesInternal(viewer) ? '' : ' and not internal'}`,
      [wo.id],
      'all',
      em.getTransactionContext(),
    );
  if (last?.id)
    await em.upsert(MessageRead, { user: viewer.id, workOrder: wo.id, lastReadMessageId: last.id });
  return wo;
};

/** Unread messages per order for the viewer (not their own, not internal for tenants), one statement per batch. */
export const unreadCountLoader = (em: EntityManager, viewer: Viewer | null): DataLoader<number, number> =>
  new DataLoader(async (ids) => {
    if (viewer === null) return ids.map(() => 0);
    const rows = await em.getConnection().execute<{ work_order_id: number; n: number }[]>(
      `select m.work_order_id, count(*)::int as n from messages m
         left join message_reads r on r.work_order_id = m.work_order_id and r.user_id = ?
        where m.work_order_id in (?) and m.author_id <> ? and m.id > coalesce(r.last_read_message_id, 0)
          ${seesInternal(viewer) ? '' : 'and not m.internal'}
        group by m.work_order_id`,
      [viewer.id, [...ids], viewer.id],
      'all',
      em.getTransactionContext(),
    );
    const byId = new Map(rows.map((r) => [r.work_order_id, r.n]));
    return ids.map((id) => byId.get(id) ?? 0);
  });

/** One page of a thread, oldest first (keyset on id). */
export const threadPage = async (
  em: EntityManager,
  viewer: Viewer,
  workOrderId: number,
  size: number,
  afterId: number | null,
): Promise<{ rows: Message[]; total: number }> => {
  const where = {
    workOrder: workOrderId,
    ...(seesInternal(viewer) ? {} : { internal: false }),
  };
  const [rows, total] = await Promise.all([
    em.find(
      Message,
      { ...where, ...(afterId === null ? {} : { id: { $gt: afterId } }) },
      { orderBy: { id: 'asc' }, limit: size + 1 },
    ),
    em.count(Message, where),
  ]);
  return { rows, total };
};

/** Full-text search (PostgreSQL) in the threads the viewer may read: one order's, or — for staff — all. */
export const searchMessages = async (
  em: EntityManager,
  viewer: Viewer,
  text: string,
  workOrderId: string | null | undefined,
  limit: number,
): Promise<Message[]> => {
  const query = text.trim();
  if (query.length === 0) return [];
  const scope = workOrderScope(viewer);
  const id = workOrderId ? (idOf('WorkOrder', workOrderId) ?? -1) : null;
  if (id === null && ![Role.MANAGER, Role.ADMIN].includes(viewer.role as Role)) {
    throw UserFacingError.of('REQUIRED', 'Search within one work order.', ['workOrderId']);
  }
  return em
    .createQueryBuilder(Message, 'm')
    .select('m.*')
    .join('m.workOrder', 'w')
    .where(`m.search_vector @@ websearch_to_tsquery('english', ?)`, [query])
    .andWhere(scope.sql, scope.params)
    .andWhere(seesInternal(viewer) ? {} : { internal: false })
    .andWhere(id === null ? {} : { workOrder: id })
    .orderBy({ id: 'desc' })
    .limit(limit)
    .getResultList();
};
