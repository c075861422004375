import { isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { getMetadataStorage } from 'type-graphql';

type Take = (root: unknown, context: unknown, info: unknown) => unknown;

/** The argument a `@Root()`, `@Ctx()` or `@Info()` parameter receives; null for any other parameter. */
const takerOf = (param: { kind: string; propertyName?: string }): Take | null => {
  if ('propertyName' in param && param.propertyName !== undefined) return null;
  if (param.kind === 'root') return (root) => root;
  if (param.kind === 'context') return (_root, context) => context;
  if (param.kind === 'info') return (_root, _context, info) => info;
  return null;
};

/** The method called with its parameters, spelt out for up to three so a call allocates no argument array. */
const directCall = (
  instance: object,
  method: (...args: unknown[]) => unknown,
  takers: Take[],
): Take | null => {
  const [a, b, c] = takers;
  if (takers.length > 3) return null;
  if (c !== undefined && b !== undefined && a !== undefined)
    return (r, x, i) => method.call(instance, a(r, x, i), b(r, x, i), c(r, x, i));
  if (b !== undefined && a !== undefined) return (r, x, i) => method.call(instance, a(r, x, i), b(r, x, i));
  if (a !== undefined) return (r, x, i) => method.call(instance, a(r, x, i));
  return () => method.call(instance);
};

/** A getter of the class itself (the Node `id`), never a method: the value is the property. */
const getterOf = (target: { prototype: object }, name: string): boolean => {
  for (
    let proto: object | null = target.prototype;
    proto !== null;
    proto = Object.getPrototypeOf(proto) as object | null
  ) {
    const descriptor = Object.getOwnPropertyDescriptor(proto, name);
    if (descriptor !== undefined) return typeof descriptor.get === 'function';
  }
  return false;
};

/** A `@Field` getter (type-graphql's "internal" field resolver): read on every object type that inherits it. */
const readGetterDirectly = (
  schema: GraphQLSchema,
  objectTypes: readonly { target: unknown; name: string }[],
  target: unknown,
  getter: string,
  fieldName: string,
): number => {
  const owner = target as { prototype: object };
  if (typeof target !== 'function' || !getterOf(owner, getter)) return 0;
  let rewired = 0;
  for (const objectType of objectTypes) {
    const cls = objectType.target as { prototype: object };
    if (cls !== owner && !(cls.prototype instanceof (owner as unknown as new () => object))) continue;
    const type = schema.getType(objectType.name);
    const field = isObjectType(type) ? type.getFields()[fieldName] : undefined;
    const original = field?.resolve;
    if (field === undefined || original === undefined) continue;
    field.resolve = (root, args, context, info) =>
      root instanceof (owner as unknown as new () => object)
        ? (root as Record<string, unknown>)[getter]
        : original(root, args, context, info);
    rewired += 1;
  }
  return rewired;
};

/**
 * Calls the `@FieldResolver` methods that take only `@Root()`, `@Ctx()` and `@Info()` — no arguments to convert or
 * validate, no `@Authorized` or middleware — directly, instead of through type-graphql's per-call wrapper (which
 * builds a resolver-data object, looks the resolver instance up in its container, runs the empty middleware chain
 * and sorts and maps the parameter list, on every call). A board page calls them about 600 times.
 *
 * A root that is not an instance of the parameter's declared type still goes through type-graphql, which converts
 * it. `buildSchema` must be given no global middlewares (these calls would skip them). Run once, on the built schema;
 * returns how many fields it rewired.
 */
export const callPlainFieldResolversDirectly = (schema: GraphQLSchema): number => {
  const storage = getMetadataStorage();
  const typeNames = new Map<unknown, string>(
    [...storage.objectTypes, ...storage.interfaceTypes].map((t) => [t.target, t.name]),
  );
  const instances = new Map<unknown, Record<string, unknown>>();
  let rewired = 0;
  for (const def of storage.fieldResolvers) {
    if (def.roles !== undefined || (def.middlewares?.length ?? 0) > 0) continue;
    if (def.kind === 'internal') {
      rewired += readGetterDirectly(schema, storage.objectTypes, def.target, def.methodName, def.schemaName);
      continue;
    }
    const params = [...(def.params ?? [])].sort((a, b) => a.index - b.index);
    const takers = params.map(takerOf);
    if (takers.some((t) => t === null)) continue;
    const type = schema.getType(typeNames.get(def.getObjectType?.()) ?? '');
    if (!isObjectType(type)) continue;
    const field = type.getFields()[def.schemaName];
    const original = field?.resolve;
    if (field === undefined || original === undefined) continue;
    const target = def.target as new () => Record<string, unknown>;
    const instance = instances.get(target) ?? new target();
    instances.set(target, instance);
    const method = instance[def.methodName];
    if (typeof method !== 'function') continue;
    const rootParam = params.find((p) => p.kind === 'root') as { getType?: () => unknown } | undefined;
    const rootType = rootParam?.getType?.();
    const declared = typeof rootType === 'function' && rootType !== Object ? rootType : null;
    const call = directCall(instance, method as (...args: unknown[]) => unknown, takers as Take[]);
    if (call === null) continue;
    const resolve: GraphQLFieldResolver<unknown, unknown> = (root, args, context, info) =>
      declared !== null && root !== null && root !== undefined && !(root instanceof declared)
        ? original(root, args, context, info)
        : call(root, context, info);
    field.resolve = resolve;
    rewired += 1;
  }
  return rewired;
};
