import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { until } from '../fixtures';
import type { GqlResult, TestApp } from '../harness';
import { ARTIFACTS, signIn, startBrowserSession } from './browser';

/** A small hourly budget, so the key runs out in a few dozen requests (API.md convention 8). */
const BUDGET = 300;

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}

interface WorkOrderPage {
  workOrders: {
    totalCount: number;
    edges: { cursor: string; node: { id: string; number: number } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

interface Payload {
  id: string;
  type: string;
  data: { workOrder: { id: string; number: number; status: string } };
}

const PAGE = `query($after: String) { workOrders(first: 7, after: $after) {
  totalCount edges { cursor node { id number } } pageInfo { hasNextPage endCursor } } }`;

const header = (headers: IncomingHttpHeaders, name: string): string => {
  const value = headers[name];
  if (typeof value !== 'string') throw new Error(`no ${name} header: ${JSON.stringify(headers)}`);
  return value;
};

/**
 * Checks `Fixline-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>` the way an
 * integrator would (docs/API.md), without the api's own helper.
 */
const signatureValid = (secret: string, signature: string, body: string, timestamp: string): boolean => {
  const parts = new Map(signature.split(',').map((part) => part.split('=', 2) as [string, string]));
  const t = parts.get('t');
  const v1 = parts.get('v1');
  if (!t || !v1 || t !== timestamp || Math.abs(Date.now() / 1000 - Number(t)) > 300) return false;
  const expected = createHmac('sha256', secret).update(`${t}.${body}`).digest();
  const given = Buffer.from(v1, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
};

/**
 * PRODUCT.md journey 7: the admin creates an API key and a webhook endpoint in admin-web; the third party pages
 * through work orders with the key, gets a signed webhook when the manager assigns an order, sees it in the
 * delivery log, and is told clearly (code, limit, figures, reset) when it exceeds its hourly budget.
 */
describe('browser: journey 7 — a third party with an API key and a webhook', () => {
  let t: TestApp;
  let browser: Browser;
  let receiver: Server;
  const received: Received[] = [];

  beforeAll(async () => {
    ({ t, browser } = await startBrowserSession({ RATE_LIMIT_POINTS_PER_HOUR: String(BUDGET) }));
    receiver = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        received.push({ headers: req.headers, body });
        res.statusCode = 204;
        res.end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  }, 60_000);

  afterAll(async () => {
    await new Promise((resolve) => receiver?.close(resolve));
    await browser?.close();
    await t?.stop();
  });

  it('API key and webhook from admin-web; paging, a signed delivery, the rate limit', async () => {
    const hookUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/fixline/hooks`;
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-US' });
    const admin = await context.newPage();

    // 1. the admin creates a read-only key for the integration; its secret is shown once
    await signIn(admin, `${t.url}/admin/settings/api-keys`, 'admin@demo.test');
    await admin.getByTestId('create-api-key').click();
    await admin.getByTestId('api-key-name').fill('Acme PMS sync');
    expect(await admin.getByTestId('api-key-scope-READ_WORK_ORDERS').isChecked()).toBe(true);
    expect(await admin.getByTestId('api-key-scope-WRITE_WORK_ORDERS').isChecked()).toBe(false);
    await admin.getByTestId('dialog-submit').click();
    const apiKey = (await admin.getByTestId('api-key-secret').innerText()).trim();
    expect(apiKey).toMatch(/^fxk_[0-9a-f]{8}_[A-Za-z0-9_-]{43}$/);
    await admin.screenshot({ path: join(ARTIFACTS, 'journey7-api-key-created.png') });
    await admin.getByTestId('api-key-done').click();
    const keyRow = admin.locator('[data-testid="api-key-row"][data-status="active"]', {
      hasText: 'Acme PMS sync',
    });
    await keyRow.waitFor();
    expect(await keyRow.innerText()).toContain(apiKey.slice(0, 12)); // the prefix, never the secret
    expect(await admin.getByTestId('api-keys').innerText()).not.toContain(apiKey);
    await admin.screenshot({ path: join(ARTIFACTS, 'journey7-api-keys.png') });

    // 2. … and a webhook endpoint for ASSIGNED events, pointing at the integration's server (here, the test's)
    await admin.goto(`${t.url}/admin/settings/webhooks`);
    await admin.getByTestId('add-webhook').click();
    const dialog = admin.getByRole('dialog', { name: 'Add a webhook endpoint' });
    await admin.getByTestId('webhook-url').fill(hookUrl);
    await admin.getByTestId('webhook-description').fill('Acme PMS');
    await dialog.getByTestId('webhook-event-kinds').click();
    await admin.getByRole('option', { name: /^ASSIGNED ·/ }).click();
    await dialog.getByRole('heading', { name: 'Add a webhook endpoint' }).first().click(); // closes the list
    await admin.getByRole('option').first().waitFor({ state: 'hidden' });
    await dialog.getByTestId('dialog-submit').click();
    const hookSecret = (await admin.getByTestId('webhook-secret').innerText()).trim();
    expect(hookSecret).toMatch(/^whsec_/);
    await admin.screenshot({ path: join(ARTIFACTS, 'journey7-webhook-created.png') });
    await admin.getByTestId('webhook-done').click();
    const endpoint = admin.getByTestId('webhook-row').filter({ hasText: hookUrl });
    await endpoint.waitFor();
    expect(await endpoint.innerText()).toContain('ASSIGNED');
    await admin.screenshot({ path: join(ARTIFACTS, 'journey7-webhooks.png') });

    // 3. the third party pages through every work order with the key: pages don't overlap and reach the end
    const seen: string[] = [];
    const cursors = new Set<string>();
    let after: string | null = null;
    let pages = 0;
    let totalCount = -1;
    for (;;) {
      const page: GqlResult<WorkOrderPage> = await t.gql<WorkOrderPage>(PAGE, { after }, apiKey);
      expect(page.errors).toBeUndefined();
      const connection = page.data?.workOrders;
      if (!connection) throw new Error(JSON.stringify(page));
      expect(Number(page.headers.get('x-ratelimit-limit'))).toBe(BUDGET);
      pages += 1;
      totalCount = connection.totalCount;
      expect(connection.edges.length).toBeLessThanOrEqual(7);
      for (const edge of connection.edges) {
        seen.push(edge.node.id);
        cursors.add(edge.cursor);
      }
      if (!connection.pageInfo.hasNextPage) {
        expect(connection.edges.length).toBeGreaterThan(0);
        break;
      }
      expect(connection.edges).toHaveLength(7);
      after = connection.pageInfo.endCursor;
      expect(after).toBe(connection.edges.at(-1)?.cursor);
      if (pages > 20) throw new Error('paging never ended');
    }
    expect(totalCount).toBe(40); // the demo portfolio
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toHaveLength(totalCount);
    expect(cursors.size).toBe(totalCount);
    expect(pages).toBe(Math.ceil(totalCount / 7));

    // 4. the manager assigns a new order: the integration gets one signed ASSIGNED delivery for it
    const manager = await t.login('manager@demo.test');
    const fresh = await t.gql<{ workOrders: { nodes: { id: string; number: number; version: number }[] } }>(
      '{ workOrders(first: 1, filter: { statuses: [NEW] }) { nodes { id number version } } }',
      {},
      manager,
    );
    const order = fresh.data?.workOrders.nodes[0];
    if (!order) throw new Error(JSON.stringify(fresh));
    const vendors = await t.gql<{ vendors: { nodes: { id: string; name: string }[] } }>(
      '{ vendors(first: 50) { nodes { id name } } }',
      {},
      manager,
    );
    const abc = vendors.data?.vendors.nodes.find((v) => v.name === 'ABC Plumbing');
    const assigned = await t.gql<{ assignWorkOrder: { workOrder: { status: string } | null } }>(
      'mutation($i: AssignWorkOrderInput!) { assignWorkOrder(input: $i) { workOrder { status } userErrors { code message } } }',
      { i: { workOrderId: order.id, assigneeId: abc?.id, expectedVersion: order.version } },
      manager,
    );
    expect(assigned.data?.assignWorkOrder.workOrder?.status).toBe('ASSIGNED');

    const delivery = await until(
      'the ASSIGNED webhook',
      async () =>
        received.find((r) => (JSON.parse(r.body) as Payload).data.workOrder.id === order.id) ?? null,
      15_000,
    );
    const payload = JSON.parse(delivery.body) as Payload;
    expect(payload).toMatchObject({
      type: 'ASSIGNED',
      data: { workOrder: { id: order.id, number: order.number, status: 'ASSIGNED' } },
    });
    expect(header(delivery.headers, 'fixline-event')).toBe('ASSIGNED');
    expect(header(delivery.headers, 'content-type')).toContain('application/json');
    const deliveryId = header(delivery.headers, 'fixline-delivery');
    expect(payload.id).toBe(deliveryId);
    const signature = header(delivery.headers, 'fixline-signature');
    const timestamp = header(delivery.headers, 'fixline-timestamp');
    expect(signature).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
    expect(signatureValid(hookSecret, signature, delivery.body, timestamp)).toBe(true);
    // what a forger or a replay would fail on
    expect(signatureValid('whsec_not-the-secret', signature, delivery.body, timestamp)).toBe(false);
    expect(
      signatureValid(hookSecret, signature, delivery.body.replace('ASSIGNED', 'CANCELLED'), timestamp),
    ).toBe(false);
    // the endpoint asked for ASSIGNED only
    expect(received.map((r) => header(r.headers, 'fixline-event'))).toEqual(received.map(() => 'ASSIGNED'));

    // 5. the delivery log in admin-web shows it, delivered
    const adminToken = await t.login('admin@demo.test');
    await until('the delivery to be recorded as delivered', async () => {
      const log = await t.gql<{ webhookEndpoints: { url: string; deliveries: { status: string }[] }[] }>(
        '{ webhookEndpoints { url deliveries(first: 5) { status } } }',
        {},
        adminToken,
      );
      return log.data?.webhookEndpoints.find((e) => e.url === hookUrl)?.deliveries[0]?.status === 'SUCCEEDED';
    });
    await admin.getByRole('button', { name: 'Refresh' }).click();
    await endpoint.getByTestId('webhook-toggle-deliveries').filter({ hasText: 'Deliveries (1)' }).click();
    const row = endpoint.locator('[data-testid="delivery-row"][data-status="SUCCEEDED"]', {
      hasText: deliveryId,
    });
    await row.waitFor();
    const cells = await row.locator('td').allInnerTexts();
    expect(cells[0]).toContain('ASSIGNED');
    expect(cells[2]?.trim()).toBe('1'); // attempts
    expect(cells[3]).toContain('204');
    expect(await endpoint.getByTestId('delivery-row').count()).toBe(1);
    await admin.waitForTimeout(300); // the log's Collapse finishes opening, for the screenshot only
    await admin.screenshot({ path: join(ARTIFACTS, 'journey7-delivery-log.png') });

    // 6. the key exceeds its hourly budget: a 429 naming the limit, the figures and when it resets
    const heavy = '{ workOrders(first: 100) { nodes { id number title status priority createdAt } } }'; // 8 points
    let last: GqlResult<unknown> | undefined;
    // twice what the budget allows: a run that crosses the top of the hour starts a new budget on the way
    for (let i = 0; i < 2 * Math.ceil(BUDGET / 8) + 2; i += 1) {
      last = await t.gql(heavy, {}, apiKey);
      if (last.errors) break;
    }
    expect(last?.status).toBe(429);
    expect(last?.data ?? null).toBeNull();
    const error = last?.errors?.[0];
    expect(error?.extensions).toMatchObject({
      code: 'RATE_LIMITED',
      limit: 'pointsPerHour',
      max: BUDGET,
    });
    expect(error?.message).toMatch(
      new RegExp(
        `^Rate limit exceeded: this operation costs 8 points and \\d of ${BUDGET} remain this hour; the budget resets at \\d{4}-\\d\\d-\\d\\dT\\d\\d:00:00\\.000Z\\.$`,
      ),
    );
    const resetAt = Date.parse(String(error?.extensions?.resetAt));
    expect(resetAt).toBeGreaterThan(Date.now());
    expect(resetAt - Date.now()).toBeLessThanOrEqual(3_600_000);
    expect(Number(last?.headers.get('x-ratelimit-remaining'))).toBeLessThan(8);
    expect(Number(last?.headers.get('x-ratelimit-reset'))).toBe(resetAt / 1000);
    // the budget is the key's own: the admin's session is not affected
    expect((await t.gql('{ webhookEndpoints { id } }', {}, adminToken)).errors).toBeUndefined();
    await context.close();
  }, 60_000);
});
