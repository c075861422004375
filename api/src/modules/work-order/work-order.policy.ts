import type { Viewer } from '../../platform/graphql/context';
import { Role } from '../identity/role';
import { ACTIVE_TENANCY, seesPortfolio, type Scope } from '../portfolio/portfolio.policy';

/**
 * Which work orders a viewer may see (alias `w`) — the one rule behind every path: lists, `node`, nested fields,
 * subscriptions. A tenant sees what they requested and the requests of units they lease made during their lease;
 * an owner their properties'; a technician or vendor the jobs assigned to them; managers and admins everything.
 */
export const workOrderScope = (viewer: Viewer): Scope => {
  if (seesPortfolio(viewer)) return { sql: 'true', params: [] };
  switch (viewer.role) {
    case Role.TENANT:
      return {
        sql: `(w.requester_id = ? or exists (select 1 from tenancies t where t.unit_id = w.unit_id and t.tenant_id = ? and ${ACTIVE_TENANCY} and w.created_at >= t.starts_on))`,
        params: [viewer.id, viewer.id],
      };
    case Role.OWNER:
      return {
        sql: 'w.property_id in (select p.id from properties p join owners o on o.id = p.owner_id where o.user_id = ?)',
        params: [viewer.id],
      };
    case Role.TECHNICIAN:
      // their jobs, and emergencies they were paged for while on call
      return {
        sql: `(w.assignee_technician_id in (select tc.id from technicians tc where tc.user_id = ?)
          or exists (select 1 from work_order_events pe where pe.work_order_id = w.id and pe.kind = 'PAGED' and (pe.data->>'userId')::int = ?))`,
        params: [viewer.id, viewer.id],
      };
    case Role.VENDOR:
      return viewer.vendorId === null
        ? { sql: 'false', params: [] }
        : { sql: 'w.assignee_vendor_id = ?', params: [viewer.vendorId] };
    default:
      return { sql: 'false', params: [] };
  }
};

/** Internal staff notes (and their events) are for everyone but tenants. */
export const seesInternalNotes = (viewer: Viewer): boolean => viewer.role !== Role.TENANT;
