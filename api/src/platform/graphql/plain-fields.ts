import { getMetadataStorage } from 'type-graphql';

/**
 * Marks every plain `@Field` — no `@Authorized` or middleware on it or its class, its schema name its property's —
 * as "simple", so type-graphql leaves its `resolve` unset and GraphQL reads the property itself. type-graphql would
 * otherwise wrap each such field in a resolver of its own (an object and a middleware pass per field per row), and
 * graphql-jit compiles a field with a resolver into a call where it inlines a plain property read: a board page of
 * 50 cards has thousands of them. A field with a `@FieldResolver` keeps its resolver (type-graphql prefers it to
 * the flag). Run once, before `buildSchema`; returns how many fields it marked.
 */
export const markPlainFieldsSimple = (): number => {
  const storage = getMetadataStorage();
  // roles and middlewares are attached to the fields only inside buildSchema: read them from their own lists
  const guarded = new Map<unknown, Set<string>>();
  const guard = (target: unknown, field: string): void => {
    const fields = guarded.get(target) ?? new Set<string>();
    fields.add(field);
    guarded.set(target, fields);
  };
  for (const a of storage.authorizedFields) guard(a.target, a.fieldName);
  for (const m of storage.middlewares) guard(m.target, m.fieldName);
  const guardedClasses = new Set<unknown>([
    ...storage.authorizedResolver.map((a) => a.target),
    ...storage.resolverMiddlewares.map((m) => m.target),
  ]);
  let marked = 0;
  for (const field of storage.fields) {
    if (field.simple !== undefined || field.schemaName !== field.name) continue;
    if (guardedClasses.has(field.target) || guarded.get(field.target)?.has(field.name)) continue;
    field.simple = true;
    marked += 1;
  }
  return marked;
};
