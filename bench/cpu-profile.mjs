// Where the api's CPU goes under one benchmark's load: runs the api with --cpu-prof, drives it with the load of the
// board or intake benchmark for 15 s, and writes the self time by package and by function to
// bench/results/cpu-<name>.md (the raw .cpuprofile stays next to it, for Chrome DevTools). Not part of run-all; the
// requests it submits are deleted again.
// Run: node bench/cpu-profile.mjs board|intake|subscribers
import { mkdtempSync, readFileSync, readdirSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startChild } from './lib/child.mjs';
import {
  BENCH_DIR,
  MANAGER_EMAIL,
  PROFILE_DIR,
  TENANT_EMAILS,
  apiEnv,
  globalId,
  gql,
  log,
  login,
  pool,
  table,
  writeProfile,
} from './lib/common.mjs';
import { BOARD_QUERY, SUBMIT_REQUEST } from './lib/documents.mjs';
import {
  closeSubscribers,
  collectEvent,
  expectEvent,
  openSubscribers,
  startFleets,
  waitForSubscriptions,
} from './lib/fleet.mjs';
import { cannon } from './lib/load.mjs';
import { deleteSubmitted } from './lib/sql.mjs';

const name = process.argv[2];
if (!['board', 'intake', 'subscribers'].includes(name))
  throw new Error('usage: node bench/cpu-profile.mjs board|intake|subscribers');

const where = (url) => {
  if (url === '') return '(native / V8)';
  const nm = url.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = url.slice(nm + 'node_modules/'.length).split('/');
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  if (url.includes('/api/dist/'))
    return `api/dist/${url.split('/api/dist/')[1].split('/').slice(0, 2).join('/')}`;
  if (url.startsWith('node:')) return url;
  return url.split('/').slice(-2).join('/');
};

const summarize = (file) => {
  const profile = JSON.parse(readFileSync(file, 'utf8'));
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  let total = 0;
  // the inspector's own work (stopping the profiler of the subscribers load) is not the api's
  const parents = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parents.set(c, n.id);
  const inspector = (id) => {
    for (let at = id; at !== undefined; at = parents.get(at))
      if (nodes.get(at).callFrame.url === 'node:inspector') return true;
    return false;
  };
  profile.samples.forEach((id, i) => {
    if (inspector(id)) return;
    const dt = profile.timeDeltas[i] ?? 0;
    self.set(id, (self.get(id) ?? 0) + dt);
    total += dt;
  });
  const byPackage = new Map();
  const byFunction = new Map();
  for (const [id, t] of self) {
    const { callFrame } = nodes.get(id);
    const pkg = ['(idle)', '(garbage collector)', '(program)'].includes(callFrame.functionName)
      ? callFrame.functionName
      : where(callFrame.url);
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + t);
    const file = callFrame.url.split('/').pop() ?? '';
    const fn = `${callFrame.functionName || '(anonymous)'} — ${where(callFrame.url)}${file && !where(callFrame.url).endsWith(file) ? ` ${file}` : ''}:${callFrame.lineNumber + 1}`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + t);
  }
  const top = (map, n) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, t]) => [k.replaceAll('|', '\\|'), `${((100 * t) / total).toFixed(1)} %`]);
  return { seconds: total / 1e6, byPackage: top(byPackage, 20), byFunction: top(byFunction, 30) };
};

const load = async (api) => {
  if (name === 'board') {
    const token = await login(api.url, MANAGER_EMAIL);
    const requests = ['NEW', 'ASSIGNED', 'SCHEDULED', 'COMPLETED'].map((status) => ({
      method: 'POST',
      path: '/graphql',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: BOARD_QUERY, variables: { filter: { statuses: [status] }, first: 50 } }),
    }));
    return cannon({ url: api.url, requests, duration: 15, connections: 10 });
  }
  if (name === 'intake') {
    const tokens = [];
    for (const email of TENANT_EMAILS) tokens.push(await login(api.url, email));
    let n = 0;
    const run = `bench-cpu-${Date.now().toString(36)}`;
    const request = {
      method: 'POST',
      path: '/graphql',
      headers: { 'content-type': 'application/json' },
      setupRequest: (req) => {
        n += 1;
        return {
          ...req,
          headers: { ...req.headers, authorization: `Bearer ${tokens[n % tokens.length]}` },
          body: JSON.stringify({
            query: SUBMIT_REQUEST,
            variables: {
              input: {
                categoryId: globalId('Category', 4),
                severity: 'ROUTINE',
                title: 'Oven does not heat',
                description: 'The oven light comes on but it stays cold.',
                idempotencyKey: `${run}-${n}`,
              },
            },
          }),
        };
      },
    };
    const result = await cannon({ url: api.url, requests: [request], duration: 15, connections: 10 });
    const db = pool(1);
    await deleteSubmitted(db, `${run}%`);
    await db.end();
    return result;
  }
  // subscribers: 1,000 board subscribers (BENCH_PROFILE_SUBSCRIBERS), 3 priority changes
  const subscribers = Number(process.env.BENCH_PROFILE_SUBSCRIBERS ?? 1000);
  const fleets = await startFleets(2);
  try {
    const token = await login(api.url, MANAGER_EMAIL);
    const tenant = await login(api.url, TENANT_EMAILS[0]);
    const { body } = await gql(
      api.url,
      SUBMIT_REQUEST,
      {
        input: {
          categoryId: globalId('Category', 7),
          severity: 'ROUTINE',
          title: 'Benchmark: hallway light flickers',
          description: 'Created by bench/cpu-profile.mjs.',
          idempotencyKey: `bench-cpu-subscribers-${Date.now()}`,
        },
      },
      tenant,
    );
    const workOrderId = body.data.submitMaintenanceRequest.workOrder.id;
    await openSubscribers(fleets, api.url, token, subscribers);
    await waitForSubscriptions(api, subscribers);
    // only the writes and their fan-out are profiled, not the sockets' set-up
    await api.ask('profile-start');
    for (let k = 0; k < 3; k++) {
      await expectEvent(fleets, `cpu${k}`, workOrderId);
      await gql(
        api.url,
        `mutation T($input: TriageWorkOrderInput!) { triageWorkOrder(input: $input) { userErrors { code } } }`,
        {
          input: { workOrderId, priority: k % 2 === 0 ? 'URGENT' : 'ROUTINE', reason: 'Benchmark: profile' },
        },
        token,
      );
      await collectEvent(fleets, subscribers, 120_000);
    }
    await api.ask('profile-stop', { file: join(PROFILE_DIR, `cpu-${name}.cpuprofile`) });
    await closeSubscribers(fleets);
    const db = pool(1);
    await deleteSubmitted(db, 'bench-cpu-subscribers-%');
    await db.end();
    return { rps: NaN, p50: NaN, p99: NaN };
  } finally {
    await Promise.all(fleets.map((f) => f.stop()));
  }
};

const main = async () => {
  const dir = mkdtempSync(join(tmpdir(), 'fixline-cpu-'));
  const api = await startChild(join(BENCH_DIR, 'lib', 'api-child.mjs'), {
    env: apiEnv(),
    execArgv: name === 'subscribers' ? [] : ['--cpu-prof', `--cpu-prof-dir=${dir}`],
    name: 'api',
  });
  let result;
  try {
    result = await load(api);
  } finally {
    await api.stop(); // the profile is written as the process exits
  }
  const kept = join(PROFILE_DIR, `cpu-${name}.cpuprofile`);
  if (name !== 'subscribers') {
    // the whole run (--cpu-prof); the subscribers load profiled its writes itself (profile-start/stop)
    const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
    if (file === undefined) throw new Error('no .cpuprofile was written');
    renameSync(join(dir, file), kept);
  }
  const summary = summarize(kept);
  const out = writeProfile(
    `cpu-${name}.md`,
    [
      `# CPU profile of the api under the ${name} load (${new Date().toISOString()})`,
      '',
      `${summary.seconds.toFixed(1)} s of samples; load: ${Number.isNaN(result.rps) ? `${Number(process.env.BENCH_PROFILE_SUBSCRIBERS ?? 1000).toLocaleString('en-US')} subscribers, 3 writes` : `${result.rps.toFixed(1)} req/s, p50 ${result.p50} ms, p99 ${result.p99} ms`}. ` +
        `Raw profile: bench/results/cpu-${name}.cpuprofile (open in Chrome DevTools → Performance).`,
      '',
      '## Self time by package',
      '',
      table(['where', 'self time'], summary.byPackage),
      '',
      '## Self time by function',
      '',
      table(['function', 'self time'], summary.byFunction),
      '',
    ].join('\n'),
  );
  log(`CPU profile summary: ${out}`);
};

await main();
