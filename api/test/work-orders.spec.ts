import { demoIds, submit } from './fixtures';
import { allWorkOrderIds, startTestApp, type TestApp } from './harness';

interface Node {
  title: string;
  id: string;
  number: number;
  status: string;
  priority: string;
  property: { id: string; name: string };
  category: { id: string; key: string };
  assignee: { __typename: string; id: string } | null;
}
interface Page {
  workOrders: {
    totalCount: number;
    totalCountExact: boolean;
    nodes: Node[];
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
  };
}

const LIST = `query($filter: WorkOrderFilter, $first: Int, $after: String, $orderBy: WorkOrderOrder) {
  workOrders(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {
    totalCount
    totalCountExact
    nodes { id number title status priority property { id name } category { id key }
      assignee { __typename ... on Vendor { id } ... on Technician { id } } }
    pageInfo { hasNextPage hasPreviousPage endCursor }
  }
}`;

describe('work orders: filters, pagination, lookups', () => {
  let t: TestApp;
  let manager: string;
  let all: Node[];

  beforeAll(async () => {
    t = await startTestApp();
    manager = await t.login('manager@demo.test');
    const r = await t.gql<Page>(LIST, { first: 100 }, manager);
    all = r.data?.workOrders.nodes ?? [];
  });
  afterAll(() => t.stop());

  const list = async (variables: Record<string, unknown>) => {
    const r = await t.gql<Page>(LIST, variables, manager);
    if (!r.data) throw new Error(JSON.stringify(r.errors));
    return r.data.workOrders;
  };

  it('shows a manager all 40 demo orders in every status, newest first', async () => {
    expect(all).toHaveLength(40);
    expect(new Set(all.map((n) => n.status))).toEqual(
      new Set(['NEW', 'ASSIGNED', 'SCHEDULED', 'COMPLETED', 'CLOSED', 'CANCELLED']),
    );
    const numbers = all.map((n) => n.number);
    expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
  });

  it.each([
    ['status', (n: Node) => n.status === 'NEW', () => ({ statuses: ['NEW'] })],
    [
      'several statuses',
      (n: Node) => ['ASSIGNED', 'SCHEDULED'].includes(n.status),
      () => ({ statuses: ['ASSIGNED', 'SCHEDULED'] }),
    ],
    ['priority', (n: Node) => n.priority === 'EMERGENCY', () => ({ priorities: ['EMERGENCY'] })],
  ])('filters by %s', async (_name, predicate, filter) => {
    const page = await list({ first: 100, filter: filter() });
    const expected = all.filter(predicate).map((n) => n.id);
    expect(expected.length).toBeGreaterThan(0);
    expect(page.nodes.map((n) => n.id)).toEqual(expected);
    expect(page.totalCount).toBe(expected.length);
  });

  it('filters by property, category and assignee', async () => {
    const property = all[0]?.property.id as string;
    const byProperty = await list({ first: 100, filter: { propertyIds: [property] } });
    expect(byProperty.nodes.map((n) => n.id)).toEqual(
      all.filter((n) => n.property.id === property).map((n) => n.id),
    );

    const category = all.find((n) => n.category.key === 'PLUMBING')?.category.id as string;
    const byCategory = await list({ first: 100, filter: { categoryIds: [category] } });
    expect(byCategory.nodes.length).toBeGreaterThan(0);
    expect(byCategory.nodes.every((n) => n.category.key === 'PLUMBING')).toBe(true);

    const assignee = all.find((n) => n.assignee?.__typename === 'Technician')?.assignee?.id as string;
    const byAssignee = await list({ first: 100, filter: { assigneeIds: [assignee] } });
    expect(byAssignee.nodes.map((n) => n.id)).toEqual(
      all.filter((n) => n.assignee?.id === assignee).map((n) => n.id),
    );
    expect(byAssignee.totalCount).toBe(byAssignee.nodes.length);
    // a vendor and a technician at once: each job counted once (the total sums the two assignee indexes)
    const vendor = all.find((n) => n.assignee?.__typename === 'Vendor')?.assignee?.id as string;
    const both = await list({ first: 100, filter: { assigneeIds: [vendor, assignee] } });
    const bothExpected = all.filter((n) => n.assignee?.id === vendor || n.assignee?.id === assignee);
    expect(new Set(bothExpected.map((n) => n.assignee?.__typename)).size).toBe(2);
    expect(both.nodes.map((n) => n.id)).toEqual(bothExpected.map((n) => n.id));
    expect(both.totalCount).toBe(bothExpected.length);
    // a small page, and a page past the end (counted apart): the same total
    const small = await list({ first: 1, filter: { assigneeIds: [vendor, assignee] } });
    expect(small.totalCount).toBe(bothExpected.length);
    const none = await list({ first: 10, filter: { assigneeIds: [vendor], statuses: ['NEW'] } });
    expect(none.nodes).toEqual([]);
    expect(none.totalCount).toBe(0);

    const combined = await list({ first: 100, filter: { propertyIds: [property], statuses: ['CLOSED'] } });
    expect(combined.nodes.every((n) => n.property.id === property && n.status === 'CLOSED')).toBe(true);
  });

  it('searches text with PostgreSQL full-text search (stemmed) and by tracking number', async () => {
    const tenant = await t.login('tenant@demo.test');
    const ids = await demoIds(t, tenant);
    await submit(t, tenant, {
      categoryId: ids.category('APPLIANCES'),
      severity: 'LOW',
      title: 'Microwave turntable wobbles',
      description: 'The glass plate is wobbling.',
    });
    const found = await list({ first: 10, filter: { text: 'wobble' } });
    expect(found.nodes).toHaveLength(1);
    const byNumber = await list({ first: 10, filter: { text: `#${all[3]?.number}` } });
    expect(byNumber.nodes.map((n) => n.id)).toEqual([all[3]?.id]);
    const none = await list({ first: 10, filter: { text: 'zeppelin' } });
    expect(none).toMatchObject({ totalCount: 0, totalCountExact: true, nodes: [] });
  });

  it('counts a text search up to 1,000 matches and says when there were more; other filters exactly', async () => {
    const copy = async (n: number, status: string) =>
      t.sql(
        `insert into work_orders (number, property_id, unit_id, location_kind, requester_id, category_id,
           reported_severity, priority, triage_reasons, status, title, description, access_snapshot, availability_windows,
           created_at)
         select nextval('work_order_number_seq'), property_id, unit_id, location_kind, requester_id, category_id,
           reported_severity, priority, triage_reasons, $2, 'Zanzibar faucet drips ' || g, description, access_snapshot,
           availability_windows, now() - g * interval '1 minute'
           from work_orders w, generate_series(1, $1::int) g where w.id = (select min(id) from work_orders)`,
        [n, status],
      );
    try {
      await copy(1000, 'CLOSED');
      const exactly = await list({ first: 5, filter: { text: 'zanzibar' } });
      expect(exactly).toMatchObject({ totalCount: 1000, totalCountExact: true });
      await copy(1, 'NEW');
      const more = await list({ first: 5, filter: { text: 'zanzibar' } });
      expect(more).toMatchObject({ totalCount: 1000, totalCountExact: false });
      // the page itself is the newest matches, as always
      expect(more.nodes.map((n) => n.title)).toEqual(
        [1, 1, 2, 3, 4].map((g) => `Zanzibar faucet drips ${g}`),
      );
      expect(more.nodes.map((n) => n.status)).toEqual(['NEW', 'CLOSED', 'CLOSED', 'CLOSED', 'CLOSED']);
      // past the last page (counted apart) the same answer
      // a board column with the search (the open orders' own index): exact; and past its last page (counted apart)
      const column = await list({ first: 5, filter: { text: 'zanzibar', statuses: ['NEW'] } });
      expect(column).toMatchObject({ totalCount: 1, totalCountExact: true });
      const filter = { text: 'zanzibar', statuses: ['NEW'] };
      const past = await list({ first: 5, filter, after: column.pageInfo.endCursor });
      expect(past).toMatchObject({ nodes: [], totalCount: 1, totalCountExact: true });

      const closed = await list({ first: 5, filter: { statuses: ['CLOSED'] } });
      expect(closed.totalCountExact).toBe(true);
      expect(closed.totalCount).toBeGreaterThan(1000);
    } finally {
      await t.sql(`delete from work_orders where title like 'Zanzibar faucet drips %'`);
    }
  });

  it('pages with keyset cursors: every order once, in order, across pages', async () => {
    all = (await list({ first: 100 })).nodes;
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const page = await list({ first: 7, after });
      pages += 1;
      expect(page.totalCount).toBe(all.length);
      expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
      seen.push(...page.nodes.map((n) => n.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(pages).toBe(Math.ceil(all.length / 7));
    expect(seen).toEqual(all.map((n) => n.id));
  });

  it('pages in ascending number order too', async () => {
    all = (await list({ first: 100 })).nodes;
    const first = await list({ first: 15, orderBy: { field: 'NUMBER', direction: 'ASC' } });
    const second = await list({
      first: 50,
      after: first.pageInfo.endCursor,
      orderBy: { field: 'NUMBER', direction: 'ASC' },
    });
    const numbers = [...first.nodes, ...second.nodes].map((n) => n.number);
    expect(numbers).toEqual(all.map((n) => n.number).sort((a, b) => a - b));
  });

  it('refuses more than 100 per page, naming the limit and the figure', async () => {
    const r = await t.gql(LIST, { first: 101 }, manager);
    expect(r.errors?.[0]?.extensions?.code).toBe('LIMIT_EXCEEDED');
    expect(r.errors?.[0]?.message).toBe('"first" must be between 1 and 100; 101 was requested.');
    expect((await t.gql(LIST, { first: 0 }, manager)).errors?.[0]?.extensions?.code).toBe('LIMIT_EXCEEDED');
  });

  it('refuses a cursor it did not make', async () => {
    const r = await t.gql(LIST, { first: 5, after: 'bm9wZQ' }, manager);
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('finds one order by id, by tracking number, and through node/nodes', async () => {
    const target = all[5] as Node;
    const byId = await t.gql<{ workOrder: { number: number } }>(
      'query($id: ID) { workOrder(id: $id) { number } }',
      { id: target.id },
      manager,
    );
    expect(byId.data?.workOrder.number).toBe(target.number);
    const byNumber = await t.gql<{ workOrder: { id: string } }>(
      'query($n: Int) { workOrder(number: $n) { id } }',
      { n: target.number },
      manager,
    );
    expect(byNumber.data?.workOrder.id).toBe(target.id);
    const node = await t.gql<{ node: { __typename: string; number: number } }>(
      'query($id: ID!) { node(id: $id) { __typename ... on WorkOrder { number } } }',
      { id: target.id },
      manager,
    );
    expect(node.data?.node).toEqual({ __typename: 'WorkOrder', number: target.number });
    const nodes = await t.gql<{ nodes: ({ id: string } | null)[] }>(
      'query($ids: [ID!]!) { nodes(ids: $ids) { id } }',
      { ids: [all[1]?.id, 'garbage', all[2]?.property.id] },
      manager,
    );
    expect(nodes.data?.nodes).toEqual([{ id: all[1]?.id }, null, { id: all[2]?.property.id }]);
    const missing = await t.gql('query { workOrder(number: 999999) { id } }', {}, manager);
    expect(missing.data).toEqual({ workOrder: null });
  });

  it('answers a board page (unit, property, requester, assignee, category, SLA, unread, repeats) in 3 SQL statements, whatever its size', async () => {
    const board = `query($first: Int) { workOrders(first: $first, orderBy: { field: CREATED_AT, direction: DESC }) {
      totalCount nodes { id number title priority status version createdAt unreadMessageCount availableActions
      unit { id label } property { id name timezone } requester { id name } category { id name }
      assignee { ... on Vendor { id name } ... on Technician { id name } } repeatCount repeatOf { id }
      sla { state response { dueAt state } resolution { dueAt state } } } } }`;
    const count = async (first: number): Promise<number> => {
      const r = await t.gql<Page>(board, { first }, manager);
      expect(r.errors).toBeUndefined();
      return Number(r.headers.get('x-sql-statements'));
    };
    const ten = await count(10);
    const hundred = await count(100);
    expect(ten).toBe(hundred);
    // viewer; the page with its relations, unread and repeat counts, SLA events and settings, and total; repeatOf
    expect(hundred).toBe(3);
    expect(await allWorkOrderIds(t, manager)).toHaveLength(all.length);
  });

  it('reads a page’s SLA clocks and repeat counts in its own statement, equal to what each order gives alone', async () => {
    interface Card {
      id: string;
      repeatCount: number;
      repeatOf: { id: string }[];
      sla: unknown;
    }
    const fields = `id repeatCount repeatOf { id }
      sla { state response { dueAt metAt state } resolution { dueAt metAt state } }`;
    const tenant = await t.login('tenant@demo.test');
    const ids = await demoIds(t, tenant);
    // two more of the same unit and category: the last two are repeats of what came before
    for (const title of ['Dishwasher leaks again', 'Dishwasher still leaks']) {
      await submit(t, tenant, {
        categoryId: ids.category('APPLIANCES'),
        severity: 'LOW',
        title,
        description: 'Water under the door.',
      });
    }
    for (const viewer of [manager, tenant]) {
      const page = await t.gql<{ workOrders: { nodes: Card[] } }>(
        `query { workOrders(first: 100) { nodes { ${fields} } } }`,
        {},
        viewer,
      );
      const cards = page.data?.workOrders.nodes ?? [];
      expect(cards.length).toBeGreaterThan(2);
      // each order alone (node → the field resolvers' own loaders)
      const alone = await t.gql<{ nodes: Card[] }>(
        `query($ids: [ID!]!) { nodes(ids: $ids) { ... on WorkOrder { ${fields} } } }`,
        { ids: cards.map((c) => c.id) },
        viewer,
      );
      expect(cards).toEqual(alone.data?.nodes);
      for (const card of cards) expect(card.repeatCount).toBe(card.repeatOf.length);
      expect(cards.filter((c) => c.repeatCount > 0).length).toBeGreaterThanOrEqual(2);
    }
  });
});

describe('triage override', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.stop());

  const TRIAGE = `mutation($input: TriageWorkOrderInput!) { triageWorkOrder(input: $input) {
    workOrder { priority version needsReview category { key } timeline { kind summary actor { email } } }
    userErrors { field code message } } }`;

  it('lets a manager set priority and category with a reason, recorded on the timeline; a stale version is a CONFLICT', async () => {
    const tenant = await t.login('tenant@demo.test');
    const ids = await demoIds(t, tenant);
    const created = await submit(t, tenant, {
      categoryId: ids.category('GENERAL'),
      severity: 'LOW',
      title: 'Odd noise',
      description: 'Clicking noise in the wall',
    });
    const manager = await t.login('manager@demo.test');
    const input = {
      workOrderId: created.workOrder?.id,
      expectedVersion: created.workOrder?.version,
      priority: 'URGENT',
      categoryId: ids.category('ELECTRICAL'),
      reason: 'Sounds like arcing in the wiring',
    };
    const r = await t.gql<{
      triageWorkOrder: {
        workOrder: {
          priority: string;
          version: number;
          category: { key: string };
          timeline: { kind: string; summary: string; actor: { email: string } }[];
        };
        userErrors: unknown[];
      };
    }>(TRIAGE, { input }, manager);
    expect(r.data?.triageWorkOrder.userErrors).toEqual([]);
    const order = r.data?.triageWorkOrder.workOrder;
    expect(order).toMatchObject({ priority: 'URGENT', version: 2, category: { key: 'ELECTRICAL' } });
    expect(order?.timeline.at(-1)).toMatchObject({ kind: 'TRIAGED', actor: { email: 'manager@demo.test' } });
    expect(order?.timeline.at(-1)?.summary).toContain('Sounds like arcing');

    const stale = await t.gql<{
      triageWorkOrder: { workOrder: null; userErrors: { code: string; field: string[] }[] };
    }>(TRIAGE, { input: { ...input, priority: 'LOW' } }, manager);
    expect(stale.data?.triageWorkOrder.workOrder).toBeNull();
    expect(stale.data?.triageWorkOrder.userErrors[0]).toMatchObject({
      code: 'CONFLICT',
      field: ['input', 'expectedVersion'],
    });
    const [row] = await t.sql<{ priority: string; version: number }>(
      'select priority, version from work_orders where number = $1',
      [created.workOrder?.number],
    );
    expect(row).toEqual({ priority: 'URGENT', version: 2 });

    const asTenant = await t.gql(TRIAGE, { input: { ...input, expectedVersion: 2 } }, tenant);
    expect(asTenant.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('lets exactly one of two managers win a race on the same version', async () => {
    const tenant = await t.login('tenant2@demo.test');
    const ids = await demoIds(t, tenant);
    const created = await submit(t, tenant, {
      categoryId: ids.category('GENERAL'),
      severity: 'LOW',
      title: 'Race',
      description: 'Race',
    });
    const [m1, m2] = await Promise.all([t.login('manager@demo.test'), t.login('admin@demo.test')]);
    const input = (priority: string) => ({
      workOrderId: created.workOrder?.id,
      expectedVersion: 1,
      priority,
      reason: 'race test',
    });
    const results = await Promise.all([
      t.gql<{ triageWorkOrder: { userErrors: { code: string }[] } }>(TRIAGE, { input: input('URGENT') }, m1),
      t.gql<{ triageWorkOrder: { userErrors: { code: string }[] } }>(
        TRIAGE,
        { input: input('EMERGENCY') },
        m2,
      ),
    ]);
    const codes = results.map((r) => r.data?.triageWorkOrder.userErrors[0]?.code ?? 'OK').sort();
    expect(codes).toEqual(['CONFLICT', 'OK']);
    const events = await t.sql(
      `select e.id from work_order_events e join work_orders w on w.id = e.work_order_id where w.number = $1 and e.kind = 'TRIAGED'`,
      [created.workOrder?.number],
    );
    expect(events).toHaveLength(1);
  });
});
