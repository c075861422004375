// Runs every benchmark in turn (each in its own process, each appending to bench/RESULTS.md). With --generate (or
// when the benchmark database has no work orders yet) it generates the data first.
// Run: node bench/run-all.mjs [--generate] [board subscribers sockets intake report]
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import pg from 'pg';
import { BENCH_DIR, DATABASE_URL, log } from './lib/common.mjs';

const ALL = ['board', 'subscribers', 'sockets', 'intake', 'report'];
const args = process.argv.slice(2);
const chosen = args.filter((a) => !a.startsWith('--'));
const unknown = chosen.filter((a) => !ALL.includes(a));
if (unknown.length > 0)
  throw new Error(`unknown benchmark(s): ${unknown.join(', ')}; choose from ${ALL.join(', ')}`);

const hasData = async () => {
  const db = new pg.Client({ connectionString: DATABASE_URL });
  try {
    await db.connect();
    const { rows } = await db.query(`select to_regclass('work_orders') is not null as ok`);
    if (!rows[0].ok) return false;
    return (await db.query('select exists (select 1 from work_orders offset 1000) as ok')).rows[0].ok;
  } catch {
    return false;
  } finally {
    await db.end().catch(() => undefined);
  }
};

const run = (script) => {
  log(`\n=== ${script} ===`);
  const started = Date.now();
  const result = spawnSync(process.execPath, [join(BENCH_DIR, script)], {
    stdio: 'inherit',
    env: process.env,
  });
  log(
    `=== ${script}: ${result.status === 0 ? 'done' : `FAILED (${result.status ?? result.signal})`} in ${((Date.now() - started) / 1000).toFixed(0)} s`,
  );
  return result.status === 0;
};

if (args.includes('--generate') || !(await hasData())) {
  if (!run('generate.mjs')) process.exit(1);
}
const failed = (chosen.length > 0 ? chosen : ALL).filter((name) => !run(`${name}.mjs`));
if (failed.length > 0) {
  log(`\nFailed: ${failed.join(', ')}`);
  process.exit(1);
}
log('\nAll benchmarks done; results appended to bench/RESULTS.md.');
