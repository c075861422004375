import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildSchema,
  getNamedType,
  isInterfaceType,
  isLeafType,
  isNonNullType,
  isObjectType,
  isUnionType,
  type GraphQLNamedType,
  type GraphQLObjectType,
} from 'graphql';
import { ON_DEMAND_COLUMNS } from '../src/modules/work-order/work-order.service';
import { startTestApp, type TestApp } from './harness';

const schema = buildSchema(readFileSync(join(__dirname, '..', '..', 'schema.graphql'), 'utf8'));
const workOrderType = schema.getType('WorkOrder') as GraphQLObjectType;

/** Every field of `type` callable without arguments, `depth` levels deep (only leaves at the last level). */
const selectionOf = (type: GraphQLNamedType, depth: number): string => {
  if (isLeafType(type)) return '';
  if (isUnionType(type))
    return `{ __typename ${type
      .getTypes()
      .map((member) => `... on ${member.name} ${selectionOf(member, depth)}`)
      .join(' ')} }`;
  if (!isObjectType(type) && !isInterfaceType(type)) return '';
  const fields = Object.values(type.getFields())
    .filter((field) => field.args.every((arg) => !isNonNullType(arg.type) || arg.defaultValue !== undefined))
    .flatMap((field) => {
      const named = getNamedType(field.type);
      if (isLeafType(named)) return [field.name];
      return depth > 1 ? [`${field.name} ${selectionOf(named, depth - 1)}`] : [];
    });
  return `{ __typename ${fields.join(' ')} }`;
};

/** A value with the seconds that tick between two reads (an SLA clock's time left) taken out. */
const steady = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(steady);
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => key !== 'remainingSeconds')
        .map(([key, v]) => [key, steady(v)]),
    );
  return value;
};

type Node = Record<string, unknown> & { id: string };

describe('a list page reads only the columns its fields show', () => {
  let t: TestApp;
  let manager: string;
  beforeAll(async () => {
    t = await startTestApp();
    manager = await t.login('manager@demo.test');
  });
  afterAll(() => t.stop());

  const page = async (filter: Record<string, unknown>, selection: string): Promise<Node[]> => {
    const r = await t.gql<{ workOrders: { nodes: Node[] } }>(
      `query($f: WorkOrderFilter) { workOrders(filter: $f, first: 50) { nodes { id ${selection} } } }`,
      { f: filter },
      manager,
    );
    expect(r.errors).toBeUndefined();
    return r.data?.workOrders.nodes ?? [];
  };

  /** The same orders one by one (`workOrder(id:)` reads every column), 25 per request (the alias limit is 30). */
  const whole = async (ids: readonly string[], selection: string): Promise<Map<string, Node>> => {
    const read = new Map<string, Node>();
    for (let from = 0; from < ids.length; from += 25) {
      const chunk = ids.slice(from, from + 25);
      const r = await t.gql<Record<string, Node>>(
        `query { ${chunk.map((id, i) => `o${i}: workOrder(id: ${JSON.stringify(id)}) { id ${selection} }`).join(' ')} }`,
        {},
        manager,
      );
      expect(r.errors).toBeUndefined();
      for (const node of Object.values(r.data ?? {})) read.set(node.id, node);
    }
    return read;
  };

  it('answers every field of a page’s rows as it answers the same order read whole', async () => {
    // open orders, and closed ones (rated, costed, with completion notes)
    const filters = [{}, { statuses: ['CLOSED', 'COMPLETED', 'CANCELLED'] }];
    const compared: string[] = [];
    for (const field of Object.values(workOrderType.getFields())) {
      if (field.args.some((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined)) continue;
      const selection = `${field.name} ${selectionOf(getNamedType(field.type), 2)}`;
      for (const filter of filters) {
        const rows = await page(filter, selection);
        expect(rows.length).toBeGreaterThan(0);
        const read = await whole(
          rows.map((row) => row.id),
          selection,
        );
        for (const row of rows)
          expect([field.name, steady(row)]).toEqual([field.name, steady(read.get(row.id))]);
      }
      compared.push(field.name);
    }
    // every field listed as reading on-demand columns exists and was compared
    for (const field of Object.keys(ON_DEMAND_COLUMNS).filter((name) => name !== ''))
      expect(compared).toContain(field);
  }, 120_000);

  it('compares orders that have values in every on-demand column', async () => {
    const [covered] = await t.sql<Record<string, string>>(
      `select count(*) filter (where rating_score is not null) as rating,
              count(*) filter (where actual_cost_cents is not null) as cost,
              count(*) filter (where completion_notes is not null) as notes,
              count(*) filter (where assigned_at is not null) as assigned,
              count(*) filter (where access_snapshot <> '{}'::jsonb) as access,
              count(*) filter (where jsonb_array_length(triage_reasons) > 0) as reasons,
              count(*) filter (where permission_to_enter) as permission,
              count(*) as orders
         from work_orders`,
    );
    for (const [what, n] of Object.entries(covered ?? {})) expect([what, Number(n)]).not.toEqual([what, 0]);
    // the two pages above hold every order
    const open = await page({}, 'status');
    const closed = await page({ statuses: ['CLOSED', 'COMPLETED', 'CANCELLED'] }, 'status');
    expect(new Set([...open, ...closed].map((row) => row.id)).size).toBe(Number(covered?.orders));
  });
});
