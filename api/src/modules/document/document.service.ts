import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { found, type Viewer } from '../../platform/graphql/context';
import { idOf } from '../../platform/graphql/node';
import { UserFacingError } from '../../platform/graphql/user-error';
import { Attachment, AttachmentKind } from '../attachment/attachment.entity';
import { Role, isStaff } from '../identity/role';
import { ACTIVE_TENANCY, type Scope } from '../portfolio/portfolio.policy';
import { Tenancy } from '../portfolio/tenancy.entity';
import { Unit } from '../portfolio/unit.entity';
import { Document, DocumentKind } from './document.entity';

export const TITLE_MAX = 200;

/**
 * Which documents a viewer may see (alias `d`): managers all; a tenant those of their own tenancies (past ones too)
 * and the unit-wide ones of units they lease today; nobody else any.
 */
export const documentScope = (viewer: Viewer): Scope => {
  if (viewer.apiKey) return { sql: 'false', params: [] };
  if (isStaff(viewer.role as Role)) return { sql: 'true', params: [] };
  if (viewer.role !== Role.TENANT) return { sql: 'false', params: [] };
  return {
    sql: `(d.tenancy_id in (select t.id from tenancies t where t.tenant_id = ?)
       or (d.tenancy_id is null and d.unit_id in (select t.unit_id from tenancies t where t.tenant_id = ? and ${ACTIVE_TENANCY})))`,
    params: [viewer.id, viewer.id],
  };
};

export const canSeeDocuments = async (
  em: EntityManager,
  viewer: Viewer,
  ids: readonly number[],
): Promise<Set<number>> => {
  if (ids.length === 0) return new Set();
  const scope = documentScope(viewer);
  const rows = await em
    .getConnection()
    .execute<{ id: number }[]>(
      `select d.id from documents d where d.id in (?) and ${scope.sql}`,
      [[...ids], ...scope.params],
      'all',
      em.getTransactionContext(),
    );
  return new Set(rows.map((r) => r.id));
};

export interface DocumentFilter {
  unitId?: string | null;
  tenancyId?: string | null;
}

/** A page of the documents the viewer may see, newest first, optionally of one unit or tenancy. */
export const listDocuments = async (
  em: EntityManager,
  viewer: Viewer,
  filter: DocumentFilter,
  size: number,
  afterId: number | null,
): Promise<{ rows: Document[]; total: number }> => {
  const scope = documentScope(viewer);
  const qb = em.createQueryBuilder(Document, 'd').where(scope.sql, scope.params);
  if (filter.unitId) qb.andWhere({ unit: idOf('Unit', filter.unitId) ?? -1 });
  if (filter.tenancyId) qb.andWhere({ tenancy: idOf('Tenancy', filter.tenancyId) ?? -1 });
  const total = await qb.clone().getCount();
  const page = qb
    .clone()
    .orderBy({ id: 'desc' })
    .limit(size + 1);
  if (afterId !== null) page.andWhere({ id: { $lt: afterId } });
  return { rows: await page.getResultList(), total };
};

export interface AddDocumentInput {
  attachmentId: string;
  kind: DocumentKind;
  title: string;
  unitId?: string | null;
  tenancyId?: string | null;
}

/** Files the manager's own unattached PDF or photo as a document of a unit, or of one tenancy. */
export const addDocument = async (
  em: EntityManager,
  viewer: Viewer,
  input: AddDocumentInput,
): Promise<Document> => {
  const title = input.title.trim();
  if (title.length === 0)
    throw UserFacingError.of('INVALID', 'Give the document a title.', ['input', 'title']);
  if (Boolean(input.unitId) === Boolean(input.tenancyId)) {
    throw UserFacingError.of('INVALID', 'Choose either a unit (all its tenants) or one tenancy.', [
      'input',
      input.unitId ? 'tenancyId' : 'unitId',
    ]);
  }
  let unit: Unit | null = null;
  let tenancy: Tenancy | null = null;
  if (input.tenancyId) {
    tenancy = await em.findOne(Tenancy, idOf('Tenancy', input.tenancyId) ?? -1);
    if (tenancy === null) throw UserFacingError.of('NOT_FOUND', 'No such tenancy.', ['input', 'tenancyId']);
    unit = await em.findOne(Unit, tenancy.unit.id);
  } else {
    unit = await em.findOne(Unit, idOf('Unit', input.unitId) ?? -1);
    if (unit === null) throw UserFacingError.of('NOT_FOUND', 'No such unit.', ['input', 'unitId']);
  }
  const attachment = await em.findOne(Attachment, idOf('Attachment', input.attachmentId) ?? -1);
  if (
    attachment === null ||
    attachment.uploadedBy.id !== viewer.id ||
    attachment.workOrder ||
    attachment.message ||
    attachment.documentId
  ) {
    throw UserFacingError.of('NOT_FOUND', 'That upload is not yours, or is already in use.', [
      'input',
      'attachmentId',
    ]);
  }
  if (attachment.kind === AttachmentKind.VIDEO) {
    throw UserFacingError.of('INVALID', 'Documents are PDFs or photos, not videos.', [
      'input',
      'attachmentId',
    ]);
  }
  const unitId = found(unit).id;
  return em.transactional(async (tem) => {
    const document = tem.create(Document, {
      unit: unitId,
      tenancy: tenancy?.id ?? null,
      kind: input.kind,
      title,
      uploadedBy: viewer.id,
    });
    await tem.flush();
    await tem.nativeUpdate(Attachment, { id: attachment.id }, { documentId: document.id });
    return document;
  });
};

/** Removes a document and its file's record (its signed links stop working: they need the record). */
export const deleteDocument = async (em: EntityManager, documentId: string): Promise<string> => {
  const document = await em.findOne(Document, idOf('Document', documentId) ?? -1);
  if (document === null) throw UserFacingError.of('NOT_FOUND', 'No such document.', ['id']);
  const globalId = document.globalId;
  await em.transactional(async (tem) => {
    await tem.nativeDelete(Attachment, { documentId: document.id });
    await tem.nativeDelete(Document, { id: document.id });
  });
  return globalId;
};

/** The file of each document, in one statement per batch. */
export const documentFileLoader = (em: EntityManager): DataLoader<number, Attachment | null> =>
  new DataLoader(async (ids) => {
    const rows = await em.find(Attachment, { documentId: { $in: [...ids] } });
    const byDocument = new Map(rows.map((a) => [a.documentId, a]));
    return ids.map((id) => byDocument.get(id) ?? null);
  });
