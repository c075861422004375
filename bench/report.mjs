// Report benchmark: maintenanceReport (the admin reports page's query) over the last 12 months of the data, as the
// manager, one call at a time. Baseline in the same run: the very statements the api sent (traced in the api
// process through the pg driver) replayed directly with pg, one after the other like the api runs them.
// EXPLAIN (ANALYZE, BUFFERS) of each statement goes to bench/results/report-profile.md.
// Run: node bench/report.mjs
import {
  MANAGER_EMAIL,
  QUICK,
  appendResult,
  fmt,
  gql,
  log,
  login,
  pass,
  percentile,
  pool,
  table,
  writeProfile,
} from './lib/common.mjs';
import { startApi } from './lib/api-process.mjs';
import { startNoiseMonitor } from './lib/noise.mjs';
import { MAINTENANCE_REPORT } from './lib/documents.mjs';
import { cancelRunning, explain, planBlock, short, timed } from './lib/sql.mjs';

const CALLS = QUICK ? 2 : 5;
const TARGET_MS = 300;
const TIMEOUT_MS = Number(process.env.BENCH_REPORT_TIMEOUT_S ?? 180) * 1000;
const EXPLAIN_TIMEOUT_MS = Math.min(60_000, TIMEOUT_MS);

/** What each statement of the report computes, recognised by its text. */
const purpose = (sql) => {
  if (/from report_repeat_dirty d\) as dirty/.test(sql))
    return 'repeat issues: dirty units, name checks (rollups)';
  if (/report_repeat_units/.test(sql))
    return 'repeat issues: same unit + category across a property (rollups)';
  if (/report_repeat_assignees/.test(sql)) return 'repeat issues: same assignee (rollups)';
  if (/from report_rollup_dirty/.test(sql)) return 'dirty months (rollups)';
  if (/report_close_rollups|report_close_mtd/.test(sql)) return 'time to close + SLA compliance (rollups)';
  if (/report_vendor_rollups/.test(sql)) return 'vendor performance (rollups)';
  if (/'SAME_UNIT_SAME_CATEGORY'/.test(sql)) return 'repeat issues: same unit and category';
  if (/'SAME_CATEGORY_ACROSS_PROPERTY'/.test(sql)) return 'repeat issues: same category across a property';
  if (/'SAME_ASSIGNEE_REPEAT_VISITS'/.test(sql)) return 'repeat issues: same assignee';
  if (/first_time/.test(sql)) return 'vendor performance';
  if (/response_met/.test(sql)) return 'SLA compliance';
  if (/date_trunc\('week'/.test(sql)) return 'time to close: weekly trend';
  if (/date_trunc\('month'/.test(sql)) return 'time to close: monthly trend';
  if (/join categories c/.test(sql)) return 'time to close by category';
  if (/join properties p on p.id = w.property_id where/.test(sql)) return 'time to close by property';
  if (/coalesce\(v.name, t.name, 'Unassigned'\)/.test(sql)) return 'time to close by assignee';
  if (/w.priority as label/.test(sql)) return 'time to close by priority';
  if (/percentile_cont/.test(sql)) return 'time to close: overall';
  if (/from "users"/.test(sql)) return 'authentication';
  return short(sql, 40);
};

/**
 * The traced data statements, each with the `set local` settings of its transaction (the report reads its rollups
 * in read-only transactions with JIT off); begin/commit/set themselves are not replayed.
 */
const replayable = (trace) => {
  let settings = [];
  const out = [];
  for (const st of trace) {
    const sql = st.sql.trim();
    if (/^(begin|start transaction|commit|rollback)\b/i.test(sql)) {
      settings = [];
      continue;
    }
    const local = /^set local (.*)$/is.exec(sql);
    if (local) settings.push(local[1]);
    else out.push({ ...st, settings: [...settings] });
  }
  return out;
};

/** A pool whose connections carry a statement's settings while it runs (then reset). */
const withSettings = (db, statement) =>
  statement.settings?.length
    ? {
        connect: async () => {
          const client = await db.connect();
          for (const setting of statement.settings) await client.query(`set ${setting}`);
          const release = client.release.bind(client);
          client.release = () => {
            client.query('reset all').then(
              () => release(),
              () => release(true),
            );
          };
          return client;
        },
      }
    : db;

const main = async () => {
  const noise = startNoiseMonitor();
  log('report: starting the api …');
  // web-only (RUN_WORKERS=false): the trace then holds the report's statements, not the background workers'
  const api = await startApi({ env: { RUN_WORKERS: 'false' } });
  const db = pool(2);
  try {
    const token = await login(api.url, MANAGER_EMAIL);
    // BENCH_REPORT_TO: another end of the range (an ISO time), e.g. mid-month, where each end's partial month is
    // half a month of orders read raw
    const to = process.env.BENCH_REPORT_TO ? new Date(process.env.BENCH_REPORT_TO) : new Date();
    const from = new Date(to.getTime() - 365 * 86_400_000);
    const variables = { range: { from: from.toISOString(), to: to.toISOString() } };

    /** One call with a time limit; on a timeout the api's statements still running are cancelled. */
    const call = async (traced, vars = variables) => {
      if (traced) await api.ask('trace-start');
      try {
        const r = await gql(api.url, MAINTENANCE_REPORT, vars, token, { timeoutMs: TIMEOUT_MS });
        return { ms: r.ms, bytes: r.bytes, body: r.body, trace: traced ? await api.ask('trace-stop') : null };
      } catch (error) {
        if (error?.name !== 'TimeoutError') throw error;
        const trace = traced ? await api.ask('trace-stop') : null;
        await cancelRunning(db);
        return { timedOut: true, ms: TIMEOUT_MS, trace };
      }
    };

    const first = await call(true);
    let statements = first.trace && replayable(first.trace);
    let substituted = false;
    const times = [];
    if (first.timedOut) {
      log(`  the first call did not finish within ${TIMEOUT_MS / 1000} s (cancelled)`);
      times.push(first.ms);
      // The statements after the one that hit the limit never ran. A report over one hour runs all of them quickly;
      // its statements (the api inlines the range as literals) with the 12-month range put back are the ones the
      // 12-month report runs: they are replayed and explained below.
      const hourFrom = new Date(to.getTime() - 3_600_000).toISOString();
      const hourly = await call(true, { range: { from: hourFrom, to: to.toISOString() } });
      if (!hourly.timedOut) {
        const yearly = (sql) => sql.replaceAll(hourFrom, from.toISOString());
        statements = replayable(hourly.trace).map((st) => ({
          ...st,
          sql: yearly(st.sql),
          params: st.params.map((p) => (p === hourFrom ? from.toISOString() : p)),
          ms: first.trace.find((f) => f.sql === yearly(st.sql))?.ms ?? null,
          running: first.trace.find((f) => f.sql === yearly(st.sql))?.running,
        }));
        substituted = true;
      }
    } else {
      const report = first.body.data.maintenanceReport;
      log(
        `  first call: ${fmt(first.ms)} ms, ${fmt(first.bytes / 1024)} KB; ${fmt(report.timeToClose.overall.count, 0)} closed orders, ` +
          `${report.repeatIssues.length} repeat issues (${fmt(
            report.repeatIssues.reduce((n, r) => n + r.workOrderNumbers.length, 0),
            0,
          )} numbers), ` +
          `${report.vendorPerformance.length} assignees`,
      );
      for (let i = 0; i < CALLS; i++) {
        const r = await call(false);
        times.push(r.ms);
        log(`  call ${i + 1}: ${r.timedOut ? `> ${TIMEOUT_MS / 1000} s (cancelled)` : `${fmt(r.ms)} ms`}`);
        if (r.timedOut) break;
      }
    }
    const timedOut = first.timedOut || times.some((t) => t >= TIMEOUT_MS);

    // raw baseline: the same statements, directly, in sequence (each with the same time limit)
    const perStatement = statements.map(() => []);
    const rawTimes = [];
    for (let i = 0; i < (timedOut ? 1 : CALLS); i++) {
      let total = 0;
      let complete = true;
      for (const [k, s] of statements.entries()) {
        const ms = await timed(withSettings(db, s), s, TIMEOUT_MS);
        perStatement[k].push(ms ?? TIMEOUT_MS);
        total += ms ?? TIMEOUT_MS;
        if (ms === null) complete = false;
      }
      rawTimes.push(complete ? total : Infinity);
    }
    log(`  raw SQL: ${rawTimes.map((t) => (Number.isFinite(t) ? `${fmt(t)} ms` : 'timed out')).join(', ')}`);

    const plans = [];
    for (const s of statements)
      plans.push(planBlock(purpose(s.sql), s, await explain(withSettings(db, s), s, EXPLAIN_TIMEOUT_MS)));
    const profile = writeProfile(
      'report-profile.md',
      `# Report profile (${new Date().toISOString()})\n\nmaintenanceReport, ${from.toISOString()} → ${to.toISOString()}\n\n${plans.join('\n')}`,
    );
    const p50 = percentile(times, 50);
    const rawP50 = percentile(rawTimes, 50);
    const show = (ms) =>
      ms >= TIMEOUT_MS || !Number.isFinite(ms) ? `> ${TIMEOUT_MS / 1000} s` : `${fmt(ms)} ms`;
    const summary = table(
      ['measure', 'api (GraphQL)', 'raw SQL (same statements)', 'target', 'result'],
      [
        [
          '12-month report, time per call p50 (max)',
          `${show(p50)} (${show(Math.max(...times))})`,
          `${show(rawP50)} (${show(Math.max(...rawTimes))})`,
          `≤ ${TARGET_MS} ms`,
          `${pass(p50 <= TARGET_MS)}${Number.isFinite(rawP50) && !timedOut ? ` (api ${fmt(p50 / rawP50, 2)} × raw)` : ''}`,
        ],
        ['response size', first.timedOut ? '–' : `${fmt(first.bytes / 1024)} KB`, '', '', ''],
        ['SQL statements per call', statements.length, statements.length, '', ''],
      ],
    );
    const breakdown = table(
      ['statement', 'in the api (first call)', 'raw, p50'],
      statements.map((s, k) => [
        purpose(s.sql),
        s.ms === null
          ? 'not reached'
          : s.running
            ? `> ${fmt(s.ms / 1000)} s (still running, cancelled)`
            : show(s.ms),
        show(percentile(perStatement[k], 50)),
      ]),
    );
    const body = `${summary}\n\n${breakdown}`;
    log(`\n${body}\n`);
    await appendResult(
      'report',
      body,
      [
        `${timedOut ? 'The call hit the time limit' : `${CALLS} sequential calls after a first (traced) one`}; range the 365 days to ${to.toISOString()}${process.env.BENCH_REPORT_TO ? ' (BENCH_REPORT_TO: mid-month edges read half a month raw at each end)' : ''}, ` +
          `manager@demo.test (all properties); time limit ${TIMEOUT_MS / 1000} s per call and per statement (BENCH_REPORT_TIMEOUT_S). ` +
          `Plans: ${profile}.`,
        'The api runs its three parts (time to close + SLA, vendor performance, repeat issues) at once on separate ' +
          'connections; the raw replay runs the statements one after the other (with their transactions’ settings).',
        ...(substituted
          ? [
              'The statements the cancelled call never reached were taken from a one-hour report (same SQL, the range ' +
                'literals replaced by the 12-month range) and replayed raw.',
            ]
          : []),
      ],
      noise.stop(),
    );
  } finally {
    await cancelRunning(db).catch(() => undefined);
    await db.end();
    await api.stop();
  }
};

await main();
