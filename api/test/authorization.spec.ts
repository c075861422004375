import { MATRIX, PRINCIPALS, type Principal } from './authorization-matrix';
import { demoIds, submit } from './fixtures';
import { startTestApp, type TestApp } from './harness';

/** Every Query, Mutation and Subscription field × anonymous, each role and API-key scopes, against MATRIX. */
describe('authorization matrix', () => {
  let t: TestApp;
  const tokens = {} as Record<Principal, string | undefined>;
  let order: { id: string };

  beforeAll(async () => {
    t = await startTestApp();
    const people: [Principal, string][] = [
      ['TENANT', 'tenant@demo.test'],
      ['MANAGER', 'manager@demo.test'],
      ['TECHNICIAN', 'tech@demo.test'],
      ['VENDOR', 'vendor@demo.test'],
      ['OWNER', 'owner@demo.test'],
      ['ADMIN', 'admin@demo.test'],
    ];
    for (const [principal, email] of people) tokens[principal] = await t.login(email);
    const keys: [Principal, string[]][] = [
      ['KEY_READ', ['READ_WORK_ORDERS']],
      ['KEY_WRITE', ['READ_WORK_ORDERS', 'WRITE_WORK_ORDERS']],
      ['KEY_WEBHOOKS', ['MANAGE_WEBHOOKS']],
    ];
    for (const [principal, scopes] of keys) {
      const r = await t.gql<{ createApiKey: { secret: string } }>(
        'mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { secret } }',
        { i: { name: principal, scopes } },
        tokens.ADMIN,
      );
      tokens[principal] = r.data?.createApiKey.secret;
    }
    const ids = await demoIds(t, tokens.TENANT as string);
    const created = await submit(t, tokens.TENANT as string, {
      categoryId: ids.category('GENERAL'),
      severity: 'LOW',
      title: 'Matrix',
      description: 'x',
    });
    order = { id: created.workOrder?.id as string };
    await t.sql(
      `update work_orders set status = 'ASSIGNED', assignee_technician_id = (select t.id from technicians t join users u on u.id = t.user_id where u.email = 'tech@demo.test') where number = $1`,
      [created.workOrder?.number],
    );
  });
  afterAll(() => t.stop());

  it('has a row for every root field of the schema, and no row without a field', async () => {
    const r = await t.gql<{
      __schema: {
        queryType: { fields: { name: string }[] };
        mutationType: { fields: { name: string }[] };
        subscriptionType: { fields: { name: string }[] };
      };
    }>(
      '{ __schema { queryType { fields { name } } mutationType { fields { name } } subscriptionType { fields { name } } } }',
      {},
      tokens.MANAGER,
    );
    const schema = r.data?.__schema;
    const fields = [
      ...(schema?.queryType.fields ?? []).map((f) => `Query.${f.name}`),
      ...(schema?.mutationType.fields ?? []).map((f) => `Mutation.${f.name}`),
      ...(schema?.subscriptionType.fields ?? []).map((f) => `Subscription.${f.name}`),
    ].sort();
    expect(Object.keys(MATRIX).sort()).toEqual(fields);
  });

  const outcome = async (field: string, principal: Principal): Promise<'ALLOWED' | 'DENIED' | string> => {
    const row = MATRIX[field];
    if (row === undefined) throw new Error(field);
    const variables = row.variables?.(order) ?? {};
    const token = tokens[principal];
    if (field.startsWith('Subscription.')) {
      const sub = await t.subscribe(row.operation, variables, token);
      await new Promise((resolve) => setTimeout(resolve, 50));
      const codes = JSON.stringify(sub.errors);
      await sub.close();
      if (/UNAUTHENTICATED|FORBIDDEN/.test(codes)) return 'DENIED';
      return sub.errors.length === 0 ? 'ALLOWED' : `ERROR ${codes}`;
    }
    const r = await t.gql<Record<string, { userErrors?: { code: string; field: string[] | null }[] } | null>>(
      row.operation,
      variables,
      token,
    );
    const code = r.errors?.[0]?.extensions?.code;
    if (code === 'UNAUTHENTICATED' || code === 'FORBIDDEN') return 'DENIED';
    if (code !== undefined) return `ERROR ${code}: ${r.errors?.[0]?.message}`;
    const payload = Object.values(r.data ?? {})[0];
    const userError = payload?.userErrors?.[0];
    // the order exists but this caller cannot see it: a data-level denial
    if (userError?.code === 'NOT_FOUND' && userError.field?.join('.') === 'input.workOrderId')
      return 'DENIED';
    return 'ALLOWED';
  };

  for (const field of Object.keys(MATRIX)) {
    it(field, async () => {
      const row = MATRIX[field];
      const actual: string[] = [];
      for (const principal of PRINCIPALS) actual.push(`${principal}: ${await outcome(field, principal)}`);
      expect(actual).toEqual(
        PRINCIPALS.map((p) => `${p}: ${row?.allowed.includes(p) ? 'ALLOWED' : 'DENIED'}`),
      );
    });
  }
});
