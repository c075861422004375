import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import type { Viewer } from '../../platform/graphql/context';
import { groupInKeyOrder } from '../../platform/graphql/loaders';
import { Category } from '../category/category.entity';
import { Role, isStaff } from '../identity/role';
import { seesPortfolio } from '../portfolio/portfolio.policy';
import { Technician } from './technician.entity';
import { Vendor } from './vendor.entity';

/** Vendors: staff see all; a vendor user sees their own company; others none. */
export const vendorVisible = (viewer: Viewer, vendorId: number): boolean =>
  isStaff(viewer.role as Role) || (viewer.role === Role.VENDOR && viewer.vendorId === vendorId);

export interface VendorFilterValues {
  categoryIds?: readonly number[];
  active?: boolean | null;
  text?: string | null;
}

export const listVendors = async (
  em: EntityManager,
  viewer: Viewer,
  size: number,
  afterId: number | null,
  filter: VendorFilterValues = {},
): Promise<{ rows: Vendor[]; total: number }> => {
  const scope = seesPortfolio(viewer)
    ? {}
    : { id: viewer.role === Role.VENDOR ? (viewer.vendorId ?? -1) : -1 };
  const where = {
    ...scope,
    ...(filter.active === true || filter.active === false ? { active: filter.active } : {}),
    ...(filter.text?.trim()
      ? { name: { $ilike: `%${filter.text.trim().replace(/[\\%_]/g, '\\$&')}%` } }
      : {}),
    ...(filter.categoryIds?.length ? { categories: { $in: [...filter.categoryIds] } } : {}),
  };
  const total = await em.count(Vendor, where);
  const rows = await em.find(
    Vendor,
    { ...where, ...(afterId === null ? {} : { id: { $gt: afterId } }) },
    { orderBy: { id: 'asc' }, limit: size + 1 },
  );
  return { rows, total };
};

export const listTechnicians = (em: EntityManager, viewer: Viewer): Promise<Technician[]> => {
  if (isStaff(viewer.role as Role)) return em.find(Technician, {}, { orderBy: { name: 'asc' } });
  if (viewer.role === Role.TECHNICIAN) return em.find(Technician, { user: viewer.id });
  return Promise.resolve([]);
};

const categoriesLoader =
  (pivot: 'vendor_categories' | 'technician_categories', owner: 'vendor_id' | 'technician_id') =>
  (em: EntityManager): DataLoader<number, Category[]> =>
    new DataLoader(async (ids) => {
      const links = await em
        .getConnection()
        .execute<{ owner: number; category_id: number }[]>(
          `select ${owner} as owner, category_id from ${pivot} where ${owner} in (?)`,
          [[...ids]],
          'all',
          em.getTransactionContext(),
        );
      const categories = await em.find(Category, { id: { $in: links.map((l) => l.category_id) } });
      const byId = new Map(categories.map((c) => [c.id, c]));
      return groupInKeyOrder(ids, links, (l) => l.owner).map((group) =>
        group.map((l) => byId.get(l.category_id)).filter((c): c is Category => c !== undefined),
      );
    });

export const vendorCategoriesLoader = categoriesLoader('vendor_categories', 'vendor_id');
export const technicianCategoriesLoader = categoriesLoader('technician_categories', 'technician_id');
