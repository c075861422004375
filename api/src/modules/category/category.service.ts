import type { EntityManager } from '@mikro-orm/postgresql';
import { idOf } from '../../platform/graphql/node';
import { UserError, UserFacingError } from '../../platform/graphql/user-error';
import { Category } from './category.entity';

const field = (...path: string[]): string[] => ['input', ...path];

const cleanList = (values: readonly string[] | null | undefined, name: string): string[] | undefined => {
  if (values === null || values === undefined) return undefined;
  const cleaned = [...new Set(values.map((v) => v.trim()).filter((v) => v.length > 0))];
  if (cleaned.length > 30)
    throw UserFacingError.of('INVALID', `At most 30 ${name}; ${cleaned.length} were given.`, field(name));
  const long = cleaned.findIndex((v) => v.length > 60);
  if (long >= 0)
    throw UserFacingError.of(
      'INVALID',
      `Each of the ${name} is at most 60 characters.`,
      field(name, String(long)),
    );
  return cleaned;
};

const cleanName = (name: string): string => {
  const trimmed = name.trim();
  if (trimmed.length < 2 || trimmed.length > 60)
    throw UserFacingError.of('INVALID', 'A category name is 2 to 60 characters.', field('name'));
  return trimmed;
};

export const createCategory = async (
  em: EntityManager,
  input: { name: string; examples?: string[] | null; emergencyKeywords?: string[] | null },
): Promise<Category> => {
  const name = cleanName(input.name);
  const key = name
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '_')
    .replace(/^_|_$/g, '');
  if ((await em.count(Category, { $or: [{ key }, { name: { $ilike: name } }] })) > 0) {
    throw UserFacingError.of('TAKEN', `There is already a category called ${name}.`, field('name'));
  }
  const category = em.create(Category, {
    key,
    name,
    examples: cleanList(input.examples, 'examples') ?? [],
    emergencyKeywords: cleanList(input.emergencyKeywords, 'emergencyKeywords') ?? [],
    sortOrder: await em.count(Category, {}),
  });
  await em.flush();
  return category;
};

export const updateCategory = async (
  em: EntityManager,
  input: {
    categoryId: string;
    name?: string | null;
    examples?: string[] | null;
    emergencyKeywords?: string[] | null;
    active?: boolean | null;
  },
): Promise<Category> => {
  const id = idOf('Category', input.categoryId);
  const category = id === null ? null : await em.findOne(Category, id);
  if (category === null) throw UserFacingError.of('NOT_FOUND', 'No such category.', field('categoryId'));
  if (input.name) category.name = cleanName(input.name);
  const examples = cleanList(input.examples, 'examples');
  if (examples) category.examples = examples;
  const keywords = cleanList(input.emergencyKeywords, 'emergencyKeywords');
  if (keywords) category.emergencyKeywords = keywords;
  if (
    input.active === false &&
    (await em.count(Category, { active: true, id: { $ne: category.id } })) === 0
  ) {
    throw UserFacingError.of('INVALID', 'Keep at least one active category.', field('active'));
  }
  if (input.active !== null && input.active !== undefined) category.active = input.active;
  await em.flush();
  return category;
};

/** Sets the display order: the ids of all categories, in their new order. */
export const reorderCategories = async (
  em: EntityManager,
  categoryIds: readonly string[],
): Promise<Category[]> => {
  const all = await em.find(Category, {});
  const ids = categoryIds.map((id) => idOf('Category', id));
  const errors: UserError[] = [];
  if (
    ids.length !== all.length ||
    new Set(ids).size !== all.length ||
    ids.some((id) => !all.some((c) => c.id === id))
  ) {
    errors.push(
      UserError.of(
        'INVALID',
        `List every category once (${all.length}); ${ids.length} were given.`,
        field('categoryIds'),
      ),
    );
  }
  if (errors.length > 0) throw new UserFacingError(errors);
  ids.forEach((id, i) => {
    const category = all.find((c) => c.id === id);
    if (category) category.sortOrder = i;
  });
  await em.flush();
  return all.sort((a, b) => a.sortOrder - b.sortOrder);
};
