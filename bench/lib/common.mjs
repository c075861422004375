// Shared helpers of the benchmarks: settings from the environment, the machine's description, tables, percentiles,
// GraphQL over HTTP, and appending a result to bench/RESULTS.md.
import { execFileSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

export const BENCH_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const REPO_ROOT = resolve(BENCH_DIR, '..');
export const API_DIR = join(REPO_ROOT, 'api');
/** Where results are appended (BENCH_RESULTS points quick checks elsewhere). */
export const RESULTS_FILE = resolve(process.env.BENCH_RESULTS ?? join(BENCH_DIR, 'RESULTS.md'));
/** Profiles (EXPLAIN ANALYZE plans, statement lists): bench/results/, or results/ next to BENCH_RESULTS. */
export const PROFILE_DIR = join(dirname(RESULTS_FILE), 'results');

export const DATABASE_URL =
  process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/fixline_bench';

/** 1 = the full data set (1,000,000 work orders); e.g. 0.01 for a quick check. */
export const SCALE = (() => {
  const raw = process.env.BENCH_SCALE ?? '1';
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0 || value > 10) {
    throw new Error(`BENCH_SCALE must be a number in (0, 10]; got "${raw}"`);
  }
  return value;
})();

/** A shorter run of every benchmark (fewer seconds, fewer repetitions): BENCH_QUICK=1. */
export const QUICK = process.env.BENCH_QUICK === '1';

export const DEMO_PASSWORD = 'fixline-demo';
export const MANAGER_EMAIL = 'manager@demo.test';
/** The 25 demo tenants, each leasing exactly one unit. */
export const TENANT_EMAILS = Array.from({ length: 25 }, (_, i) =>
  i === 0 ? 'tenant@demo.test' : `tenant${i + 1}@demo.test`,
);

/**
 * The api's environment for every benchmark. Raised limits (and why) are listed in bench/README.md: the hourly
 * rate-limit budget per viewer would stop a load test after a few hundred board requests.
 */
export const apiEnv = (extra = {}) => ({
  DATABASE_URL,
  NODE_ENV: 'production',
  PORT: '0',
  HOST: '127.0.0.1',
  LOG_LEVEL: 'warn',
  FIXLINE_DATA_DIR: join(BENCH_DIR, '.data'),
  FIXLINE_SECRET_KEY: 'b3f1c2d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90',
  RATE_LIMIT_POINTS_PER_HOUR: '10000000',
  ...extra,
});

export const pool = (max = 4) => new pg.Pool({ connectionString: DATABASE_URL, max });

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Milliseconds since the epoch with sub-millisecond resolution (comparable across processes). */
export const nowMs = () => performance.timeOrigin + performance.now();

export const percentile = (values, p) => {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index];
};

export const mean = (values) => values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);

export const fmt = (n, digits = 1) =>
  n === null || n === undefined || Number.isNaN(n)
    ? '–'
    : Number(n).toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: 0 });

export const pass = (ok) => (ok ? '✅ met' : '❌ missed');

/** A Markdown table (printed as is to the console too). */
export const table = (headers, rows) => {
  const cells = [headers, ...rows].map((r) => r.map((c) => String(c ?? '')));
  const widths = headers.map((_, i) => Math.max(3, ...cells.map((r) => r[i]?.length ?? 0)));
  const line = (r) => `| ${r.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [
    line(cells[0]),
    `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`,
    ...cells.slice(1).map(line),
  ].join('\n');
};

export const machine = async () => {
  const cpu = cpus();
  const db = new pg.Client({ connectionString: DATABASE_URL });
  let postgres = 'unknown';
  let workOrders = null;
  try {
    await db.connect();
    postgres = (await db.query('show server_version')).rows[0].server_version;
    workOrders = Number(
      (await db.query(`select reltuples::bigint as n from pg_class where relname = 'work_orders'`)).rows[0]
        ?.n ?? 0,
    );
  } catch {
    // the description is best effort
  } finally {
    await db.end().catch(() => undefined);
  }
  const git = (...args) => {
    try {
      return execFileSync('git', args, {
        cwd: REPO_ROOT,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      }).trim();
    } catch {
      return null;
    }
  };
  const commit = git('rev-parse', '--short', 'HEAD');
  const dirty = git('status', '--porcelain', '--', 'api/src');
  let built = 'unknown';
  try {
    built = statSync(join(API_DIR, 'dist', 'main.js'))
      .mtime.toISOString()
      .replace(/:\d\d\.\d+Z$/, 'Z');
  } catch {
    // not built
  }
  return {
    api: `api/dist built ${built}; HEAD ${commit ?? 'unknown'}${dirty ? ' with uncommitted changes in api/src' : ''}`,
    cpu: `${cpu[0]?.model ?? 'unknown'} × ${cpu.length}`,
    ram: `${(totalmem() / 1024 ** 3).toFixed(1)} GB`,
    node: process.version,
    postgres,
    workOrders,
    load: loadavg()
      .map((l) => l.toFixed(2))
      .join(' '),
  };
};

/**
 * Appends one benchmark's result (date, machine, table, notes) to bench/RESULTS.md. `noise` is what
 * startNoiseMonitor() (lib/noise.mjs) measured: the other processes' share of the CPU during the run.
 */
export const appendResult = async (name, body, notes = [], noise = null) => {
  const m = await machine();
  const disturbed =
    noise === null
      ? null
      : `Other processes used ${(noise.share * 100).toFixed(0)} % of the machine's CPU during this ${Math.round(noise.seconds)} s run` +
        `${noise.top.length > 0 ? ` (top: ${noise.top.join(', ')})` : ''}` +
        `${noise.share > 0.1 ? ' — ⚠ the machine was shared: numbers are noisy.' : '.'}`;
  const header = existsSync(RESULTS_FILE)
    ? ''
    : '# Benchmark results\n\nAppended by the `bench/` commands (newest last). See bench/README.md for what each measures.\n';
  const text = [
    header,
    `## ${name} — ${new Date().toISOString().replace(/\.\d+Z$/, 'Z')}`,
    '',
    `Machine: ${m.cpu}, ${m.ram} RAM, Node ${m.node}, PostgreSQL ${m.postgres}; load average at the end ${m.load}; ` +
      `data: ~${fmt(m.workOrders, 0)} work orders (BENCH_SCALE=${SCALE}${QUICK ? ', BENCH_QUICK=1' : ''}); ${m.api}.`,
    '',
    disturbed,
    disturbed === null ? null : '',
    body,
    '',
    ...notes.map((n) => `- ${n}`),
    notes.length > 0 ? '' : null,
  ]
    .filter((l) => l !== null)
    .join('\n');
  appendFileSync(RESULTS_FILE, `${text}\n`);
  // the repository's lint runs prettier --check on Markdown too: keep the file formatted the way it wants
  try {
    const prettier = await import('prettier');
    const options = (await prettier.resolveConfig(RESULTS_FILE)) ?? {};
    const source = readFileSync(RESULTS_FILE, 'utf8');
    writeFileSync(RESULTS_FILE, await prettier.format(source, { ...options, filepath: RESULTS_FILE }));
  } catch {
    // prettier is a dev dependency of the repository; without it the file is left as written
  }
  if (disturbed !== null) process.stdout.write(`${disturbed}\n`);
  process.stdout.write(`Appended to ${RESULTS_FILE}\n`);
};

/** Writes a profile (plans, statements) to PROFILE_DIR and returns its path (relative to the repository if inside). */
export const writeProfile = (file, text) => {
  mkdirSync(PROFILE_DIR, { recursive: true });
  const path = join(PROFILE_DIR, file);
  writeFileSync(path, text);
  return path.startsWith(`${REPO_ROOT}/`) ? path.slice(REPO_ROOT.length + 1) : path;
};

export const globalId = (type, id) => Buffer.from(`${type}:${id}`).toString('base64url');

/** POSTs a GraphQL operation; returns { body, ms, headers, status }. Throws on GraphQL errors unless allowed. */
export const gql = async (
  url,
  query,
  variables = {},
  token = null,
  { allowErrors = false, timeoutMs } = {},
) => {
  const started = nowMs();
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    signal: timeoutMs === undefined ? undefined : AbortSignal.timeout(timeoutMs),
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const text = await res.text();
  const ms = nowMs() - started;
  const body = JSON.parse(text);
  if (!allowErrors && body.errors?.length) {
    throw new Error(`GraphQL error: ${JSON.stringify(body.errors).slice(0, 500)}`);
  }
  return { body, ms, headers: res.headers, status: res.status, bytes: text.length };
};

const LOGIN = `mutation Login($input: LoginInput!) { login(input: $input) { token user { id } userErrors { code message } } }`;

export const login = async (url, email, password = DEMO_PASSWORD) => {
  const { body } = await gql(url, LOGIN, { input: { email, password } });
  const payload = body.data.login;
  if (!payload.token) throw new Error(`login ${email} failed: ${JSON.stringify(payload.userErrors)}`);
  return payload.token;
};

export const log = (...parts) => process.stdout.write(`${parts.join(' ')}\n`);
