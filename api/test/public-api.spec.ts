import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { verifySignature } from '../src/modules/webhook/webhook.signature';
import { demoIds, submit } from './fixtures';
import { startTestApp, type TestApp } from './harness';

const CREATE_KEY = `mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { secret apiKey { id prefix scopes } userErrors { code field } } }`;

describe('public API: keys, limits, webhooks', () => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await startTestApp({ RATE_LIMIT_POINTS_PER_HOUR: '400', WEBHOOK_RETRY_BASE_SECONDS: '1' });
    admin = await t.login('admin@demo.test');
  });
  afterAll(() => t.stop());

  const key = async (scopes: string[], name = `Integration ${scopes.join('+')}`) => {
    const r = await t.gql<{ createApiKey: { secret: string; apiKey: { id: string; prefix: string } } }>(
      CREATE_KEY,
      { i: { name, scopes } },
      admin,
    );
    return r.data?.createApiKey as { secret: string; apiKey: { id: string; prefix: string } };
  };

  it('creates a scoped key whose secret is shown once and stored hashed; revoking it locks it out', async () => {
    const created = await key(['READ_WORK_ORDERS']);
    expect(created.secret).toMatch(/^fxk_[0-9a-f]{8}_[A-Za-z0-9_-]{43}$/);
    expect(created.secret.startsWith(created.apiKey.prefix)).toBe(true);
    const [row] = await t.sql<{ secret_hash: string }>('select secret_hash from api_keys where prefix = $1', [
      created.apiKey.prefix,
    ]);
    expect(row?.secret_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(row?.secret_hash).not.toContain(created.secret.slice(-10));
    const list = await t.gql<{ apiKeys: { prefix: string; lastUsedAt: string | null }[] }>(
      '{ apiKeys { prefix lastUsedAt } }',
      {},
      admin,
    );
    expect(JSON.stringify(list.data)).not.toContain(created.secret);

    const page = await t.gql<{ workOrders: { totalCount: number } }>(
      '{ workOrders(first: 5) { totalCount } }',
      {},
      created.secret,
    );
    expect(page.data?.workOrders.totalCount).toBe(40);
    const used = await t.sql<{ last_used_at: Date | null }>(
      'select last_used_at from api_keys where prefix = $1',
      [created.apiKey.prefix],
    );
    expect(used[0]?.last_used_at).not.toBeNull();

    await t.gql(
      'mutation($i: RevokeApiKeyInput!) { revokeApiKey(input: $i) { userErrors { code } } }',
      { i: { apiKeyId: created.apiKey.id } },
      admin,
    );
    const after = await t.gql('{ workOrders(first: 5) { totalCount } }', {}, created.secret);
    expect(after.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const audit = await t.gql<{ auditLog: { action: string }[] }>(
      '{ auditLog(first: 5) { action } }',
      {},
      admin,
    );
    expect(audit.data?.auditLog.map((a) => a.action).slice(0, 2)).toEqual([
      'api_key.revoked',
      'api_key.created',
    ]);
  });

  it('holds keys to their scopes and to what keys may use at all', async () => {
    const reader = await key(['READ_WORK_ORDERS']);
    const page = await t.gql<{
      workOrders: { nodes: { id: string; version: number; access: { gateCode: string | null } }[] };
    }>(
      '{ workOrders(first: 1, filter: { statuses: [NEW] }) { nodes { id version access { gateCode } } } }',
      {},
      reader.secret,
    );
    const order = page.data?.workOrders.nodes[0];
    expect(order?.access.gateCode).toBeNull(); // codes are for people on the staff, not integrations
    const write = await t.gql(
      'mutation($i: CancelWorkOrderInput!) { cancelWorkOrder(input: $i) { userErrors { code } } }',
      { i: { workOrderId: order?.id, expectedVersion: order?.version, reason: 'x' } },
      reader.secret,
    );
    expect(write.errors?.[0]).toMatchObject({
      extensions: { code: 'FORBIDDEN' },
      message: expect.stringContaining('WRITE_WORK_ORDERS'),
    });
    for (const query of ['{ viewer { id } }', '{ apiKeys { id } }', '{ auditLog { id } }']) {
      const r = await t.gql(query, {}, reader.secret);
      expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const writer = await key(['READ_WORK_ORDERS', 'WRITE_WORK_ORDERS']);
    const cancelled = await t.gql<{
      cancelWorkOrder: { workOrder: { status: string }; userErrors: unknown[] };
    }>(
      'mutation($i: CancelWorkOrderInput!) { cancelWorkOrder(input: $i) { workOrder { status } userErrors { code } } }',
      { i: { workOrderId: order?.id, expectedVersion: order?.version, reason: 'Closed in our PMS' } },
      writer.secret,
    );
    expect(cancelled.data?.cancelWorkOrder).toEqual({ workOrder: { status: 'CANCELLED' }, userErrors: [] });
  });

  it('rejects deep queries, alias bombs and over-cost queries, naming the limit and the figure, while others are served', async () => {
    const manager = await t.login('manager@demo.test');
    let deep = 'id';
    for (let i = 0; i < 6; i += 1) deep = `property { units { ${deep} } }`;
    const tooDeep = await t.gql(`{ workOrders(first: 1) { nodes { unit { ${deep} } } } }`, {}, manager);
    expect(tooDeep.status).toBe(400);
    expect(tooDeep.errors?.[0]).toMatchObject({
      extensions: { code: 'LIMIT_EXCEEDED', limit: 'depth', max: 12 },
    });
    expect(tooDeep.errors?.[0]?.message).toMatch(/^Query depth \d+ exceeds the maximum of 12\.$/);

    const bomb = Array.from({ length: 40 }, (_, i) => `a${i}: viewer { id }`).join(' ');
    const aliases = await t.gql(`{ ${bomb} }`, {}, manager);
    expect(aliases.errors?.[0]).toMatchObject({
      extensions: { code: 'LIMIT_EXCEEDED', limit: 'aliases', figure: 40, max: 30 },
    });

    const fields =
      'id number title status priority createdAt updatedAt version description reportedSeverity triageReasons needsReview locationKind locationDetail permissionToEnter';
    const heavy = Array.from(
      { length: 10 },
      (_, i) => `p${i}: workOrders(first: 100) { nodes { ${fields} } edges { cursor node { ${fields} } } }`,
    ).join(' ');
    const costly = await t.gql(`{ ${heavy} }`, {}, manager);
    expect(costly.errors?.[0]).toMatchObject({
      extensions: { code: 'LIMIT_EXCEEDED', limit: 'cost', max: 25000 },
    });
    expect(costly.errors?.[0]?.message).toMatch(/^Query cost \d+ exceeds the maximum of 25000/);

    const fine = await t.gql<{ workOrders: { totalCount: number } }>(
      '{ workOrders(first: 10) { totalCount nodes { id } } }',
      {},
      manager,
    );
    expect(fine.data?.workOrders.totalCount).toBeGreaterThan(0);
    expect(Number(fine.headers.get('x-ratelimit-limit'))).toBe(400);
    expect(Number(fine.headers.get('x-ratelimit-remaining'))).toBeLessThan(400);
    expect(fine.headers.get('x-ratelimit-reset')).toMatch(/^\d+$/);
    const body = (
      fine as unknown as { extensions?: { cost?: { requestedQueryCost: number; points: number } } }
    ).extensions;
    // 1 (workOrders) + 10 × (totalCount, nodes, id)
    expect(body?.cost?.requestedQueryCost).toBe(31);
    expect(body?.cost?.points).toBe(1);
  });

  it('applies the same limits to subscriptions over WebSocket', async () => {
    const manager = await t.login('manager@demo.test');
    let deep = 'id';
    for (let i = 0; i < 6; i += 1) deep = `property { units { ${deep} } }`;
    const sub = await t.subscribe(
      `subscription { workOrderChanged { workOrder { unit { ${deep} } } } }`,
      {},
      manager,
    );
    expect(JSON.stringify(sub.errors)).toContain('exceeds the maximum of 12');
    await sub.close();
  });

  it('tells a client clearly when it runs out of its hourly budget, and keeps serving others', async () => {
    const tech = await t.login('tech@demo.test');
    const query = '{ workOrders(first: 100) { nodes { id number title status priority createdAt } } }'; // 701 nodes: 8 points
    let last: Awaited<ReturnType<typeof t.gql>> | undefined;
    for (let i = 0; i < 80; i += 1) {
      last = await t.gql(query, {}, tech);
      if (last.errors) break;
    }
    expect(last?.status).toBe(429);
    expect(last?.errors?.[0]).toMatchObject({
      extensions: { code: 'RATE_LIMITED', limit: 'pointsPerHour', max: 400 },
    });
    expect(last?.errors?.[0]?.message).toMatch(
      /^Rate limit exceeded: this operation costs 8 points and \d+ of 400 remain this hour; the budget resets at /,
    );
    expect(last?.headers.get('x-ratelimit-remaining')).toMatch(/^\d$/);
    const owner = await t.login('owner@demo.test');
    expect((await t.gql('{ workOrders(first: 5) { totalCount } }', {}, owner)).errors).toBeUndefined();
  });

  it('signs webhook deliveries and retries after a 500 until one succeeds', async () => {
    const received: { headers: IncomingMessage['headers']; body: string; answered: number }[] = [];
    let failuresLeft = 2;
    const receiver: Server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        const answer = failuresLeft > 0 ? 500 : 204;
        failuresLeft -= 1;
        received.push({ headers: req.headers, body, answered: answer });
        res.statusCode = answer;
        res.end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`;
      const created = await t.gql<{
        createWebhookEndpoint: { secret: string; endpoint: { id: string }; userErrors: unknown[] };
      }>(
        'mutation($i: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $i) { secret endpoint { id } userErrors { code } } }',
        { i: { url, eventKinds: ['CREATED'] } },
        admin,
      );
      const secret = created.data?.createWebhookEndpoint.secret as string;
      expect(secret).toMatch(/^whsec_/);
      const tenant = await t.login('tenant@demo.test');
      const ids = await demoIds(t, tenant);
      const order = await submit(t, tenant, {
        categoryId: ids.category('GENERAL'),
        severity: 'LOW',
        title: 'Hooked',
        description: 'x',
      });
      const deadline = Date.now() + 20000;
      while (received.filter((r) => r.answered === 204).length === 0 && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 100));
      expect(received.map((r) => r.answered)).toEqual([500, 500, 204]);
      const deliveryIds = new Set(received.map((r) => r.headers['fixline-delivery']));
      expect(deliveryIds.size).toBe(1);
      for (const r of received) {
        expect(verifySignature(secret, String(r.headers['fixline-signature']), r.body)).toBe(true);
        expect(verifySignature('whsec_wrong', String(r.headers['fixline-signature']), r.body)).toBe(false);
      }
      const payload = JSON.parse(received[0]?.body ?? '{}') as {
        type: string;
        data: { workOrder: { id: string; number: number } };
      };
      expect(payload.type).toBe('CREATED');
      expect(payload.data.workOrder).toMatchObject({
        id: order.workOrder?.id,
        number: order.workOrder?.number,
      });
      const log = await t.gql<{
        webhookEndpoints: { deliveries: { status: string; attempts: number; lastStatusCode: number }[] }[];
      }>('{ webhookEndpoints { deliveries { status attempts lastStatusCode } } }', {}, admin);
      expect(log.data?.webhookEndpoints[0]?.deliveries[0]).toEqual({
        status: 'SUCCEEDED',
        attempts: 3,
        lastStatusCode: 204,
      });
    } finally {
      receiver.close();
    }
  }, 30000);
});
