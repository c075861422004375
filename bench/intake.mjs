// Intake benchmark: submitMaintenanceRequest per second (the tenant app's mutation) with its CREATED event (the outbox
// row) and its SLA job, by the 25 demo tenants (round robin, one login each), every request with a unique
// idempotency key, 10 concurrent connections, autocannon. Two api runs: as `npm start` runs it (the outbox consumers,
// notifications and webhooks, in the same process: their backlog is drained before the load and the time it takes
// them to catch up after it is reported), then one web-only instance (RUN_WORKERS=false: consumers elsewhere).
// Baseline in the same run, with no api process left: the raw-SQL server inserting the same rows (work order, event,
// pg-boss job) in one transaction per request. The rows all runs create are counted, then deleted again (with their
// notifications), the report rollups refreshed and the tables vacuumed, so the data set stays as generated.
// Run: node bench/intake.mjs
import {
  QUICK,
  TENANT_EMAILS,
  appendResult,
  fmt,
  globalId,
  gql,
  log,
  login,
  pass,
  pool,
  table,
} from './lib/common.mjs';
import { startApi } from './lib/api-process.mjs';
import { startNoiseMonitor } from './lib/noise.mjs';
import { SUBMIT_REQUEST } from './lib/documents.mjs';
import { cannon, startRawServer } from './lib/load.mjs';
import { deleteSubmitted, drainOutbox, outboxBacklog, restoreDataSet } from './lib/sql.mjs';
import { PROBLEMS } from './lib/problems.mjs';

const DURATION = QUICK ? 5 : 15;
const CONNECTIONS = 10;
const TARGET = 300;
const CATEGORY_IDS = new Map([
  ['PLUMBING', 1],
  ['ELECTRICAL', 2],
  ['HVAC', 3],
  ['APPLIANCES', 4],
  ['STRUCTURAL', 5],
  ['PEST_CONTROL', 6],
  ['GENERAL', 7],
]);
const CHOICES = PROBLEMS.filter(([, severity]) => severity !== 'EMERGENCY').map(
  ([key, severity, title, description]) => ({
    categoryId: CATEGORY_IDS.get(key),
    severity,
    title,
    description,
  }),
);

const run = `bench-intake-${Date.now().toString(36)}`;

const apiRequest = (tokens, tag) => {
  let n = 0;
  return {
    method: 'POST',
    path: '/graphql',
    headers: { 'content-type': 'application/json' },
    setupRequest: (req) => {
      n += 1;
      const choice = CHOICES[n % CHOICES.length];
      return {
        ...req,
        headers: { ...req.headers, authorization: `Bearer ${tokens[n % tokens.length]}` },
        body: JSON.stringify({
          query: SUBMIT_REQUEST,
          variables: {
            input: {
              categoryId: globalId('Category', choice.categoryId),
              severity: choice.severity,
              title: choice.title,
              description: choice.description,
              locationDetail: 'Kitchen',
              idempotencyKey: `${run}-${tag}-${n}`,
            },
          },
        }),
      };
    },
  };
};

const rawRequest = (tenantIds, tag) => {
  let n = 0;
  return {
    method: 'POST',
    path: '/intake',
    headers: { 'content-type': 'application/json' },
    setupRequest: (req) => {
      n += 1;
      const choice = CHOICES[n % CHOICES.length];
      return {
        ...req,
        body: JSON.stringify({
          tenantId: tenantIds[n % tenantIds.length],
          categoryId: choice.categoryId,
          severity: choice.severity,
          title: choice.title,
          description: choice.description,
          locationDetail: 'Kitchen',
          idempotencyKey: `${run}-${tag}-${n}`,
        }),
      };
    },
  };
};

/** Rows created under a key prefix: work orders, their events by kind, their jobs by queue. */
const countRows = async (db, prefix) => {
  const { rows } = await db.query(
    `with w as (select id from work_orders where idempotency_key like $1)
     select (select count(*) from w)::int as work_orders,
            (select count(*) from work_order_events e where e.work_order_id in (select id from w))::int as events,
            (select count(*) from work_order_events e where e.work_order_id in (select id from w) and e.kind = 'CREATED')::int as created,
            (select count(*) from pgboss.job j where j.name = 'sla.check' and (j.data->>'workOrderId')::int in (select id from w))::int as jobs`,
    [`${prefix}%`],
  );
  return rows[0];
};

/** At most this long for the consumers' backlog to drain, before the load and after it. */
const DRAIN_TIMEOUT_MS = 180_000;

const fmtDrain = (d) =>
  d.events === 0 && d.notifications === 0
    ? `${fmt(d.ms / 1000, 1)} s`
    : `not within ${fmt(d.ms / 1000, 0)} s (${fmt(d.events, 0)} events, ${fmt(d.notifications, 0)} notifications left)`;

/** Logs in the demo tenants, warms the api up, then loads it; `tag` keys its rows. */
const loadApi = async (api, tag) => {
  const tokens = [];
  for (const email of TENANT_EMAILS) tokens.push(await login(api.url, email));
  await cannon({
    url: api.url,
    requests: [apiRequest(tokens, `${tag}warm`)],
    duration: 2,
    connections: CONNECTIONS,
  });
  return cannon({
    url: api.url,
    requests: [apiRequest(tokens, tag)],
    duration: DURATION,
    connections: CONNECTIONS,
  });
};

const main = async () => {
  const noise = startNoiseMonitor();
  log('intake: starting the api (workers in the same process) and the raw-SQL server …');
  const [api, raw] = await Promise.all([startApi({ env: { RUN_WORKERS: 'true' } }), startRawServer()]);
  const db = pool(2);
  let web = null;
  try {
    const tenantIds = (
      await db.query(`select id from users where email = any($1) order by id`, [TENANT_EMAILS])
    ).rows.map((r) => r.id);
    // one request by hand: no user errors, the payload the tenant app expects
    const tokens = [await login(api.url, TENANT_EMAILS[0])];
    const check = await gql(
      api.url,
      SUBMIT_REQUEST,
      JSON.parse(apiRequest(tokens, 'check').setupRequest({ headers: {} }).body).variables,
      tokens[0],
    );
    const payload = check.body.data.submitMaintenanceRequest;
    if (payload.userErrors.length > 0 || !payload.workOrder)
      throw new Error(JSON.stringify(payload.userErrors));
    log(
      `  one submission: ${fmt(check.ms)} ms, #${payload.workOrder.number}, ${check.headers.get('x-sql-statements')} SQL statements`,
    );
    // earlier runs' notifications still being delivered would be this run's load
    const before = await drainOutbox(db, DRAIN_TIMEOUT_MS);
    log(`  backlog before the load: drained ${fmtDrain(before)}`);

    const apiRun = await loadApi(api, 'api');
    log(
      `  api: ${fmt(apiRun.rps)} submissions/s, p50 ${apiRun.p50} ms, p99 ${apiRun.p99} ms, non-2xx ${apiRun.non2xx}, errors ${apiRun.errors}`,
    );
    const atEnd = await outboxBacklog(db);
    const after = await drainOutbox(db, DRAIN_TIMEOUT_MS);
    log(
      `  at the end of the load: ${fmt(atEnd.events, 0)} events to fan out, ${fmt(atEnd.notifications, 0)} notifications to deliver; drained ${fmtDrain(after)}`,
    );
    await api.stop();

    // the same api serving requests only (RUN_WORKERS=false): what one web instance takes when the consumers run
    // elsewhere; its outbox rows are deleted with its orders
    web = await startApi({ env: { RUN_WORKERS: 'false' } });
    const webRun = await loadApi(web, 'web');
    log(
      `  api, web only: ${fmt(webRun.rps)} submissions/s, p50 ${webRun.p50} ms, p99 ${webRun.p99} ms, non-2xx ${webRun.non2xx}, errors ${webRun.errors}`,
    );
    await web.stop();
    web = null;

    // no api process is left to compete with the baseline
    await cannon({
      url: raw.url,
      requests: [rawRequest(tenantIds, 'rawwarm')],
      duration: 2,
      connections: CONNECTIONS,
    });
    const rawRun = await cannon({
      url: raw.url,
      requests: [rawRequest(tenantIds, 'raw')],
      duration: DURATION,
      connections: CONNECTIONS,
    });
    log(
      `  raw: ${fmt(rawRun.rps)} submissions/s, p50 ${rawRun.p50} ms, p99 ${rawRun.p99} ms, non-2xx ${rawRun.non2xx}`,
    );

    const apiRows = await countRows(db, `${run}-api-`);
    const webRows = await countRows(db, `${run}-web-`);
    const rawRows = await countRows(db, `${run}-raw-`);
    const body = table(
      ['measure', 'api (workers in process)', 'api (web only)', 'raw SQL insert', 'target', 'result'],
      [
        [
          'submissions per second',
          fmt(apiRun.rps),
          fmt(webRun.rps),
          fmt(rawRun.rps),
          `≥ ${TARGET}/s`,
          `${pass(apiRun.rps >= TARGET)} / ${pass(webRun.rps >= TARGET)} (${fmt(apiRun.rps / rawRun.rps, 2)} / ${fmt(webRun.rps / rawRun.rps, 2)} × raw)`,
        ],
        [
          'latency p50 / p99',
          `${apiRun.p50} / ${apiRun.p99} ms`,
          `${webRun.p50} / ${webRun.p99} ms`,
          `${rawRun.p50} / ${rawRun.p99} ms`,
          '',
          '',
        ],
        [
          'requests completed (non-2xx, errors)',
          `${fmt(apiRun.requests, 0)} (${apiRun.non2xx}, ${apiRun.errors})`,
          `${fmt(webRun.requests, 0)} (${webRun.non2xx}, ${webRun.errors})`,
          `${fmt(rawRun.requests, 0)} (${rawRun.non2xx}, ${rawRun.errors})`,
          '',
          '',
        ],
        [
          'work orders written',
          fmt(apiRows.work_orders, 0),
          fmt(webRows.work_orders, 0),
          fmt(rawRows.work_orders, 0),
          '',
          '',
        ],
        [
          'events written (CREATED)',
          `${fmt(apiRows.events, 0)} (${fmt(apiRows.created, 0)})`,
          `${fmt(webRows.events, 0)} (${fmt(webRows.created, 0)})`,
          `${fmt(rawRows.events, 0)} (${fmt(rawRows.created, 0)})`,
          '',
          '',
        ],
        [
          'SLA jobs queued (pg-boss)',
          fmt(apiRows.jobs, 0),
          fmt(webRows.jobs, 0),
          fmt(rawRows.jobs, 0),
          '',
          '',
        ],
        [
          'SQL statements per submission',
          check.headers.get('x-sql-statements'),
          check.headers.get('x-sql-statements'),
          '6 (begin, lease, insert ×3, commit)',
          '',
          '',
        ],
        [
          "consumers' backlog at the end of the load (fan-out, delivery)",
          `${fmt(atEnd.events, 0)} events, ${fmt(atEnd.notifications, 0)} notifications; drained ${fmtDrain(after)}`,
          '(consumers elsewhere)',
          '',
          '',
          '',
        ],
      ],
    );
    log(`\n${body}\n`);
    await appendResult(
      'intake',
      body,
      [
        `${CONNECTIONS} connections, ${DURATION} s per run, the 25 demo tenants in turn, unique idempotency keys, non-emergency problems ` +
          '(no paging jobs). First the api as `npm start` runs it (its notification and webhook consumers in the same ' +
          'process; their backlog drained before the load, and timed after it), then the same api with RUN_WORKERS=false ' +
          '(one web instance), then the baseline with no api process left. The rows of all runs were deleted afterwards.',
      ],
      noise.stop(),
    );
  } finally {
    await deleteSubmitted(db, `${run}%`)
      .then(() => restoreDataSet(db))
      .catch((error) => log(`clean-up failed: ${error.message}`));
    await db.end();
    await Promise.all([api.stop(), web?.stop(), raw.stop()]);
  }
};

await main();
