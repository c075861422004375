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

/** Runs an administrative change and appends its audit entry (target: the changed object's global id). */
export const audited = async <T extends { globalId: string }>(
  em: EntityManager,
  viewer: Viewer,
  action: string,
  run: () => Promise<T>,
  data: (result: T) => Record<string, unknown> = () => ({}),
): Promise<T> => {
  const result = await run();
  await recordAudit(em, viewer, action, result.globalId, data(result));
  return result;
};
