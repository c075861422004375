import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../platform/graphql/context';
import { AuditEntry } from './audit-entry.entity';

/** Appends an audit entry (flushed with the caller's unit of work). */
export const recordAudit = async (
  em: EntityManager,
  viewer: Viewer,
  action: string,
  target: string,
  data: Record<string, unknown> = {},
): Promise<void> => {
  em.create(AuditEntry, { actorId: viewer.id, apiKeyId: viewer.apiKey?.id ?? null, action, target, data });
  await em.flush();
};
