import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import type { Viewer } from '../../platform/graphql/context';
import { groupInKeyOrder } from '../../platform/graphql/loaders';
import { UserFacingError } from '../../platform/graphql/user-error';
import { AccessProfile } from './access-profile.entity';
import type { ContactMethod } from './contact-method';
import { ACTIVE_TENANCY, propertyScope, unitScope } from './portfolio.policy';
import { Property } from './property.entity';
import { Tenancy } from './tenancy.entity';
import { Unit } from './unit.entity';

/** The units each tenant currently leases, in one statement per batch. */
export const unitsByTenantLoader = (em: EntityManager): DataLoader<number, Unit[]> =>
  new DataLoader(async (tenantIds) => {
    const rows = await em
      .getConnection()
      .execute<{ tenant_id: number; unit_id: number }[]>(
        `select t.tenant_id, t.unit_id from tenancies t where t.tenant_id in (?) and ${ACTIVE_TENANCY} order by t.unit_id`,
        [[...tenantIds]],
        'all',
        em.getTransactionContext(),
      );
    const units = await em.find(Unit, { id: { $in: rows.map((r) => r.unit_id) } });
    const byId = new Map(units.map((u) => [u.id, u]));
    return groupInKeyOrder(tenantIds, rows, (r) => r.tenant_id).map((group) =>
      group.map((r) => byId.get(r.unit_id)).filter((u): u is Unit => u !== undefined),
    );
  });

/** Every tenancy of each unit, newest first, in one statement per batch. */
export const tenanciesByUnitLoader = (em: EntityManager): DataLoader<number, Tenancy[]> =>
  new DataLoader(async (unitIds) => {
    const rows = await em.find(
      Tenancy,
      { unit: { $in: [...unitIds] } },
      { orderBy: { startsOn: 'desc', id: 'desc' } },
    );
    return groupInKeyOrder(unitIds, rows, (t) => t.unit.id);
  });

export const unitsByPropertyLoader = (em: EntityManager): DataLoader<number, Unit[]> =>
  new DataLoader(async (propertyIds) => {
    const units = await em.find(Unit, { property: { $in: [...propertyIds] } }, { orderBy: { label: 'asc' } });
    return groupInKeyOrder(propertyIds, units, (u) => u.property.id);
  });

export const accessProfileLoader = (em: EntityManager): DataLoader<number, AccessProfile | null> =>
  new DataLoader(async (userIds) => {
    const profiles = await em.find(AccessProfile, { user: { $in: [...userIds] } });
    const byUser = new Map(profiles.map((p) => [p.user.id, p]));
    return userIds.map((id) => byUser.get(id) ?? null);
  });

/** The ids among `ids` that the viewer may see. */
const visibleIds = async (
  em: EntityManager,
  table: 'properties p' | 'units u',
  alias: 'p' | 'u',
  scope: { sql: string; params: unknown[] },
  ids: readonly number[],
): Promise<Set<number>> => {
  if (ids.length === 0) return new Set();
  const rows = await em
    .getConnection()
    .execute<{ id: number }[]>(
      `select ${alias}.id from ${table} where ${alias}.id in (?) and (${scope.sql})`,
      [[...ids], ...scope.params],
      'all',
      em.getTransactionContext(),
    );
  return new Set(rows.map((r) => r.id));
};

export const canSeeProperties = (
  em: EntityManager,
  viewer: Viewer,
  ids: readonly number[],
): Promise<Set<number>> => visibleIds(em, 'properties p', 'p', propertyScope(viewer), ids);

export const canSeeUnits = (
  em: EntityManager,
  viewer: Viewer,
  ids: readonly number[],
): Promise<Set<number>> => visibleIds(em, 'units u', 'u', unitScope(viewer), ids);

export const listProperties = async (
  em: EntityManager,
  viewer: Viewer,
  size: number,
  afterId: number | null,
): Promise<{ rows: Property[]; total: number }> => {
  const scope = propertyScope(viewer);
  const base = em.createQueryBuilder(Property, 'p').where(scope.sql, scope.params);
  const total = await base.clone().getCount();
  const page = base
    .clone()
    .orderBy({ id: 'asc' })
    .limit(size + 1);
  if (afterId !== null) page.andWhere({ id: { $gt: afterId } });
  return { rows: await page.getResultList(), total };
};

export interface AccessProfileChanges {
  pets?: string | null;
  bestContactMethod?: ContactMethod | null;
  preferredTimes?: string | null;
  notes?: string | null;
}

export const saveAccessProfile = async (
  em: EntityManager,
  userId: number,
  changes: AccessProfileChanges,
): Promise<AccessProfile> => {
  const tooLong = Object.entries(changes).find(([, v]) => typeof v === 'string' && v.length > 1000);
  if (tooLong !== undefined) {
    throw UserFacingError.of('TOO_LONG', `${tooLong[0]} is limited to 1000 characters.`, [
      'input',
      tooLong[0],
    ]);
  }
  const existing = await em.findOne(AccessProfile, { user: userId });
  const profile = existing ?? em.create(AccessProfile, { user: userId });
  em.assign(profile, Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)));
  await em.flush();
  return profile;
};
