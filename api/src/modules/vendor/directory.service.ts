import type { EntityManager } from '@mikro-orm/postgresql';
import { idOf } from '../../platform/graphql/node';
import { UserFacingError } from '../../platform/graphql/user-error';
import { Category } from '../category/category.entity';
import { Property } from '../portfolio/property.entity';
import { AssignmentRule } from './assignment-rule.entity';
import { Technician } from './technician.entity';
import type { CreateAssignmentRuleInput, VendorFieldsInput } from './vendor.inputs';
import { VendorService } from './vendor-service.entity';
import { Vendor } from './vendor.entity';

const field = (...path: string[]): string[] => ['input', ...path];

const applyFields = async (em: EntityManager, vendor: Vendor, input: VendorFieldsInput): Promise<void> => {
  const { services, ...scalars } = input;
  em.assign(vendor, Object.fromEntries(Object.entries(scalars).filter(([, v]) => v !== undefined)));
  if (services === undefined || services === null) return;
  const ids = services.map((s) => idOf('Category', s.categoryId));
  const bad = ids.findIndex((id) => id === null);
  if (bad >= 0)
    throw UserFacingError.of('NOT_FOUND', 'No such category.', field('services', String(bad), 'categoryId'));
  const found = await em.find(Category, { id: { $in: ids as number[] } });
  if (found.length !== new Set(ids).size) {
    throw UserFacingError.of(
      'INVALID',
      'Each category may be listed once, and must exist.',
      field('services'),
    );
  }
  if (vendor.id !== undefined) await em.nativeDelete(VendorService, { vendor: vendor.id });
  services.forEach((s, i) => em.create(VendorService, { vendor, category: ids[i] as number, rank: s.rank }));
};

export const createVendor = async (em: EntityManager, input: VendorFieldsInput): Promise<Vendor> =>
  em.transactional(async (tem) => {
    const vendor = tem.create(Vendor, { name: (input.name ?? '').trim() });
    await applyFields(tem, vendor, input);
    await tem.flush();
    return vendor;
  });

export const updateVendor = async (
  em: EntityManager,
  vendorId: string,
  input: VendorFieldsInput,
): Promise<Vendor> =>
  em.transactional(async (tem) => {
    const id = idOf('Vendor', vendorId);
    const vendor = id === null ? null : await tem.findOne(Vendor, id);
    if (vendor === null) throw UserFacingError.of('NOT_FOUND', 'No such vendor.', field('vendorId'));
    await applyFields(tem, vendor, input);
    await tem.flush();
    return vendor;
  });

/** The assignee a global id names (active vendor or technician), or a user error on `path`. */
export const resolveAssignee = async (
  em: EntityManager,
  assigneeId: string,
  path: string[],
): Promise<{ vendor: Vendor | null; technician: Technician | null }> => {
  const vendorId = idOf('Vendor', assigneeId);
  const technicianId = idOf('Technician', assigneeId);
  const vendor = vendorId === null ? null : await em.findOne(Vendor, { id: vendorId, active: true });
  const technician =
    technicianId === null ? null : await em.findOne(Technician, { id: technicianId, active: true });
  if (vendor === null && technician === null)
    throw UserFacingError.of('NOT_FOUND', 'Choose an active vendor or technician.', path);
  return { vendor, technician };
};

export const createAssignmentRule = async (
  em: EntityManager,
  input: CreateAssignmentRuleInput,
): Promise<AssignmentRule> => {
  const categoryId = input.categoryId ? idOf('Category', input.categoryId) : null;
  const propertyId = input.propertyId ? idOf('Property', input.propertyId) : null;
  if (!input.categoryId && !input.propertyId) {
    throw UserFacingError.of(
      'REQUIRED',
      'A rule needs a category, a property, or both.',
      field('categoryId'),
    );
  }
  if (input.categoryId && (categoryId === null || (await em.count(Category, { id: categoryId })) === 0)) {
    throw UserFacingError.of('NOT_FOUND', 'No such category.', field('categoryId'));
  }
  if (input.propertyId && (propertyId === null || (await em.count(Property, { id: propertyId })) === 0)) {
    throw UserFacingError.of('NOT_FOUND', 'No such property.', field('propertyId'));
  }
  const { vendor, technician } = await resolveAssignee(em, input.assigneeId, field('assigneeId'));
  const rule = em.create(AssignmentRule, {
    category: categoryId,
    property: propertyId,
    vendor,
    technician,
    applyAtIntake: input.applyAtIntake,
  });
  await em.flush();
  return rule;
};

export const deleteAssignmentRule = async (em: EntityManager, ruleId: string): Promise<AssignmentRule> => {
  const id = idOf('AssignmentRule', ruleId);
  const rule = id === null ? null : await em.findOne(AssignmentRule, id);
  if (rule === null) throw UserFacingError.of('NOT_FOUND', 'No such rule.', field('ruleId'));
  await em.removeAndFlush(rule);
  return rule;
};

/**
 * The rule to apply to a new request, of the active intake rules matching its category and/or property (oldest
 * first): a rule naming both beats one naming one; the oldest wins a tie (the sort is stable). Intake reads the
 * candidates with its other reference data in one statement.
 */
export const preferredRule = <R>(
  rules: readonly R[],
  scope: (rule: R) => { categoryId: number | null; propertyId: number | null },
): R | null => {
  const specificity = (r: R): number => {
    const { categoryId, propertyId } = scope(r);
    return Number(categoryId !== null) + Number(propertyId !== null);
  };
  return [...rules].sort((a, b) => specificity(b) - specificity(a))[0] ?? null;
};
