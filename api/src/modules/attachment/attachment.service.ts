import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import type { Viewer } from '../../platform/graphql/context';
import { groupInKeyOrder } from '../../platform/graphql/loaders';
import { idOf } from '../../platform/graphql/node';
import { UserFacingError } from '../../platform/graphql/user-error';
import { Message } from '../messaging/message.entity';
import { WorkOrder } from '../work-order/work-order.entity';
import { Attachment } from './attachment.entity';

export const MAX_ATTACHMENTS = 10;

/**
 * Links the caller's own, not yet attached uploads to a work order (and a message): anyone else's upload, or one
 * already in use, is a user error naming its index.
 */
export const attachUploads = async (
  em: EntityManager,
  viewer: Viewer,
  attachmentIds: readonly string[] | null | undefined,
  target: { workOrderId: number; messageId?: number | null },
): Promise<Attachment[]> => {
  const ids = attachmentIds ?? [];
  if (ids.length === 0) return [];
  if (ids.length > MAX_ATTACHMENTS) {
    throw UserFacingError.of(
      'TOO_MANY',
      `At most ${MAX_ATTACHMENTS} photos or videos; ${ids.length} were given.`,
      ['input', 'attachmentIds'],
    );
  }
  const numeric = ids.map((id) => idOf('Attachment', id));
  const rows = await em.find(Attachment, { id: { $in: numeric.filter((n): n is number => n !== null) } });
  const attachments = numeric.map((n, i) => {
    const row = rows.find((r) => r.id === n);
    if (!row || row.uploadedBy.id !== viewer.id || row.workOrder) {
      throw UserFacingError.of('NOT_FOUND', 'That upload is not yours, or is already attached.', [
        'input',
        'attachmentIds',
        String(i),
      ]);
    }
    return row;
  });
  for (const a of attachments) {
    a.workOrder = em.getReference(WorkOrder, target.workOrderId, { wrapped: true });
    if (target.messageId) a.message = em.getReference(Message, target.messageId, { wrapped: true });
  }
  return attachments;
};

/** Attachments of work orders (not of messages: those show with their message); one statement per batch. */
export const workOrderAttachmentsLoader = (em: EntityManager): DataLoader<number, Attachment[]> =>
  new DataLoader(async (ids) => {
    const rows = await em.find(
      Attachment,
      { workOrder: { $in: [...ids] }, message: null },
      { orderBy: { id: 'asc' } },
    );
    return groupInKeyOrder(ids, rows, (a) => a.workOrder?.id ?? -1);
  });

export const messageAttachmentsLoader = (em: EntityManager): DataLoader<number, Attachment[]> =>
  new DataLoader(async (ids) => {
    const rows = await em.find(Attachment, { message: { $in: [...ids] } }, { orderBy: { id: 'asc' } });
    return groupInKeyOrder(ids, rows, (a) => a.message?.id ?? -1);
  });
