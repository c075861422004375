import { randomUUID } from 'node:crypto';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { startAppProcess, type AppProcess } from './app-process';
import { dbId, gid, until } from './fixtures';
import { DEMO_PASSWORD, startTestApp, type TestApp } from './harness';
import { startSmtp, type TestSmtp } from './smtp';

/**
 * The api is killed with SIGKILL in the middle of a burst of 1,000 status changes and 200 submissions, then started
 * again on the same database and port. Nothing acknowledged may be lost, nothing may be done twice, queued jobs
 * still fire and a client that lost its socket ends up showing what the server has.
 */

const freePort = (): Promise<number> =>
  new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });

interface Gql<T> {
  data?: T;
  errors?: { message: string }[];
}

describe('crash safety: SIGKILL during a burst', () => {
  let t: TestApp;
  let smtp: TestSmtp;
  let api: AppProcess | undefined;
  let url = '';

  afterAll(async () => {
    await api?.stop();
    await t.stop();
    await smtp.stop();
  });

  const gql = async <T>(
    query: string,
    variables: Record<string, unknown>,
    token?: string,
  ): Promise<Gql<T>> => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(20_000),
    });
    return (await response.json()) as Gql<T>;
  };
  const login = async (email: string): Promise<string> => {
    const r = await gql<{ login: { token: string } }>(
      'mutation($i: LoginInput!) { login(input: $i) { token } }',
      { i: { email, password: DEMO_PASSWORD } },
    );
    if (!r.data?.login.token) throw new Error(`login ${email}: ${JSON.stringify(r)}`);
    return r.data.login.token;
  };
  const SUBMIT = `mutation($i: SubmitMaintenanceRequestInput!) { submitMaintenanceRequest(input: $i) {
    workOrder { id version } userErrors { message } } }`;

  it('loses no acknowledged write, does nothing twice, and still fires queued jobs', async () => {
    t = await startTestApp({ RUN_WORKERS: 'false' }); // the database; the api under test is a child process
    smtp = await startSmtp();
    // Jobs due within seconds: auto-close, the hour-before reminder, an SLA at-risk check (LOW: 1 h, at risk at 1 %).
    await t.sql(
      `insert into settings (key, value, updated_at) values ('sla', $1, now())
       on conflict (key) do update set value = excluded.value`,
      [
        JSON.stringify({
          atRiskPercent: 1,
          targets: { LOW: { respond: { amount: 1, unit: 'HOURS' }, resolve: { amount: 2, unit: 'HOURS' } } },
        }),
      ],
    );
    const port = await freePort();
    const env = {
      PORT: String(port),
      SMTP_URL: smtp.url,
      AUTO_CLOSE_AFTER_SECONDS: '20',
      NOTIFY_LEASE_SECONDS: '2',
      RATE_LIMIT_POINTS_PER_HOUR: '10000000',
    };
    api = await startAppProcess(t.databaseUrl, env);
    url = api.url;

    const manager = await login('manager@demo.test');
    const tenants = await Promise.all(
      Array.from({ length: 25 }, (_, i) => login(i === 0 ? 'tenant@demo.test' : `tenant${i + 1}@demo.test`)),
    );
    const { data: meta } = await gql<{ categories: { id: string; key: string }[] }>(
      '{ categories { id key } }',
      {},
      tenants[0],
    );
    const categoryId = meta?.categories.find((c) => c.key === 'GENERAL')?.id;
    const [tech] = await t.sql<{ id: number }>('select id from technicians order by id limit 1');
    const techId = gid('Technician', tech?.id);
    const newOrder = async (token: string, title: string, severity = 'LOW') => {
      const r = await gql<{ submitMaintenanceRequest: { workOrder: { id: string; version: number } } }>(
        SUBMIT,
        { i: { categoryId, severity, title, description: 'crash test', idempotencyKey: randomUUID() } },
        token,
      );
      const wo = r.data?.submitMaintenanceRequest.workOrder;
      if (!wo) throw new Error(JSON.stringify(r));
      return wo;
    };
    const act = async (mutation: string, input: Record<string, unknown>) => {
      const r = await gql<Record<string, { workOrder: { version: number } | null; userErrors: unknown[] }>>(
        `mutation($i: ${mutation[0]?.toUpperCase()}${mutation.slice(1)}Input!) { ${mutation}(input: $i) {
          workOrder { version } userErrors { message } } }`,
        { i: input },
        manager,
      );
      const version = r.data?.[mutation]?.workOrder?.version;
      if (version === undefined) throw new Error(`${mutation}: ${JSON.stringify(r)}`);
      return version;
    };

    // Pending work that must survive the crash.
    const slaOrder = await newOrder(tenants[1] as string, 'SLA clock');
    const closing = await newOrder(tenants[2] as string, 'Auto-close');
    let v = await act('assignWorkOrder', { workOrderId: closing.id, expectedVersion: 1, assigneeId: techId });
    await act('completeWorkOrder', { workOrderId: closing.id, expectedVersion: v, notes: 'Fixed' });
    const visit = await newOrder(tenants[3] as string, 'Reminder');
    v = await act('assignWorkOrder', { workOrderId: visit.id, expectedVersion: 1, assigneeId: techId });
    const startsAt = new Date(Date.now() + 3600_000 + 15_000);
    await act('scheduleWorkOrder', {
      workOrderId: visit.id,
      expectedVersion: v,
      window: {
        startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + 7200_000).toISOString(),
      },
      outsideAvailabilityReason: 'crash test',
    });

    // A client watching the board over WebSocket; it reconnects by itself and then refetches.
    let reconnects = 0;
    let eventsAfterRestart = 0;
    let restarted = false;
    const ws = createClient({
      url: `ws://127.0.0.1:${port}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${manager}` },
      retryAttempts: 100,
      retryWait: () => new Promise((r) => setTimeout(r, 300)),
      shouldRetry: () => true,
      on: { connected: () => (reconnects += 1) },
    });
    const stopWatching = ws.subscribe(
      { query: 'subscription { workOrderChanged { kind workOrder { id } } }' },
      {
        next: () => (eventsAfterRestart += restarted ? 1 : 0),
        error: () => undefined,
        complete: () => undefined,
      },
    );

    // The burst: 20 orders assigned/unassigned 50 times each (1,000 status changes), 200 submissions.
    const churn = await Promise.all(
      Array.from({ length: 20 }, (_, i) => newOrder(tenants[i % 25] as string, `Churn ${i}`)),
    );
    const submissions = Array.from({ length: 200 }, (_, i) => ({
      token: tenants[i % 25] as string,
      key: randomUUID(),
      title: `Burst ${i}`,
      acked: null as string | null,
    }));
    const ackedChanges = new Map<string, number>();
    let acked = 0;
    let killed = false;
    const kill = (async () => {
      await until('300 acknowledged writes', async () => acked >= 300, 60_000);
      killed = true;
      await api?.crash();
    })();
    const changer = async (order: { id: string }) => {
      let version = 1;
      for (let i = 0; i < 50 && !killed; i++) {
        try {
          version =
            i % 2 === 0
              ? await act('assignWorkOrder', {
                  workOrderId: order.id,
                  expectedVersion: version,
                  assigneeId: techId,
                })
              : await act('unassignWorkOrder', {
                  workOrderId: order.id,
                  expectedVersion: version,
                  reason: 'churn',
                });
          ackedChanges.set(order.id, (ackedChanges.get(order.id) ?? 0) + 1);
          acked += 1;
        } catch {
          return; // the api died under this request
        }
      }
    };
    const submitter = async (slice: typeof submissions) => {
      for (const s of slice) {
        if (killed) return;
        try {
          const r = await gql<{ submitMaintenanceRequest: { workOrder: { id: string } | null } }>(
            SUBMIT,
            {
              i: { categoryId, severity: 'LOW', title: s.title, description: 'burst', idempotencyKey: s.key },
            },
            s.token,
          );
          s.acked = r.data?.submitMaintenanceRequest.workOrder?.id ?? null;
          if (s.acked) acked += 1;
        } catch {
          return;
        }
      }
    };
    await Promise.all([
      ...churn.map(changer),
      ...[0, 1, 2, 3].map((k) => submitter(submissions.filter((_, i) => i % 4 === k))),
      kill,
    ]);
    expect(killed).toBe(true);
    const ackedSubmissions = submissions.filter((s) => s.acked !== null);
    expect(ackedSubmissions.length).toBeGreaterThan(0);
    expect(ackedSubmissions.length).toBeLessThan(200); // the crash really came mid-burst

    restarted = true;
    api = await startAppProcess(t.databaseUrl, env);
    url = api.url;

    // 1. Every acknowledged submission exists; every acknowledged status change happened.
    const ids = ackedSubmissions.map((s) => dbId(s.acked as string));
    const [found] = await t.sql<{ n: number }>(
      'select count(*)::int as n from work_orders where id = any($1)',
      [ids],
    );
    expect(found?.n).toBe(ackedSubmissions.length);
    for (const order of churn) {
      const id = dbId(order.id);
      const [row] = await t.sql<{ n: number }>(
        `select count(*)::int as n from work_order_events where work_order_id = $1 and kind in ('ASSIGNED', 'UNASSIGNED')`,
        [id],
      );
      expect(row?.n).toBeGreaterThanOrEqual(ackedChanges.get(order.id) ?? 0);
    }
    // 2. Retrying every submission with its key creates each request once, never twice.
    for (const s of submissions) {
      const r = await gql<{ submitMaintenanceRequest: { workOrder: { id: string } | null } }>(
        SUBMIT,
        { i: { categoryId, severity: 'LOW', title: s.title, description: 'burst', idempotencyKey: s.key } },
        s.token,
      );
      const id = r.data?.submitMaintenanceRequest.workOrder?.id;
      expect(id).toBeTruthy();
      if (s.acked) expect(id).toBe(s.acked);
    }
    const [burst] = await t.sql<{ n: number; keys: number }>(
      `select count(*)::int as n, count(distinct idempotency_key)::int as keys from work_orders where title like 'Burst %'`,
    );
    expect(burst).toEqual({ n: 200, keys: 200 });

    // 3. Every event produced its notifications, exactly once, on every channel.
    const diagnose = async () =>
      JSON.stringify(
        await t.sql(
          `select channel, status, attempts, count(*)::int as n, max(last_error) as error from notifications
            group by 1, 2, 3 order by 1, 2, 3`,
        ),
      );
    await until(
      'all notifications fanned out and sent',
      async () => {
        const [row] = await t.sql<{ unfanned: number; unsent: number }>(
          `select (select count(*)::int from work_order_events where notify_fanout_at is null) as unfanned,
                  (select count(*)::int from notifications where status <> 'SENT') as unsent`,
        );
        return row?.unfanned === 0 && row.unsent === 0;
      },
      180_000,
    ).catch(async (error: unknown) => {
      throw new Error(`${String(error)}: ${await diagnose()}`);
    });
    const [receipts] = await t.sql<{ created: number; receipts: number }>(
      `select (select count(*)::int from work_order_events where kind = 'CREATED' and at > now() - interval '1 hour') as created,
              (select count(*)::int from notifications where template = 'REQUEST_RECEIVED' and channel = 'IN_APP') as receipts`,
    );
    expect(receipts?.receipts).toBe(receipts?.created);
    const emails = await t.sql<{ id: number }>(`select id from notifications where channel = 'EMAIL'`);
    const delivered = smtp.delivered().map((m) => m.messageId);
    expect(delivered.sort()).toEqual(
      emails.map((e) => `<notification-${e.id}@fixline.notifications>`).sort(),
    );
    // a second transmission only ever for a mail that was in flight when the api died (claimed, not marked sent)
    const transmissions = smtp.accepted.map((m) => m.messageId);
    const retried = new Set(
      (
        await t.sql<{ id: number }>(`select id from notifications where channel = 'EMAIL' and attempts >= 2`)
      ).map((r) => `<notification-${r.id}@fixline.notifications>`),
    );
    expect(transmissions.filter((id, i) => transmissions.indexOf(id) !== i && !retried.has(id))).toEqual([]);

    // 4. Jobs queued before the crash still fire: SLA at risk, the hour-before reminder, auto-close.
    await until(
      'the queued jobs',
      async () => {
        const [row] = await t.sql<{ sla: number; reminder: number; closed: number }>(
          `select (select count(*)::int from work_order_events where work_order_id = $1 and kind = 'SLA_CHANGED') as sla,
                  (select count(*)::int from work_order_events where work_order_id = $2 and kind = 'REMINDER') as reminder,
                  (select count(*)::int from work_orders where id = $3 and status = 'CLOSED') as closed`,
          [dbId(slaOrder.id), dbId(visit.id), dbId(closing.id)],
        );
        return row?.sla && row.reminder === 1 && row.closed === 1;
      },
      60_000,
    );

    // 5. The board client reconnected to the new process and, refetching, sees what the server has.
    await until('the client to reconnect', async () => reconnects >= 2, 20_000);
    await act('assignWorkOrder', {
      workOrderId: slaOrder.id,
      expectedVersion: (
        await gql<{ workOrder: { version: number } }>(
          'query($id: ID) { workOrder(id: $id) { version } }',
          { id: slaOrder.id },
          manager,
        )
      ).data?.workOrder.version,
      assigneeId: techId,
    });
    await until('a live event after the restart', async () => eventsAfterRestart > 0, 10_000);
    const board = async () =>
      (
        await gql<{ workOrders: { totalCount: number; nodes: { id: string; version: number }[] } }>(
          '{ workOrders(first: 100, filter: { statuses: [NEW, ASSIGNED] }) { totalCount nodes { id version } } }',
          {},
          manager,
        )
      ).data?.workOrders;
    const refetched = await board();
    const [server] = await t.sql<{ n: number }>(
      `select count(*)::int as n from work_orders where status in ('NEW', 'ASSIGNED')`,
    );
    expect(refetched?.totalCount).toBe(server?.n);
    stopWatching();
    await ws.dispose();
  }, 420_000);
});
