// The api under test, in a child process of the benchmark: startApp from api/dist with the environment it was
// given. Over IPC it answers memory questions (after a forced GC when started with --expose-gc), the number of
// WebSockets and subscriptions, and it can trace the SQL statements the api sends (a wrapper around the pg driver's
// Client#query, installed here — the api's code is not changed).
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { writeHeapSnapshot } from 'node:v8';
import { API_DIR } from './common.mjs';

const apiRequire = createRequire(join(API_DIR, 'dist', 'main.js'));
const pg = apiRequire('pg');

/**
 * Left out of traces: the job queue's polling, the webhook outbox scan (both run on timers, not for a request) and
 * transaction control (BEGIN/COMMIT, which the outbox scan issues every second too).
 */
const BACKGROUND = /pgboss|webhook_fanout_at|pg_advisory|^\s*(begin|commit|rollback)\b/i;
let trace = null;
/** Increases with every trace-start, so that a statement sent before it (e.g. a cancelled one) stays out. */
let generation = 0;
/** Statements sent while tracing and not answered yet (reported as running when the trace stops). */
const pending = new Set();

const originalQuery = pg.Client.prototype.query;
pg.Client.prototype.query = function tracedQuery(config, values, callback) {
  if (trace === null || typeof config?.submit === 'function') {
    return originalQuery.call(this, config, values, callback);
  }
  const text = typeof config === 'string' ? config : config.text;
  const params = typeof config === 'string' || config.values === undefined ? values : config.values;
  const started = performance.now();
  const statement = { sql: text, params: Array.isArray(params) ? params : [], started, generation };
  if (!BACKGROUND.test(text)) pending.add(statement);
  const record = () => {
    pending.delete(statement);
    if (trace !== null && statement.generation === generation && !BACKGROUND.test(text)) {
      trace.push({ sql: text, params: statement.params, ms: performance.now() - started });
    }
  };
  const cb = typeof values === 'function' ? values : callback;
  if (typeof cb === 'function') {
    const wrapped = (error, result) => {
      record();
      cb(error, result);
    };
    return typeof values === 'function'
      ? originalQuery.call(this, config, wrapped)
      : originalQuery.call(this, config, values, wrapped);
  }
  const result = originalQuery.call(this, config, values, callback);
  if (result && typeof result.then === 'function') result.then(record, record);
  return result;
};

const { startApp } = apiRequire(join(API_DIR, 'dist', 'main.js'));
const app = await startApp({ env: process.env });

const memory = async (collect) => {
  if (collect && typeof global.gc === 'function') {
    for (let i = 0; i < 3; i++) {
      global.gc();
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  return process.memoryUsage();
};

let profiler = null;
const post = (session, method, params = {}) =>
  new Promise((ok, fail) =>
    session.post(method, params, (error, result) => (error ? fail(error) : ok(result))),
  );

process.on('message', async (message) => {
  const reply = (result) => process.send({ id: message.id, result });
  switch (message.cmd) {
    case 'memory':
      reply(await memory(message.gc === true));
      break;
    case 'stats':
      reply({
        subscriptions: app.http.activeSubscriptions(),
        subscriptionsStarted: app.http.subscriptionsStarted(),
      });
      break;
    case 'trace-start':
      generation += 1;
      trace = [];
      pending.clear();
      reply(true);
      break;
    case 'trace-stop': {
      const running = [...pending]
        .filter((p) => p.generation === generation)
        .map((p) => ({
          sql: p.sql,
          params: p.params,
          ms: performance.now() - p.started,
          running: true,
        }));
      const statements = [...(trace ?? []), ...running];
      trace = null;
      pending.clear();
      reply(statements);
      break;
    }
    case 'profile-start':
      // a CPU profile of just the part of a benchmark that matters (cpu-profile.mjs: the subscribers' writes)
      profiler = new Session();
      profiler.connect();
      await post(profiler, 'Profiler.enable');
      await post(profiler, 'Profiler.setSamplingInterval', { interval: 200 });
      await post(profiler, 'Profiler.start');
      reply(true);
      break;
    case 'profile-stop': {
      const { profile } = await post(profiler, 'Profiler.stop');
      profiler.disconnect();
      profiler = null;
      writeFileSync(message.file, JSON.stringify(profile));
      reply(message.file);
      break;
    }
    case 'heap-snapshot':
      await memory(true);
      reply(writeHeapSnapshot(message.file));
      break;
    case 'stop': {
      // a bounded graceful stop, then a normal exit (which also writes --cpu-prof profiles)
      const started = performance.now();
      const stopped = await Promise.race([
        app.stop().then(() => true),
        new Promise((resolve) => setTimeout(() => resolve(false), 10_000)),
      ]);
      if (!stopped) process.stderr.write('api: stop took over 10 s; exiting anyway\n');
      else if (process.env.BENCH_DEBUG)
        process.stderr.write(`api: stopped in ${(performance.now() - started).toFixed(0)} ms\n`);
      reply(true);
      process.exit(0);
      break;
    }
    default:
      reply(null);
  }
});

// the benchmark died: don't linger
process.on('disconnect', () => process.exit(1));
process.send({ ready: true, url: app.url.replace('localhost', '127.0.0.1'), pid: process.pid });
