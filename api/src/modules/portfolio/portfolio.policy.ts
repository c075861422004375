import type { Viewer } from '../../platform/graphql/context';
import { Role, isStaff } from '../identity/role';

/** A SQL condition with its parameters, to be ANDed into a query. */
export interface Scope {
  sql: string;
  params: unknown[];
}

export const ACTIVE_TENANCY = `t.starts_on <= current_date and (t.ends_on is null or t.ends_on >= current_date)`;

const NOTHING: Scope = { sql: 'false', params: [] };

/** Managers, admins and API keys (whose reach their scopes limit) see the whole portfolio. */
export const seesPortfolio = (viewer: Viewer): boolean =>
  isStaff(viewer.role as Role) || viewer.apiKey !== undefined;

/** Which properties a viewer may see (alias `p`): the data-level rule for every path to a property. */
export const propertyScope = (viewer: Viewer): Scope => {
  if (seesPortfolio(viewer)) return { sql: 'true', params: [] };
  switch (viewer.role) {
    case Role.OWNER:
      return { sql: 'p.owner_id in (select o.id from owners o where o.user_id = ?)', params: [viewer.id] };
    case Role.TENANT:
      return {
        sql: `p.id in (select u.property_id from units u join tenancies t on t.unit_id = u.id where t.tenant_id = ? and ${ACTIVE_TENANCY})`,
        params: [viewer.id],
      };
    case Role.TECHNICIAN:
      return {
        sql: 'p.id in (select w.property_id from work_orders w join technicians tc on tc.id = w.assignee_technician_id where tc.user_id = ?)',
        params: [viewer.id],
      };
    case Role.VENDOR:
      return viewer.vendorId === null
        ? NOTHING
        : {
            sql: 'p.id in (select w.property_id from work_orders w where w.assignee_vendor_id = ?)',
            params: [viewer.vendorId],
          };
    default:
      return NOTHING;
  }
};

/** Which units a viewer may see (alias `u`). */
export const unitScope = (viewer: Viewer): Scope => {
  if (seesPortfolio(viewer)) return { sql: 'true', params: [] };
  if (viewer.role === Role.TENANT) {
    return {
      sql: `u.id in (select t.unit_id from tenancies t where t.tenant_id = ? and ${ACTIVE_TENANCY})`,
      params: [viewer.id],
    };
  }
  const property = propertyScope(viewer);
  return {
    sql: `u.property_id in (select p.id from properties p where ${property.sql})`,
    params: property.params,
  };
};

/** Gate and lockbox codes: managers and admins (the current assignee of an open job comes with dispatch). */
export const mayReadAccessCodes = (viewer: Viewer | null): boolean =>
  viewer !== null && isStaff(viewer.role as Role);
