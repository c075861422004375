import { demoIds, submit } from './fixtures';
import { startTestApp, type TestApp } from './harness';

/**
 * `work_order_counts` (a trigger keeps it in the writing transaction) answers the total of status, priority and
 * property filters: it must equal counting the orders themselves, also after concurrent writes, and an owner's
 * total must stay within their properties.
 */
const TOTAL = `query($filter: WorkOrderFilter) { workOrders(filter: $filter, first: 1) { totalCount } }`;
const ASSIGN = `mutation($i: AssignWorkOrderInput!) { assignWorkOrder(input: $i) { workOrder { version } userErrors { code } } }`;
const UNASSIGN = `mutation($i: UnassignWorkOrderInput!) { unassignWorkOrder(input: $i) { workOrder { version } userErrors { code } } }`;
const TRIAGE = `mutation($i: TriageWorkOrderInput!) { triageWorkOrder(input: $i) { workOrder { version } userErrors { code } } }`;

const gid = (type: string, id: number | string | undefined): string =>
  Buffer.from(`${type}:${String(id)}`).toString('base64url');

describe('kept work-order counts', () => {
  let t: TestApp;
  let manager: string;

  beforeAll(async () => {
    t = await startTestApp();
    manager = await t.login('manager@demo.test');
  });
  afterAll(() => t.stop());

  /** Keys whose kept count differs from the orders' own count (none when exact). */
  const drift = () =>
    t.sql<{ status: string; property_id: number; priority: string; kept: string; real: string }>(
      `select coalesce(k.status, r.status) as status, coalesce(k.property_id, r.property_id) as property_id,
              coalesce(k.priority, r.priority) as priority, coalesce(k.n, 0)::text as kept, coalesce(r.n, 0)::text as real
         from (select status, property_id, priority, sum(n) as n from work_order_counts group by 1, 2, 3) k
         full join (select status, property_id, priority, count(*) as n from work_orders group by 1, 2, 3) r
           on r.status = k.status and r.property_id = k.property_id and r.priority = k.priority
        where coalesce(k.n, 0) <> coalesce(r.n, 0)`,
    );

  const total = async (filter: Record<string, unknown>, token = manager): Promise<number> => {
    const r = await t.gql<{ workOrders: { totalCount: number } }>(TOTAL, { filter }, token);
    if (!r.data) throw new Error(JSON.stringify(r.errors));
    return r.data.workOrders.totalCount;
  };

  const counted = async (where: string, params: unknown[] = []): Promise<number> => {
    const [row] = await t.sql<{ n: number }>(
      `select count(*)::int as n from work_orders w where ${where}`,
      params,
    );
    return row?.n ?? -1;
  };

  it('starts equal to the demo data and answers status, priority and property filters exactly', async () => {
    expect(await drift()).toEqual([]);
    const [property] = await t.sql<{ id: number }>('select id from properties order by id limit 1');
    const cases: [Record<string, unknown>, string, unknown[]][] = [
      [{ statuses: ['NEW'] }, `w.status = 'NEW'`, []],
      [{ statuses: ['CLOSED', 'CANCELLED'] }, `w.status in ('CLOSED', 'CANCELLED')`, []],
      [{ priorities: ['EMERGENCY', 'URGENT'] }, `w.priority in ('EMERGENCY', 'URGENT')`, []],
      [{ propertyIds: [gid('Property', property?.id)] }, 'w.property_id = $1', [property?.id]],
      [
        { statuses: ['NEW', 'ASSIGNED'], propertyIds: [gid('Property', property?.id)] },
        `w.status in ('NEW', 'ASSIGNED') and w.property_id = $1`,
        [property?.id],
      ],
      [{}, 'true', []],
    ];
    for (const [filter, where, params] of cases) {
      const expected = await counted(where, params);
      expect({ filter, total: await total(filter) }).toEqual({ filter, total: expected });
    }
  });

  it('stays exact through concurrent submissions, assignments and triage, and deletes', async () => {
    const tenants = await Promise.all(
      ['tenant@demo.test', 'tenant2@demo.test', 'tenant3@demo.test', 'tenant4@demo.test'].map((e) =>
        t.login(e),
      ),
    );
    const ids = await demoIds(t, tenants[0] ?? '');
    const created = await Promise.all(
      Array.from({ length: 24 }, (_, i) =>
        submit(t, tenants[i % tenants.length] ?? '', {
          categoryId: ids.category('GENERAL'),
          severity: i % 3 === 0 ? 'URGENT' : 'LOW',
          title: `Counted ${i}`,
          description: 'A loose cabinet hinge',
        }),
      ),
    );
    const orders = created.map((c) => c.workOrder).filter((w) => w !== null && w !== undefined);
    expect({ orders: orders.length, errors: created.flatMap((c) => c.userErrors ?? []) }).toEqual({
      orders: 24,
      errors: [],
    });
    const [tech] = await t.sql<{ id: number }>('select id from technicians order by id limit 1');
    // at once: the even orders assigned while the odd ones are raised to EMERGENCY; then every other assignment undone
    type Changed = Record<string, { workOrder: { version: number } | null } | undefined>;
    const first = await Promise.all(
      orders.map((o, i) =>
        i % 2 === 0
          ? t.gql<Changed>(
              ASSIGN,
              {
                i: { workOrderId: o.id, expectedVersion: o.version, assigneeId: gid('Technician', tech?.id) },
              },
              manager,
            )
          : t.gql<Changed>(
              TRIAGE,
              {
                i: { workOrderId: o.id, expectedVersion: o.version, priority: 'EMERGENCY', reason: 'Worse' },
              },
              manager,
            ),
      ),
    );
    const second = await Promise.all(
      orders
        .map((o, i) => ({ o, version: first[i]?.data?.assignWorkOrder?.workOrder?.version, i }))
        .filter(({ i }) => i % 4 === 0)
        .map(({ o, version }) =>
          t.gql<Changed>(
            UNASSIGN,
            { i: { workOrderId: o.id, expectedVersion: version, reason: 'Wrong trade' } },
            manager,
          ),
        ),
    );
    expect(JSON.stringify([...first, ...second])).not.toContain('"code"');
    expect(await counted(`w.title like 'Counted %' and w.status = 'ASSIGNED'`)).toBe(6);
    expect(await counted(`w.title like 'Counted %' and w.priority = 'EMERGENCY'`)).toBe(12);
    expect(await drift()).toEqual([]);
    expect(await total({ statuses: ['ASSIGNED'] })).toBe(await counted(`w.status = 'ASSIGNED'`));
    expect(await total({ priorities: ['EMERGENCY'] })).toBe(await counted(`w.priority = 'EMERGENCY'`));

    await t.sql(
      `delete from work_order_events where work_order_id in (select id from work_orders where title = 'Counted 0')`,
    );
    await t.sql(`delete from work_orders where title = 'Counted 0'`);
    expect(await drift()).toEqual([]);
  });

  it('gives an owner the totals of their own properties only', async () => {
    const owner = await t.login('owner@demo.test');
    const [row] = await t.sql<{ n: number }>(
      `select count(*)::int as n from work_orders w join properties p on p.id = w.property_id
         join owners o on o.id = p.owner_id join users u on u.id = o.user_id
        where u.email = 'owner@demo.test' and w.status in ('NEW', 'CLOSED')`,
    );
    const all = await counted(`w.status in ('NEW', 'CLOSED')`);
    expect(row?.n).toBeGreaterThan(0);
    expect(row?.n).toBeLessThan(all);
    expect(await total({ statuses: ['NEW', 'CLOSED'] }, owner)).toBe(row?.n);
  });
});
