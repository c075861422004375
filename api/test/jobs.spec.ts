import { startTestApp, type TestApp } from './harness';

describe('jobs', () => {
  let t: TestApp;

  beforeAll(async () => {
    // a polling interval far longer than the test may take
    t = await startTestApp({ JOB_POLLING_SECONDS: '60' });
  });
  afterAll(() => t.stop());

  it("writes several planned jobs in one statement, inside the caller's transaction", async () => {
    const em = t.app.orm.em.fork();
    const planned = await Promise.all(
      [1, 2, 3].map((i) =>
        t.app.jobs.plan(
          'test.planned',
          { i },
          { startAfter: new Date(Date.now() + 3_600_000), singletonKey: `p:${i}` },
        ),
      ),
    );
    await em.transactional((tem) => t.app.jobs.runIn(tem, ...planned));
    const rows = await t.sql<{ i: number }>(
      `select (data->>'i')::int as i from pgboss.job where name = 'test.planned' order by 1`,
    );
    expect(rows.map((r) => r.i)).toEqual([1, 2, 3]);
  });

  it('drains a backlog batch after batch without waiting the polling interval between full batches', async () => {
    const em = t.app.orm.em.fork();
    await em.transactional(async (tem) => {
      for (let i = 0; i < 7; i += 1) await t.app.jobs.sendIn(tem, 'test.backlog', { i });
    });
    const done: number[] = [];
    await t.app.jobs.work<{ i: number }>(
      'test.backlog',
      (data) => {
        done.push(data.i);
        return Promise.resolve();
      },
      { batchSize: 2 },
    );
    // four batches (2, 2, 2, 1): one polling interval between each would take three minutes
    const deadline = Date.now() + 30_000;
    while (done.length < 7 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(done.sort()).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });
});
