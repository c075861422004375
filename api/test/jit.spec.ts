import { Kind, parse, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { jitCanRun } from '../src/platform/graphql/jit';
import { createSchema } from '../src/schema';
import { demoIds, submit } from './fixtures';
import { startTestApp, type TestApp } from './harness';

const operationOf = (document: DocumentNode): OperationDefinitionNode => {
  const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  if (operation?.kind !== Kind.OPERATION_DEFINITION) throw new Error('no operation');
  return operation;
};

/** A board page with every kind of field a card has: relations, a union, SLA clocks, counts, lists. */
const BOARD = `query Board($filter: WorkOrderFilter!, $first: Int!) {
  workOrders(filter: $filter, first: $first, orderBy: { field: CREATED_AT, direction: DESC }) {
    totalCount totalCountExact pageInfo { hasNextPage endCursor }
    nodes { id number title status priority version needsReview availableActions unreadMessageCount repeatCount
      createdAt locationKind availability { startsAt endsAt } appointment { startsAt endsAt }
      unit { id label } property { id name timezone } requester { id name } category { id name }
      assignee { __typename ... on Vendor { id name } ... on Technician { id name } }
      costApproval { state estimate { amountCents currency } }
      sla { state paused response { dueAt metAt state } resolution { dueAt metAt state } } }
  }
}`;

const compiledCount = async (t: TestApp): Promise<number> => {
  const text = await (await fetch(`${t.url}/metrics`)).text();
  return Number(/fixline_graphql_executions_total\{mode="compiled"\} (\d+)/.exec(text)?.[1] ?? 0);
};

describe('graphql-jit: compiled queries and mutations', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await createSchema();
  });

  it('compiles operations whose variables need no default values, and leaves the others on graphql-js', () => {
    expect(jitCanRun(schema, operationOf(parse(BOARD)))).toBe(true);
    // SubmitMaintenanceRequestInput.locationKind defaults to UNIT: graphql-jit 0.8 would refuse it when omitted
    const submitRequest = parse(`mutation($input: SubmitMaintenanceRequestInput!) {
      submitMaintenanceRequest(input: $input) { workOrder { id } } }`);
    expect(jitCanRun(schema, operationOf(submitRequest))).toBe(false);
    // a variable's own default value
    const defaulted = parse('query($first: Int = 10) { workOrders(first: $first) { totalCount } }');
    expect(jitCanRun(schema, operationOf(defaulted))).toBe(false);
    // a defaulted field one input type down (MoneyInput.currency)
    const nested = parse(`mutation($input: SubmitCostEstimateInput!) {
      submitCostEstimate(input: $input) { workOrder { id } } }`);
    expect(jitCanRun(schema, operationOf(nested))).toBe(false);
  });

  describe('against the api', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp({ RUN_WORKERS: 'false' });
    });
    afterAll(() => t?.stop());

    it('answers a repeated board page compiled, exactly as graphql-js answered it the first time', async () => {
      const tenant = await t.login('tenant@demo.test');
      const ids = await demoIds(t, tenant);
      // a repeat (same unit and category) and an omitted defaulted input field, submitted twice
      for (const title of ['Fridge is warm', 'Fridge is still warm']) {
        await submit(t, tenant, {
          categoryId: ids.category('APPLIANCES'),
          severity: 'LOW',
          title,
          description: '…',
        });
      }
      const strip = (v: unknown): string =>
        JSON.stringify(v).replace(/"remainingSeconds":-?\d+/g, '"remainingSeconds":0');
      const variables = { filter: { statuses: ['NEW', 'ASSIGNED', 'SCHEDULED', 'COMPLETED'] }, first: 100 };
      const viewers = { manager: await t.login('manager@demo.test'), tenant };
      for (const [name, viewer] of Object.entries(viewers)) {
        // a text of its own runs once, on graphql-js; the shared one runs compiled from its second execution on
        const before = await compiledCount(t);
        const interpreted = await t.gql(`${BOARD}\n# ${name}`, variables, viewer);
        expect(await compiledCount(t)).toBe(before);
        await t.gql(BOARD, variables, viewer);
        const compiled = await t.gql(BOARD, variables, viewer);
        expect(await compiledCount(t)).toBeGreaterThan(before);
        expect(interpreted.errors).toBeUndefined();
        expect(strip(compiled.data)).toBe(strip(interpreted.data));
        // the union (Assignee) resolved compiled too: the manager's page has assigned orders
        if (name === 'manager') expect(JSON.stringify(compiled.data)).toContain('"__typename":"Vendor"');
      }
    });

    it('reports errors compiled as graphql-js does: path, code and a null in place of the failed field', async () => {
      const manager = await t.login('manager@demo.test');
      const query = 'query($id: ID!) { workOrder(id: $id) { id title } }';
      const answers = [];
      for (let i = 0; i < 2; i++) answers.push(await t.gql(query, { id: 'not-a-global-id' }, manager));
      expect(answers[1]?.data).toEqual({ workOrder: null });
      expect(answers[1]?.data).toEqual(answers[0]?.data);
      const refused = 'query { auditLog(first: 5) { id } }';
      const tenant = await t.login('tenant@demo.test');
      const runs = [];
      for (let i = 0; i < 2; i++) runs.push(await t.gql(refused, {}, tenant));
      expect(runs[0]?.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(runs[1]?.errors).toEqual(runs[0]?.errors);
      expect(runs[1]?.data).toEqual(runs[0]?.data);
    });

    it('refuses a variable it cannot coerce as graphql-js does, also once the document is compiled', async () => {
      const manager = await t.login('manager@demo.test');
      const post = async (first: unknown): Promise<{ status: number; body: Record<string, unknown> }> => {
        const response = await fetch(`${t.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${manager}` },
          body: JSON.stringify({
            query: 'query($first: Int!) { workOrders(first: $first) { totalCount } }',
            variables: { first },
          }),
        });
        const body = (await response.json()) as Record<string, unknown>;
        // the hourly budget left differs from one request to the next
        delete body.extensions;
        return { status: response.status, body };
      };
      const interpreted = await post('ten');
      expect(interpreted.status).toBe(400);
      expect(interpreted.body).toMatchObject({ errors: [{ extensions: { code: 'BAD_USER_INPUT' } }] });
      expect(interpreted.body).not.toHaveProperty('data');
      // the second execution compiles the document
      const before = await compiledCount(t);
      expect((await post(5)).status).toBe(200);
      expect(await compiledCount(t)).toBeGreaterThan(before);
      // graphql-jit words a bad variable its own way and without its location: graphql-js answers it instead
      expect(await post('ten')).toEqual(interpreted);
    });
  });
});
