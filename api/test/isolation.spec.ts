import { demoIds, gid, submit } from './fixtures';
import { allWorkOrderIds, startTestApp, type TestApp } from './harness';

/** Data-level authorization, from every side: lists, lookups, node/nodes, nested fields and subscriptions. */
describe('tenant isolation and data-level scoping', () => {
  let t: TestApp;
  let tenant: string;
  let tenant2: string;
  let mine: { id: string; number: number };
  let theirs: { id: string; number: number };

  beforeAll(async () => {
    t = await startTestApp();
    [tenant, tenant2] = await Promise.all([t.login('tenant@demo.test'), t.login('tenant2@demo.test')]);
    const ids = await demoIds(t, tenant);
    const ids2 = await demoIds(t, tenant2);
    const a = await submit(t, tenant, {
      categoryId: ids.category('PLUMBING'),
      severity: 'ROUTINE',
      title: 'Mine',
      description: 'Tenant one',
    });
    const b = await submit(t, tenant2, {
      categoryId: ids2.category('PLUMBING'),
      severity: 'ROUTINE',
      title: 'Theirs',
      description: 'Tenant two',
    });
    mine = a.workOrder as { id: string; number: number };
    theirs = b.workOrder as { id: string; number: number };
  });
  afterAll(() => t.stop());

  it('lists only the orders of units the tenant leases', async () => {
    const ids = await allWorkOrderIds(t, tenant);
    const expected = await t.sql<{ id: number }>(
      `select w.id from work_orders w join users u on u.id = w.requester_id where u.email = 'tenant@demo.test' or w.unit_id = (select unit_id from tenancies t join users u2 on u2.id = t.tenant_id where u2.email = 'tenant@demo.test')`,
    );
    expect(ids.length).toBe(expected.length);
    expect(ids).toContain(mine.id);
    expect(ids).not.toContain(theirs.id);
    const ids2 = await allWorkOrderIds(t, tenant2);
    expect(ids2).toContain(theirs.id);
    expect(ids2.some((id) => ids.includes(id))).toBe(false);
  });

  it('hides another tenant’s order from workOrder(id), workOrder(number), node and nodes', async () => {
    const r = await t.gql<{ a: unknown; b: unknown; c: unknown; d: unknown[] }>(
      'query($id: ID!, $n: Int) { a: workOrder(id: $id) { id } b: workOrder(number: $n) { id } c: node(id: $id) { id } d: nodes(ids: [$id]) { id } }',
      { id: theirs.id, n: theirs.number },
      tenant,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data).toEqual({ a: null, b: null, c: null, d: [null] });
    const own = await t.gql<{ a: { id: string } }>(
      'query($id: ID!) { a: workOrder(id: $id) { id } }',
      { id: mine.id },
      tenant,
    );
    expect(own.data?.a.id).toBe(mine.id);
  });

  it('hides the other tenant’s timeline events, unit and user through node', async () => {
    const [row] = await t.sql<{ event_id: number; unit_id: number; requester_id: number }>(
      `select e.id as event_id, w.unit_id, w.requester_id from work_orders w join work_order_events e on e.work_order_id = w.id where w.number = $1`,
      [theirs.number],
    );
    const r = await t.gql<{ nodes: unknown[] }>(
      'query($ids: [ID!]!) { nodes(ids: $ids) { id } }',
      {
        ids: [
          gid('WorkOrderEvent', row?.event_id),
          gid('Unit', row?.unit_id),
          gid('User', row?.requester_id),
        ],
      },
      tenant,
    );
    expect(r.data?.nodes).toEqual([null, null, null]);
  });

  it('shows a tenant only their own units under the property, and never gate or lockbox codes', async () => {
    const r = await t.gql<{
      viewer: {
        units: {
          label: string;
          lockboxCode: string | null;
          property: { gateCode: string | null; units: { label: string }[]; owner: unknown };
        }[];
      };
    }>(
      '{ viewer { units { label lockboxCode property { gateCode owner { name } units { label } } } } }',
      {},
      tenant,
    );
    expect(r.data?.viewer.units).toEqual([
      {
        label: '101',
        lockboxCode: null,
        property: { gateCode: null, owner: null, units: [{ label: '101' }] },
      },
    ]);
    const own = await t.gql<{
      workOrder: { access: { gateCode: string | null; lockboxCode: string | null } };
    }>('query($id: ID!) { workOrder(id: $id) { access { gateCode lockboxCode } } }', { id: mine.id }, tenant);
    expect(own.data?.workOrder.access).toEqual({ gateCode: null, lockboxCode: null });
    const properties = await t.gql<{ properties: { totalCount: number } }>(
      '{ properties { totalCount } }',
      {},
      tenant,
    );
    expect(properties.data?.properties.totalCount).toBe(1);
  });

  it('decrypts gate and lockbox codes for managers only; they are encrypted at rest', async () => {
    const manager = await t.login('manager@demo.test');
    const r = await t.gql<{ workOrder: { access: { gateCode: string; lockboxCode: string } } }>(
      'query($id: ID!) { workOrder(id: $id) { access { gateCode lockboxCode } } }',
      { id: mine.id },
      manager,
    );
    expect(r.data?.workOrder.access).toEqual({ gateCode: '4821#', lockboxCode: '1000' });
    const [row] = await t.sql<{ gate_code_sealed: string }>(
      `select gate_code_sealed from properties where name = 'Harbor View Apartments'`,
    );
    expect(row?.gate_code_sealed).toMatch(/^v1\./);
    expect(row?.gate_code_sealed).not.toContain('4821');
    for (const email of ['owner@demo.test', 'tech@demo.test', 'vendor@demo.test']) {
      const other = await t.login(email);
      const codes = await t.gql<{ properties: { nodes: { gateCode: string | null }[] } }>(
        '{ properties { nodes { gateCode } } }',
        {},
        other,
      );
      expect(codes.data?.properties.nodes.every((p) => p.gateCode === null)).toBe(true);
    }
  });

  it('scopes owners to their properties, and vendors and technicians to their jobs', async () => {
    const owner = await t.login('owner@demo.test');
    const owner2 = await t.login('owner2@demo.test');
    const vendor = await t.login('vendor@demo.test');
    const tech = await t.login('tech@demo.test');
    const count = async (sql: string) => (await t.sql(sql)).length;
    expect((await allWorkOrderIds(t, owner)).length).toBe(
      await count(
        `select w.id from work_orders w join properties p on p.id = w.property_id join owners o on o.id = p.owner_id join users u on u.id = o.user_id where u.email = 'owner@demo.test'`,
      ),
    );
    expect((await allWorkOrderIds(t, owner2)).length).toBe(
      await count(
        `select w.id from work_orders w join properties p on p.id = w.property_id join owners o on o.id = p.owner_id join users u on u.id = o.user_id where u.email = 'owner2@demo.test'`,
      ),
    );
    const vendorIds = await allWorkOrderIds(t, vendor);
    expect(vendorIds.length).toBe(
      await count(
        `select id from work_orders where assignee_vendor_id = (select vendor_id from users where email = 'vendor@demo.test')`,
      ),
    );
    expect(vendorIds.length).toBeGreaterThan(0);
    expect((await allWorkOrderIds(t, tech)).length).toBe(
      await count(`select id from work_orders where assignee_technician_id is not null`),
    );
    const ownerProps = await t.gql<{ properties: { nodes: { name: string }[] } }>(
      '{ properties { nodes { name } } }',
      {},
      owner2,
    );
    expect(ownerProps.data?.properties.nodes.map((p) => p.name)).toEqual(['Riverside Lofts']);
  });

  it('delivers workOrderChanged only to those who may see the order', async () => {
    const manager = await t.login('manager@demo.test');
    const owner2 = await t.login('owner2@demo.test');
    const query =
      'subscription($f: WorkOrderChangeFilter) { workOrderChanged(filter: $f) { kind workOrder { id title requester { email } } } }';
    const [subMine, subTheirs, subManager, subOwner2, subSnoop] = await Promise.all([
      t.subscribe<{ workOrderChanged: { kind: string; workOrder: { id: string } } }>(query, {}, tenant),
      t.subscribe<{ workOrderChanged: { kind: string; workOrder: { id: string } } }>(query, {}, tenant2),
      t.subscribe<{ workOrderChanged: { kind: string; workOrder: { id: string } } }>(query, {}, manager),
      t.subscribe<{ workOrderChanged: { kind: string; workOrder: { id: string } } }>(query, {}, owner2),
      // asking for another tenant's order by id changes nothing
      t.subscribe<{ workOrderChanged: { kind: string; workOrder: { id: string } } }>(
        query,
        { f: { workOrderId: mine.id } },
        tenant2,
      ),
    ]);
    const ids = await demoIds(t, tenant);
    const created = await submit(t, tenant, {
      categoryId: ids.category('HVAC'),
      severity: 'URGENT',
      title: 'Live one',
      description: 'No cooling',
    });
    const id = created.workOrder?.id;
    await expect(subMine.next((e) => e.workOrderChanged.workOrder.id === id)).resolves.toMatchObject({
      workOrderChanged: { kind: 'CREATED' },
    });
    await expect(subManager.next((e) => e.workOrderChanged.workOrder.id === id)).resolves.toBeDefined();
    // give the others the same chance, then check they got nothing
    const ids2 = await demoIds(t, tenant2);
    const marker = await submit(t, tenant2, {
      categoryId: ids2.category('HVAC'),
      severity: 'LOW',
      title: 'Marker',
      description: 'marker',
    });
    await subTheirs.next((e) => e.workOrderChanged.workOrder.id === marker.workOrder?.id);
    await subManager.next((e) => e.workOrderChanged.workOrder.id === marker.workOrder?.id);
    expect(subTheirs.events.map((e) => e.workOrderChanged.workOrder.id)).toEqual([marker.workOrder?.id]);
    expect(subSnoop.events).toEqual([]);
    expect(subOwner2.events).toEqual([]);
    expect(subMine.events.map((e) => e.workOrderChanged.workOrder.id)).toEqual([id]);
    for (const s of [subMine, subTheirs, subManager, subOwner2, subSnoop]) expect(s.errors).toEqual([]);
    await Promise.all([subMine, subTheirs, subManager, subOwner2, subSnoop].map((s) => s.close()));
  });

  it('refuses anonymous subscriptions', async () => {
    const sub = await t.subscribe('subscription { workOrderChanged { kind } }', {});
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(JSON.stringify(sub.errors)).toContain('UNAUTHENTICATED');
    await sub.close();
  });
});

describe('access codes for the assignee', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.stop());

  it('shows gate and lockbox codes to the assignee of an open job only', async () => {
    const tech = await t.login('tech@demo.test');
    const query = '{ workOrders(first: 100) { nodes { status access { gateCode lockboxCode } } } }';
    const r = await t.gql<{
      workOrders: {
        nodes: { status: string; access: { gateCode: string | null; lockboxCode: string | null } }[];
      };
    }>(query, {}, tech);
    const nodes = r.data?.workOrders.nodes ?? [];
    const open = nodes.filter((n) => n.status === 'ASSIGNED' || n.status === 'SCHEDULED');
    const closed = nodes.filter((n) => !(n.status === 'ASSIGNED' || n.status === 'SCHEDULED'));
    expect(open.length).toBeGreaterThan(0);
    expect(closed.length).toBeGreaterThan(0);
    expect(open.every((n) => n.access.gateCode !== null && n.access.lockboxCode !== null)).toBe(true);
    expect(closed.every((n) => n.access.gateCode === null && n.access.lockboxCode === null)).toBe(true);
  });
});
