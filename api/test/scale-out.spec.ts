import { createConnection } from 'node:net';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { startApp, type App } from '../src/main';
import { TEST_SECRET_KEY } from './constants';
import { demoIds, gid, submit } from './fixtures';
import { startTestApp, type TestApp } from './harness';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

const redisReachable = (): Promise<boolean> =>
  new Promise((resolve) => {
    const url = new URL(REDIS_URL);
    const socket = createConnection({ host: url.hostname, port: Number(url.port || 6379) });
    socket.setTimeout(500);
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => (socket.destroy(), resolve(false)));
  });

describe('operations: metrics', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.stop());

  it('serves Prometheus metrics: request latency, sockets, subscriptions, job queues', async () => {
    await t.gql('{ viewer { id } }');
    const sub = await t.subscribe(
      'subscription { workOrderChanged { kind } }',
      {},
      await t.login('manager@demo.test'),
    );
    const text = await (await fetch(`${t.url}/metrics`)).text();
    expect(text).toMatch(
      /fixline_http_request_duration_seconds_count\{method="POST",route="\/graphql",status="200"\} \d+/,
    );
    expect(text).toMatch(/fixline_websocket_connections [1-9]/);
    expect(text).toMatch(/fixline_graphql_subscriptions [1-9]/);
    expect(text).toMatch(/fixline_job_queue_depth\{queue="work-order.auto-close"\} \d+/);
    await sub.close();
  });
});

/** Runs where Redis is reachable (CI and the development machines have one; REDIS_URL points elsewhere). */
describe('scale-out: two api instances on one database and Redis', () => {
  let available = false;
  let t: TestApp;
  let second: App;
  beforeAll(async () => {
    available = await redisReachable();
    if (!available) {
      process.stdout.write(`scale-out test: no Redis at ${REDIS_URL}; set REDIS_URL to run it\n`);
      return;
    }
    t = await startTestApp({ REDIS_URL, AUTO_CLOSE_AFTER_SECONDS: '2' });
    second = await startApp({
      env: {
        ...process.env,
        NODE_ENV: 'test',
        DATABASE_URL: t.databaseUrl,
        PORT: '0',
        HOST: '127.0.0.1',
        FIXLINE_SECRET_KEY: TEST_SECRET_KEY,
        LOG_LEVEL: 'silent',
        JOB_POLLING_SECONDS: '1',
        REDIS_URL,
        AUTO_CLOSE_AFTER_SECONDS: '2',
      },
    });
  });
  afterAll(async () => {
    await second?.stop();
    await t?.stop();
  });

  it('delivers an event committed on one instance to a subscriber on the other, and runs a job once', async () => {
    if (!available) return;
    const manager = await t.login('manager@demo.test');
    const tenant = await t.login('tenant@demo.test');
    const received: string[] = [];
    const client = createClient({
      url: `${second.url.replace('http', 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${manager}` },
      retryAttempts: 0,
    });
    const started = second.http.subscriptionsStarted();
    client.subscribe<{ workOrderChanged: { kind: string; workOrder: { title: string } } }>(
      { query: 'subscription { workOrderChanged { kind workOrder { title } } }' },
      {
        next: (v) =>
          received.push(`${v.data?.workOrderChanged.kind}:${v.data?.workOrderChanged.workOrder.title}`),
        error: () => undefined,
        complete: () => undefined,
      },
    );
    while (second.http.subscriptionsStarted() === started) await new Promise((r) => setTimeout(r, 20));
    await new Promise((r) => setTimeout(r, 300)); // the Redis subscription settles
    const ids = await demoIds(t, tenant);
    const created = await submit(t, tenant, {
      categoryId: ids.category('GENERAL'),
      severity: 'LOW',
      title: 'Across instances',
      description: 'x',
    });
    const deadline = Date.now() + 5000;
    while (!received.includes('CREATED:Across instances') && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 50));
    expect(received).toContain('CREATED:Across instances');
    await client.dispose();

    // both instances work the same queue: the auto-close job runs once
    const [tech] = await t.sql<{ id: number }>('select id from technicians limit 1');
    await t.gql(
      'mutation($i: AssignWorkOrderInput!) { assignWorkOrder(input: $i) { userErrors { code } } }',
      {
        i: {
          workOrderId: created.workOrder?.id,
          expectedVersion: 1,
          assigneeId: gid('Technician', tech?.id),
        },
      },
      manager,
    );
    await t.gql(
      'mutation($i: CompleteWorkOrderInput!) { completeWorkOrder(input: $i) { userErrors { code } } }',
      { i: { workOrderId: created.workOrder?.id, expectedVersion: 2, notes: 'done' } },
      manager,
    );
    const closed = async () =>
      t.sql<{ kind: string }>(
        `select e.kind from work_order_events e join work_orders w on w.id = e.work_order_id where w.number = $1 and e.kind = 'CLOSED'`,
        [created.workOrder?.number],
      );
    const until = Date.now() + 15000;
    while ((await closed()).length === 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 200));
    await new Promise((r) => setTimeout(r, 2500)); // give a duplicate every chance to appear
    expect(await closed()).toHaveLength(1);
  }, 40000);
});
