// Board benchmark: the admin board's column query (first: 50) as the manager, over HTTP.
//   1. statements per request for first 10 / 50 / 100 (the api's x-sql-statements header)
//   2. throughput and p50/p99 with autocannon against the api and against a hand-written raw-SQL endpoint serving
//      the same page (bench/lib/raw-server.mjs), in the same run → the ratio; two rounds, the better one counts
//      and the GraphQL floor in the same rounds: the raw page served through Apollo Server + express and executed by
//      graphql-js (or graphql-jit) over ready objects — what any api on this stack costs before its own work
//   3. p99 at half the api's maximum rate: requests evenly spaced at that rate (lib/load.mjs paced), not
//      autocannon's overallRate, which sends each second's quota in one burst
//   4. the board filters on the full data: sequential requests (one in flight) timed at the client, and the filter's
//      own SQL (the page and count statements the api sent, traced through the pg driver in the api process, then
//      replayed directly); their EXPLAIN ANALYZE goes to bench/results/board-profile.md
// Run: node bench/board.mjs
import {
  MANAGER_EMAIL,
  QUICK,
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
  table,
  writeProfile,
} from './lib/common.mjs';
import { startApi } from './lib/api-process.mjs';
import { startNoiseMonitor } from './lib/noise.mjs';
import { BOARD_QUERY } from './lib/documents.mjs';
import { cannon, paced, startRawServer, withCpu } from './lib/load.mjs';
import { explain, planBlock, short } from './lib/sql.mjs';

const COLUMNS = ['NEW', 'ASSIGNED', 'SCHEDULED', 'COMPLETED']; // the board's open columns
const DURATION = QUICK ? 5 : 15;
const CONNECTIONS = 10;
const FILTER_RUNS = QUICK ? 10 : 40;

const graphqlRequests = (token, first = 50) =>
  COLUMNS.map((status) => ({
    method: 'POST',
    path: '/graphql',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: BOARD_QUERY, variables: { filter: { statuses: [status] }, first } }),
  }));

/** The floor's requests: the same GraphQL documents, no token (the floor serves the manager's page). */
const floorRequests = (path) =>
  COLUMNS.map((status) => ({
    method: 'POST',
    path,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: BOARD_QUERY, variables: { filter: { statuses: [status] }, first: 50 } }),
  }));

const rawRequests = (first = 50) =>
  COLUMNS.map((status) => ({ method: 'GET', path: `/board?status=${status}&first=${first}&viewer=2` }));

/** The api's page and the raw endpoint's page, compared (SLA seconds left may differ by the second between calls). */
const samePage = async (api, raw, token) => {
  const out = [];
  for (const status of COLUMNS) {
    const a = await gql(api.url, BOARD_QUERY, { filter: { statuses: [status] }, first: 50 }, token);
    const r = await (await fetch(`${raw.url}/board?status=${status}&first=50&viewer=2`)).json();
    delete a.body.extensions;
    const strip = (v) => JSON.stringify(v).replace(/"remainingSeconds":-?\d+/g, '"remainingSeconds":0');
    out.push({ status, apiBytes: JSON.stringify(a.body).length, same: strip(a.body) === strip(r) });
  }
  return out;
};

const statementsPerRequest = async (api, token) => {
  const rows = [];
  let listing = null;
  for (const first of [10, 50, 100]) {
    await gql(api.url, BOARD_QUERY, { filter: { statuses: ['NEW'] }, first }, token); // warm
    await api.ask('trace-start');
    const r = await gql(api.url, BOARD_QUERY, { filter: { statuses: ['NEW'] }, first }, token);
    const trace = await api.ask('trace-stop');
    if (first === 50) listing = trace;
    rows.push({
      first,
      header: Number(r.headers.get('x-sql-statements')),
      traced: trace.length,
      nodes: r.body.data.workOrders.nodes.length,
    });
  }
  return { rows, listing };
};

const filterCases = async () => {
  const db = pool(1);
  const property = (
    await db.query(
      `select property_id as id, count(*)::int as n from work_orders where status = 'NEW' group by 1 order by 2 desc limit 1`,
    )
  ).rows[0];
  const vendor = (
    await db.query(
      `select assignee_vendor_id as id from work_orders where status = 'ASSIGNED' and assignee_vendor_id is not null
        group by 1 order by count(*) desc limit 1`,
    )
  ).rows[0];
  const number = (await db.query(`select number from work_orders order by id desc limit 1 offset 500`))
    .rows[0].number;
  await db.end();
  const propertyIds = [globalId('Property', property.id)];
  const assigneeIds = [globalId('Vendor', vendor.id)];
  return [
    { name: 'status NEW (board column)', filter: { statuses: ['NEW'] } },
    { name: 'status CLOSED (show closed)', filter: { statuses: ['CLOSED'] } },
    { name: 'status NEW + priority EMERGENCY', filter: { statuses: ['NEW'], priorities: ['EMERGENCY'] } },
    { name: 'priority EMERGENCY (any status)', filter: { priorities: ['EMERGENCY'] } },
    { name: 'status NEW + property', filter: { statuses: ['NEW'], propertyIds } },
    { name: 'property (any status)', filter: { propertyIds } },
    { name: 'status NEW + text "leak"', filter: { statuses: ['NEW'], text: 'leak' } },
    { name: 'text "leak" (any status)', filter: { text: 'leak' } },
    { name: `text "#${number}" (tracking number)`, filter: { text: `#${number}` } },
    { name: 'status ASSIGNED + assignee', filter: { statuses: ['ASSIGNED'], assigneeIds } },
    { name: 'assignee (any status)', filter: { assigneeIds } },
  ];
};

/** The list and count statements of listWorkOrders (the ones a filter changes). */
// the page statement: `select p.*, (count) … from (select w.* …) p` (one statement with its total) or `select "w".* …`
// (written by MikroORM's query builder before, as `from "work_orders" as "w"`; by hand now, as `from work_orders w`)
const FROM_ORDERS = String.raw`from (?:"work_orders" as "w"|work_orders w)(?=[\s)])`;
const isList = (sql) =>
  new RegExp(String.raw`^select (p\.\*|w\.\*|"w"\.\*)[\s\S]* ${FROM_ORDERS}`).test(sql.trim());
// a count apart from the page: `select count(…) from work_orders w …`, or a total wrapped as `select (…)::int as n`
// (a text search's capped count, which runs beside its page)
const isCount = (sql) => {
  const text = sql.trim();
  if (isList(text) || !new RegExp(FROM_ORDERS).test(text)) return false;
  return (
    /^select (count\(\*\) as "count"|count\(w\.id\)) /.test(text) ||
    /^select \([\s\S]*\)::int as n$/.test(text)
  );
};

const measureFilters = async (api, token) => {
  const cases = await filterCases();
  const db = pool(1);
  const results = [];
  for (const c of cases) {
    const variables = { filter: c.filter, first: 50 };
    await gql(api.url, BOARD_QUERY, variables, token); // warm the cache for this filter
    const times = [];
    let totalCount = 0;
    let trace = [];
    for (let i = 0; i < FILTER_RUNS; i++) {
      await api.ask('trace-start');
      const started = nowMs();
      const r = await gql(api.url, BOARD_QUERY, variables, token);
      times.push(nowMs() - started);
      trace = await api.ask('trace-stop');
      totalCount = r.body.data.workOrders.totalCount;
    }
    // the filter's own SQL, replayed directly (no event loop of the api in the timing): the api runs the list and
    // the count in parallel, so a request waits for the slower of the two
    const list = trace.find((s) => isList(s.sql));
    const count = trace.find((s) => isCount(s.sql));
    const listTimes = [];
    const countTimes = [];
    for (let i = 0; i < FILTER_RUNS; i++) {
      for (const [statement, into] of [
        [list, listTimes],
        [count, countTimes],
      ]) {
        // a first page carries its total in the page statement: no separate count to replay
        if (statement === undefined) {
          into.push(0);
          continue;
        }
        const t = nowMs();
        await db.query(statement.sql, statement.params);
        into.push(nowMs() - t);
      }
    }
    const sqlTimes = listTimes.map((t, i) => Math.max(t, countTimes[i]));
    results.push({
      ...c,
      totalCount,
      p50: percentile(times, 50),
      p95: percentile(times, 95),
      sqlP95: percentile(sqlTimes, 95),
      listP50: percentile(listTimes, 50),
      countP50: percentile(countTimes, 50),
      list,
      count,
      statements: trace.length,
    });
    log(
      `  ${c.name.padEnd(36)} ${fmt(totalCount, 0).padStart(9)} rows  request p50 ${fmt(percentile(times, 50))} / p95 ${fmt(percentile(times, 95))} ms  ` +
        `filter SQL p95 ${fmt(percentile(sqlTimes, 95))} ms (list ${fmt(percentile(listTimes, 50))}, count ${fmt(percentile(countTimes, 50))})`,
    );
  }
  await db.end();
  return results;
};

const main = async () => {
  const noise = startNoiseMonitor();
  log('board: starting the api and the raw-SQL server …');
  const [api, raw] = await Promise.all([startApi(), startRawServer()]);
  try {
    const token = await login(api.url, MANAGER_EMAIL);
    const pages = await samePage(api, raw, token);
    log(
      `same page from both: ${pages.map((p) => `${p.status} ${p.same ? 'identical' : 'DIFFERENT'} (${fmt(p.apiBytes, 0)} B)`).join(', ')}`,
    );

    const { rows: statementRows, listing } = await statementsPerRequest(api, token);
    log(`statements per request: ${statementRows.map((r) => `first ${r.first}: ${r.header}`).join(', ')}`);

    log(`autocannon: ${CONNECTIONS} connections, ${DURATION} s per run, the 4 open columns in turn …`);
    const rounds = [];
    for (let round = 1; round <= (QUICK ? 1 : 2); round++) {
      await cannon({ url: api.url, requests: graphqlRequests(token), duration: 2, connections: CONNECTIONS }); // warm-up
      const apiRun = await withCpu(api, () =>
        cannon({
          url: api.url,
          requests: graphqlRequests(token),
          duration: DURATION,
          connections: CONNECTIONS,
        }),
      );
      await cannon({ url: raw.url, requests: rawRequests(), duration: 2, connections: CONNECTIONS });
      const rawRun = await withCpu(raw, () =>
        cannon({ url: raw.url, requests: rawRequests(), duration: DURATION, connections: CONNECTIONS }),
      );
      const floorRun = {};
      for (const [key, path] of [
        ['js', '/graphql'],
        ['jit', '/graphql-jit'],
      ]) {
        const requests = floorRequests(path);
        await cannon({ url: raw.url, requests, duration: 2, connections: CONNECTIONS });
        floorRun[key] = await withCpu(raw, () =>
          cannon({ url: raw.url, requests, duration: DURATION, connections: CONNECTIONS }),
        );
      }
      rounds.push({ round, api: apiRun, raw: rawRun, floor: floorRun.js, floorJit: floorRun.jit });
      log(
        `  round ${round}: api ${fmt(apiRun.rps)} req/s (p50 ${apiRun.p50} ms, p99 ${apiRun.p99} ms, non-2xx ${apiRun.non2xx}, errors ${apiRun.errors}); ` +
          `raw ${fmt(rawRun.rps)} req/s (p50 ${rawRun.p50} ms, p99 ${rawRun.p99} ms); ` +
          `GraphQL floor ${fmt(floorRun.js.rps)} req/s, with graphql-jit ${fmt(floorRun.jit.rps)} req/s`,
      );
    }
    const best = (key) => rounds.map((r) => r[key]).sort((a, b) => b.rps - a.rps)[0];
    const apiMax = best('api');
    const rawMax = best('raw');
    const ratio = apiMax.rps / rawMax.rps;
    const floorMax = best('floor');
    const floorJitMax = best('floorJit');

    const halfRate = Math.max(1, Math.floor(apiMax.rps / 2));
    log(`p99 at half the maximum rate: ${halfRate} req/s …`);
    // requests evenly spaced at that rate (paced); autocannon's overallRate would send each second's quota at once
    const half = await paced({
      url: api.url,
      requests: graphqlRequests(token),
      duration: DURATION,
      rate: halfRate,
    });
    const rawHalf = await paced({
      url: raw.url,
      requests: rawRequests(),
      duration: DURATION,
      rate: halfRate,
    });
    log(`  api p50 ${half.p50} ms, p99 ${half.p99} ms at ${fmt(half.rps)} req/s; raw p99 ${rawHalf.p99} ms`);

    log(`board filters (${FILTER_RUNS} sequential requests each, first: 50) …`);
    const filters = await measureFilters(api, token);

    // profile: the statements of one first-50 request, and the plans of each filter's page and count
    const db = pool(1);
    const plans = [];
    for (const f of filters) {
      plans.push(planBlock(`${f.name}: the page`, f.list, await explain(db, f.list)));
      if (f.count) plans.push(planBlock(`${f.name}: the count`, f.count, await explain(db, f.count)));
    }
    await db.end();
    const profile = writeProfile(
      'board-profile.md',
      [
        `# Board profile (${new Date().toISOString()})`,
        '',
        '## Statements of one board request (first: 50, status NEW), in the order they finished',
        '',
        table(
          ['#', 'ms', 'statement'],
          listing.map((s, i) => [i + 1, s.ms.toFixed(2), short(s.sql, 160).replaceAll('|', '\\|')]),
        ),
        '',
        '## Filters: the page and the count statement of each, EXPLAIN (ANALYZE, BUFFERS)',
        '',
        ...plans,
      ].join('\n'),
    );

    const statementsConstant = new Set(statementRows.map((r) => r.header)).size === 1;
    const maxStatements = Math.max(...statementRows.map((r) => r.header));
    const worstFilter = Math.max(...filters.map((f) => f.p95));
    const worstFilterSql = Math.max(...filters.map((f) => f.sqlP95));
    const summary = table(
      ['measure', 'api (GraphQL)', 'raw SQL endpoint', 'target', 'result'],
      [
        [
          'max throughput (req/s)',
          fmt(apiMax.rps),
          fmt(rawMax.rps),
          '≥ 0.6 × raw',
          `${fmt(ratio, 2)} × raw ${pass(ratio >= 0.6)}`,
        ],
        [
          'CPU per request at max, server process (ms; robust to other load)',
          fmt(apiMax.cpuMsPerRequest),
          fmt(rawMax.cpuMsPerRequest),
          '',
          '',
        ],
        [
          'GraphQL floor: the raw page through Apollo + graphql-js / graphql-jit (req/s; CPU per request)',
          `${fmt(floorMax.rps)} / ${fmt(floorJitMax.rps)}; ${fmt(floorMax.cpuMsPerRequest)} / ${fmt(floorJitMax.cpuMsPerRequest)} ms`,
          '',
          '',
          `${fmt(floorMax.rps / rawMax.rps, 2)} / ${fmt(floorJitMax.rps / rawMax.rps, 2)} × raw`,
        ],
        [
          'latency at max, p50 / p99 (ms)',
          `${apiMax.p50} / ${apiMax.p99}`,
          `${rawMax.p50} / ${rawMax.p99}`,
          '',
          '',
        ],
        [
          `p99 at half the api's max (${halfRate} req/s)`,
          `${half.p99} ms (p50 ${half.p50})`,
          `${rawHalf.p99} ms (p50 ${rawHalf.p50})`,
          '≤ 50 ms',
          pass(half.p99 <= 50),
        ],
        [
          'SQL statements per request, first 10 / 50 / 100',
          statementRows.map((r) => r.header).join(' / '),
          '2 / 2 / 2',
          'constant, ≤ 5',
          `${statementsConstant ? 'constant' : 'grows'}, max ${maxStatements} ${pass(statementsConstant && maxStatements <= 5)}`,
        ],
        [
          'board filters: whole request p95, worst filter',
          `${fmt(worstFilter)} ms`,
          '',
          '≤ 20 ms',
          pass(worstFilter <= 20),
        ],
        [
          "board filters: the filter's SQL (page ∥ count) p95, worst filter",
          `${fmt(worstFilterSql)} ms`,
          '',
          '≤ 20 ms',
          pass(worstFilterSql <= 20),
        ],
      ],
    );
    const filterTable = table(
      [
        'filter (first: 50)',
        'matching',
        'request p50',
        'request p95',
        'filter SQL p95 (page ∥ count)',
        'page p50',
        'count p50',
        'target ≤ 20 ms',
      ],
      filters.map((f) => [
        f.name,
        fmt(f.totalCount, 0),
        `${fmt(f.p50)} ms`,
        `${fmt(f.p95)} ms`,
        `${fmt(f.sqlP95)} ms`,
        `${fmt(f.listP50)} ms`,
        `${fmt(f.countP50)} ms`,
        `request ${f.p95 <= 20 ? '✅' : '❌'} SQL ${f.sqlP95 <= 20 ? '✅' : '❌'}`,
      ]),
    );
    const roundsTable = table(
      [
        'round',
        'api req/s',
        'api p50 / p99',
        'api CPU/req',
        'raw req/s',
        'raw p50 / p99',
        'raw CPU/req',
        'floor req/s, js / jit',
        'ratio',
      ],
      rounds.map((r) => [
        r.round,
        fmt(r.api.rps),
        `${r.api.p50} / ${r.api.p99} ms`,
        `${fmt(r.api.cpuMsPerRequest)} ms`,
        fmt(r.raw.rps),
        `${r.raw.p50} / ${r.raw.p99} ms`,
        `${fmt(r.raw.cpuMsPerRequest)} ms`,
        `${fmt(r.floor.rps)} / ${fmt(r.floorJit.rps)}`,
        fmt(r.api.rps / r.raw.rps, 2),
      ]),
    );
    const body = [summary, '', roundsTable, '', filterTable].join('\n');
    log(`\n${body}\n`);
    await appendResult(
      'board',
      body,
      [
        `Query: the admin board's BoardColumn query (BoardCard fragment) plus requester and category; the 4 open columns ` +
          `(NEW, ASSIGNED, SCHEDULED, COMPLETED) in turn, first: 50, as manager@demo.test; ${CONNECTIONS} connections, ${DURATION} s per run.`,
        `Raw endpoint: node:http + pg (pool 10), 2 statements, the same JSON (checked: ${pages.every((p) => p.same) ? 'identical' : 'NOT identical'} apart from the SLA seconds left).`,
        `Half the max rate: ${halfRate} requests per second evenly spaced for ${DURATION} s (open loop; latency from the moment each ` +
          `was due); the api's requests ${half.requests} (non-2xx ${half.non2xx}, errors ${half.errors}), the raw endpoint's ${rawHalf.requests}.`,
        `Filters: ${FILTER_RUNS} sequential requests each (one in flight), timed at the client over loopback (≈ server time, GraphQL ` +
          `and all 50 cards included); the filter's SQL = the page and count statements the api sent (traced through the pg driver in ` +
          `the api process), replayed ${FILTER_RUNS}× directly with pg, p95 of the slower of the two (the api runs them in parallel). ` +
          `Plans: ${profile}.`,
        `GraphQL floor: the raw endpoint's page (same SQL, same objects) returned by the workOrders resolver of an Apollo ` +
          `Server behind express (as the api) over schema.graphql, every other field by the default resolver; executed by ` +
          `graphql-js, and by graphql-jit from an Apollo plugin's responseForOperation (as the api). No ORM, auth, limits or field logic: the ` +
          `least any api on this stack spends per page.`,
        `api non-2xx responses at max: ${apiMax.non2xx}, errors: ${apiMax.errors}; mean latency ${fmt(apiMax.mean)} ms.`,
      ],
      noise.stop(),
    );
  } finally {
    await Promise.all([api.stop(), raw.stop()]);
  }
};

await main();
