import { connect, type Socket } from 'node:net';
import { FOREGROUND_RULES } from '../src/platform/jobs/foreground';
import { demoIds, submit, until } from './fixtures';
import { startTestApp, type TestApp } from './harness';

/** A request that stays in flight: its headers are sent, its body never comes (until the socket is closed). */
const holdRequest = (url: string): Promise<Socket> =>
  new Promise((resolve, reject) => {
    const { hostname, port } = new URL(url);
    const socket = connect(Number(port), hostname, () => {
      socket.write(
        `POST /graphql HTTP/1.1\r\nHost: ${hostname}\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"query":`,
      );
      resolve(socket);
    });
    socket.on('error', reject);
  });

describe('background work gives way to requests', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.stop());

  it('defers the outbox while the instance is busy, still fans out in small steps, and drains after', async () => {
    const foreground = t.app.jobs.foreground;
    if (foreground === undefined) throw new Error('the api runs no foreground gate');
    const tenant = await t.login('tenant@demo.test');
    const ids = await demoIds(t, tenant);
    const held = await Promise.all(Array.from({ length: FOREGROUND_RULES.busyAt }, () => holdRequest(t.url)));
    try {
      await until('the held requests to be in flight', async () => foreground.busy);
      const deferredBefore = foreground.deferred;
      const created = await submit(t, tenant, {
        categoryId: ids.category('GENERAL'),
        severity: 'ROUTINE',
        title: 'Busy',
        description: 'Door hinge loose',
      });
      // the order is accepted at once; its notifications come from a deferred step, while still busy
      const notified = await until('the new order’s notifications', async () => {
        const [row] = await t.sql<{ n: string }>(
          `select count(*) as n from notifications n join work_orders w on w.id = n.work_order_id where w.number = $1`,
          [created.workOrder?.number],
        );
        return Number(row?.n) > 0 ? Number(row?.n) : null;
      });
      expect(notified).toBeGreaterThan(0);
      expect(foreground.busy).toBe(true);
      expect(foreground.deferred).toBeGreaterThan(deferredBefore);
    } finally {
      for (const socket of held) socket.destroy();
    }
    await until('the held requests to end', async () => foreground.requestsInFlight === 0);
    // nothing left behind once the instance is idle
    await until('an empty outbox', async () => {
      const [row] = await t.sql<{ n: string }>(
        `select count(*) as n from work_order_events where notify_fanout_at is null or webhook_fanout_at is null`,
      );
      return Number(row?.n) === 0;
    });
  }, 40_000);
});
