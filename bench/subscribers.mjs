// Subscribers benchmark: write → subscriber latency with 100, 1,000 and 5,000 board subscribers.
// The api runs in a child process; the subscribers (manager logins — one token, shared — each with the admin
// board's BoardWorkOrderChanged subscription, no filter, as the board without a property filter) run in two other
// child processes. The write is the manager's triageWorkOrder on a request the benchmark submits first (as
// tenant@demo.test); latency = receipt at the subscriber − the moment the mutation was sent.
// Run: node bench/subscribers.mjs   (BENCH_SUBSCRIBERS=100,1000 to choose the levels)
import {
  MANAGER_EMAIL,
  QUICK,
  TENANT_EMAILS,
  appendResult,
  fmt,
  globalId,
  gql,
  log,
  login,
  nowMs,
  pass,
  percentile,
  pool,
  sleep,
  table,
  writeProfile,
} from './lib/common.mjs';
import { startApi } from './lib/api-process.mjs';
import { startNoiseMonitor } from './lib/noise.mjs';
import {
  closeSubscribers,
  collectEvent,
  expectEvent,
  openSubscribers,
  startFleets,
  waitForSubscriptions,
} from './lib/fleet.mjs';
import { SUBMIT_REQUEST } from './lib/documents.mjs';
import { deleteSubmitted, short } from './lib/sql.mjs';

const LEVELS = (process.env.BENCH_SUBSCRIBERS ?? '100,1000,5000').split(',').map(Number);
// 20 writes at every level: the deliveries of one write are correlated (one slow write is the whole tail), so with
// 6 writes the 5,000-subscriber p99 was in effect the slowest write's, and varied 134–261 ms run to run
const WRITES = { 100: QUICK ? 5 : 20, 1000: QUICK ? 3 : 20, 5000: QUICK ? 2 : 20 };
const TARGETS = { 1000: 100, 5000: 250 };
const TIMEOUT_MS = 120_000;

const TRIAGE = `mutation Triage($input: TriageWorkOrderInput!) {
  triageWorkOrder(input: $input) { workOrder { id version priority } userErrors { code message } }
}`;

const submitTarget = async (url) => {
  const token = await login(url, TENANT_EMAILS[0]);
  const { body } = await gql(
    url,
    SUBMIT_REQUEST,
    {
      input: {
        categoryId: globalId('Category', 7),
        severity: 'ROUTINE',
        title: 'Benchmark: hallway light flickers',
        description:
          'Created by bench/subscribers.mjs; the manager changes its priority to measure live updates.',
        locationDetail: 'Hallway',
        idempotencyKey: `bench-subscribers-${Date.now()}`,
      },
    },
    token,
  );
  const wo = body.data.submitMaintenanceRequest.workOrder;
  if (!wo) throw new Error(`submit failed: ${JSON.stringify(body.data.submitMaintenanceRequest.userErrors)}`);
  return wo.id;
};

const main = async () => {
  const noise = startNoiseMonitor();
  log('subscribers: starting the api and two subscriber fleets …');
  const [api, fleets] = await Promise.all([startApi(), startFleets(2)]);
  const results = [];
  const profiles = [];
  try {
    const token = await login(api.url, MANAGER_EMAIL);
    const workOrderId = await submitTarget(api.url);
    let priority = 'ROUTINE';
    const write = async () => {
      priority = priority === 'ROUTINE' ? 'URGENT' : 'ROUTINE';
      const started = nowMs();
      const { body } = await gql(
        api.url,
        TRIAGE,
        { input: { workOrderId, priority, reason: 'Benchmark: priority change' } },
        token,
      );
      if (body.data.triageWorkOrder.userErrors.length > 0) {
        throw new Error(JSON.stringify(body.data.triageWorkOrder.userErrors));
      }
      return { started, writeMs: nowMs() - started };
    };

    for (const level of LEVELS) {
      const openedAt = Date.now();
      const { opened, failed } = await openSubscribers(fleets, api.url, token, level);
      await waitForSubscriptions(api, level);
      log(
        `  ${level} subscribers: ${opened} opened, ${failed} failed, in ${((Date.now() - openedAt) / 1000).toFixed(1)} s`,
      );
      await sleep(1000);
      // warm-up event (not counted)
      await expectEvent(fleets, 'warm', workOrderId);
      await write();
      await collectEvent(fleets, level, TIMEOUT_MS);

      const latencies = [];
      const perWrite = [];
      const writes = WRITES[level] ?? 5;
      let delivered = 0;
      let statements = null;
      for (let k = 0; k < writes; k++) {
        await expectEvent(fleets, `w${k}`, workOrderId);
        if (k === 0) await api.ask('trace-start');
        const { started, writeMs } = await write();
        const times = await collectEvent(fleets, level, TIMEOUT_MS);
        if (k === 0) statements = await api.ask('trace-stop');
        const lat = times.map((t) => t - started);
        latencies.push(...lat);
        delivered += times.length;
        perWrite.push({ writeMs, last: Math.max(...lat), received: times.length });
        await sleep(200);
      }
      const expected = level * writes;
      const row = {
        level,
        writes,
        p50: percentile(latencies, 50),
        p99: percentile(latencies, 99),
        max: Math.max(...latencies),
        delivered: (100 * delivered) / expected,
        writeMs: percentile(
          perWrite.map((w) => w.writeMs),
          50,
        ),
        lastMs: percentile(
          perWrite.map((w) => w.last),
          50,
        ),
        statementsPerEvent: statements.length,
      };
      results.push(row);
      const kinds = new Map();
      for (const s of statements) {
        const key = short(s.sql.replace(/\d+/g, 'N'), 120);
        kinds.set(key, (kinds.get(key) ?? 0) + 1);
      }
      profiles.push(
        `## ${level} subscribers: statements for one event (${statements.length} in all, ${fmt(statements.length / level, 1)} per subscriber)\n\n` +
          table(
            ['count', 'statement'],
            [...kinds.entries()].sort((a, b) => b[1] - a[1]).map(([k, n]) => [n, k.replaceAll('|', '\\|')]),
          ),
      );
      log(
        `  ${level}: p50 ${fmt(row.p50)} ms, p99 ${fmt(row.p99)} ms, max ${fmt(row.max)} ms, delivered ${fmt(row.delivered, 2)} %, ` +
          `${statements.length} SQL statements per event`,
      );
      await closeSubscribers(fleets);
      for (let i = 0; i < 100 && (await api.ask('stats')).subscriptions > 0; i++) await sleep(100);
    }
  } finally {
    await Promise.all([api.stop(), ...fleets.map((f) => f.stop())]);
    const db = pool(1);
    await deleteSubmitted(db, 'bench-subscribers-%').catch((error) =>
      log(`clean-up failed: ${error.message}`),
    );
    await db.end();
  }
  const profile = writeProfile(
    'subscribers-profile.md',
    `# Subscribers profile (${new Date().toISOString()})\n\n${profiles.join('\n\n')}\n`,
  );
  const body = table(
    [
      'subscribers',
      'writes',
      'p50',
      'p99',
      'max',
      'delivered',
      'last subscriber (median per write)',
      'mutation time',
      'SQL per event',
      'target',
      'result',
    ],
    results.map((r) => {
      const target = TARGETS[r.level];
      return [
        fmt(r.level, 0),
        r.writes,
        `${fmt(r.p50)} ms`,
        `${fmt(r.p99)} ms`,
        `${fmt(r.max)} ms`,
        `${fmt(r.delivered, 2)} %`,
        `${fmt(r.lastMs)} ms`,
        `${fmt(r.writeMs)} ms`,
        fmt(r.statementsPerEvent, 0),
        target ? `p99 ≤ ${target} ms, 100 % delivered` : '100 % delivered',
        pass((target === undefined || r.p99 <= target) && r.delivered >= 100),
      ];
    }),
  );
  log(`\n${body}\n`);
  await appendResult(
    'subscribers',
    body,
    [
      'Write: triageWorkOrder (manager, HTTP) on one request; latency from sending the mutation to receipt at each subscriber ' +
        '(clocks of the same machine). Subscribers: admin board subscription, no filter, one manager token, 2 client processes; ' +
        `the api in its own process. Timeout per write ${TIMEOUT_MS / 1000} s.`,
      `Statements per event and their kinds: ${profile}.`,
    ],
    noise.stop(),
  );
};

await main();
