import { type GraphQLField, type GraphQLResolveInfo, type GraphQLSchema, isObjectType } from 'graphql';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Category } from '../src/modules/category/category.entity';
import { Property } from '../src/modules/portfolio/property.entity';
import { WorkOrder } from '../src/modules/work-order/work-order.entity';
import { TimeWindow } from '../src/modules/work-order/time-window';
import { Loaders, primeNow } from '../src/platform/graphql/loaders';
import { toGlobalId } from '../src/platform/graphql/node';
import { createSchema } from '../src/schema';

/** What the schema shims (plain-fields.ts, direct-resolvers.ts) changed, and what they had to leave alone. */
describe('schema: plain fields read directly, plain field resolvers called directly', () => {
  let schema: GraphQLSchema;
  const fieldOf = (type: string, name: string): GraphQLField<unknown, unknown> => {
    const t = schema.getType(type);
    if (!isObjectType(t)) throw new Error(`${type} is not an object type`);
    const field = t.getFields()[name];
    if (field === undefined) throw new Error(`${type}.${name} does not exist`);
    return field;
  };
  /** The field's resolver; a plain field has none (GraphQL's default reads the property). */
  const resolverOf = (type: string, name: string) => {
    const { resolve } = fieldOf(type, name);
    if (resolve === undefined) throw new Error(`${type}.${name} has no resolver`);
    return resolve;
  };
  const info = (type: string, name: string) =>
    ({ parentType: schema.getType(type), fieldName: name }) as unknown as GraphQLResolveInfo;

  beforeAll(async () => {
    schema = await createSchema();
  });

  it('leaves a plain @Field without a resolver, so GraphQL (and graphql-jit) read the property', () => {
    expect(fieldOf('WorkOrder', 'title').resolve).toBeUndefined();
    expect(fieldOf('Property', 'name').resolve).toBeUndefined();
    expect(fieldOf('TimeWindow', 'startsAt').resolve).toBeUndefined();
  });

  it('reads the Node id getter directly on every entity type', () => {
    const property = Object.assign(new Property(), { id: 7 });
    const resolve = resolverOf('Property', 'id');
    expect(resolve(property, {}, {}, info('Property', 'id'))).toBe(toGlobalId('Property', 7));
    const order = Object.assign(new WorkOrder(), { id: 12 });
    expect(resolverOf('WorkOrder', 'id')(order, {}, {}, info('WorkOrder', 'id'))).toBe(
      toGlobalId('WorkOrder', 12),
    );
  });

  it('calls a @Root-only field resolver directly, and gives the same answer through type-graphql for a plain root', async () => {
    const window = { startsAt: '2026-11-24T14:00:00.000Z', endsAt: '2026-11-24T17:00:00.000Z' };
    const windows = [window];
    const resolve = resolverOf('WorkOrder', 'availability');
    const direct = await resolve(
      Object.assign(new WorkOrder(), { availabilityWindows: windows }),
      {},
      {},
      info('WorkOrder', 'availability'),
    );
    // not a WorkOrder instance: type-graphql's own wrapper converts it first
    const converted = await resolve(
      { availabilityWindows: windows },
      {},
      {},
      info('WorkOrder', 'availability'),
    );
    for (const answer of [direct, converted]) {
      expect(answer).toEqual([
        Object.assign(new TimeWindow(), {
          startsAt: new Date(window.startsAt),
          endsAt: new Date(window.endsAt),
        }),
      ]);
    }
  });

  it('answers a card’s relation at once when the page primed it, and through the loader when not', async () => {
    const loaders = new Loaders({} as EntityManager, { id: 2, role: 'MANAGER', vendorId: null });
    const category = Object.assign(new Category(), { id: 3, name: 'Plumbing' });
    primeNow(loaders.byId(Category), 3, category);
    const order = Object.assign(new WorkOrder(), { category: { id: 3 } });
    const answer = resolverOf('WorkOrder', 'category')(order, {}, { loaders }, info('WorkOrder', 'category'));
    expect(answer).toBe(category); // not a promise: nothing to wait for
    // not primed: the loader runs (here its em has nothing to run on, so the load fails — as a promise)
    const other = Object.assign(new WorkOrder(), { category: { id: 4 } });
    const pending = resolverOf('WorkOrder', 'category')(
      other,
      {},
      { loaders },
      info('WorkOrder', 'category'),
    );
    expect(pending).toBeInstanceOf(Promise);
    await expect(pending).rejects.toThrow();
  });

  it('keeps type-graphql’s wrapper where a field has @Authorized: the role check still runs', async () => {
    const resolve = resolverOf('WorkOrder', 'notificationLog');
    const tenant = { viewer: { id: 1, role: 'TENANT' } };
    await expect(
      Promise.resolve().then(() =>
        resolve(Object.assign(new WorkOrder(), { id: 1 }), {}, tenant, info('WorkOrder', 'notificationLog')),
      ),
    ).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
  });
});
