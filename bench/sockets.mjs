// Sockets benchmark: memory per idle subscribed WebSocket at 1k, 5k and 10k connections.
// The api runs in a child process started with --expose-gc; before each reading it collects garbage (3 × gc()) and
// reports process.memoryUsage(). Each socket is a manager's graphql-ws connection with the admin board's
// subscription, then idle. Clients run in two other processes (ulimit -n applies per process).
// Run: node bench/sockets.mjs   (BENCH_SOCKETS=1000,5000 to choose the levels)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  MANAGER_EMAIL,
  appendResult,
  fmt,
  log,
  login,
  pass,
  sleep,
  table,
  writeProfile,
} from './lib/common.mjs';
import { growth, summarizeSnapshot } from './lib/heap.mjs';
import { startApi } from './lib/api-process.mjs';
import { startNoiseMonitor } from './lib/noise.mjs';
import { closeSubscribers, openSubscribers, startFleets, waitForSubscriptions } from './lib/fleet.mjs';

const LEVELS = (process.env.BENCH_SOCKETS ?? '1000,5000,10000').split(',').map(Number);
/** Sockets of the heap-snapshot comparison (a second api process, after the measurement); 0 skips it. */
const PROFILE_SOCKETS = Number(process.env.BENCH_SOCKETS_PROFILE ?? 1000);
const TARGET_KB = 30;
const kb = (bytes) => bytes / 1024;

/** What one socket keeps alive: heap snapshots of a fresh api before and after PROFILE_SOCKETS sockets, compared. */
const profileSockets = async (fleets) => {
  const api = await startApi({ gc: true });
  try {
    const token = await login(api.url, MANAGER_EMAIL);
    await openSubscribers(fleets, api.url, token, 10);
    await waitForSubscriptions(api, 10);
    await closeSubscribers(fleets);
    await sleep(2000);
    const dir = mkdtempSync(join(tmpdir(), 'fixline-heap-'));
    const before = summarizeSnapshot(
      await api.ask('heap-snapshot', { file: join(dir, 'before.heapsnapshot') }),
    );
    await openSubscribers(fleets, api.url, token, PROFILE_SOCKETS, 50);
    await waitForSubscriptions(api, PROFILE_SOCKETS);
    await sleep(3000);
    const after = summarizeSnapshot(
      await api.ask('heap-snapshot', { file: join(dir, 'after.heapsnapshot') }),
    );
    await closeSubscribers(fleets);
    rmSync(dir, { recursive: true, force: true });
    const rows = growth(before, after, PROFILE_SOCKETS, 25);
    const total =
      [...after.values()].reduce((n, e) => n + e.size, 0) -
      [...before.values()].reduce((n, e) => n + e.size, 0);
    return writeProfile(
      'sockets-profile.md',
      [
        `# Sockets profile (${new Date().toISOString()})`,
        '',
        `Heap snapshots of the api before and after ${PROFILE_SOCKETS} idle board subscribers: ${fmt(total / 1024 / PROFILE_SOCKETS, 1)} KB ` +
          'of live heap objects per socket. The kinds that grew the most, per socket (self sizes; objects by constructor, ' +
          'closures by function name):',
        '',
        table(
          ['kind', 'objects per socket', 'bytes per socket'],
          rows.map((r) => [r.key.replaceAll('|', '\\|').slice(0, 80), fmt(r.count, 1), fmt(r.bytes, 0)]),
        ),
        '',
      ].join('\n'),
    );
  } finally {
    await api.stop();
  }
};

const main = async () => {
  const noise = startNoiseMonitor();
  log('sockets: starting the api (--expose-gc) and two client processes …');
  const [api, fleets] = await Promise.all([startApi({ gc: true }), startFleets(2)]);
  const rows = [];
  try {
    const token = await login(api.url, MANAGER_EMAIL);
    // warm-up: a few subscribers, so lazily built code and caches are not counted per socket
    await openSubscribers(fleets, api.url, token, 10);
    await waitForSubscriptions(api, 10);
    await closeSubscribers(fleets);
    await sleep(2000);
    const before = await api.ask('memory', { gc: true });
    log(`  baseline: rss ${fmt(before.rss / 2 ** 20)} MB, heap used ${fmt(before.heapUsed / 2 ** 20)} MB`);
    let open = 0;
    for (const level of LEVELS) {
      const started = Date.now();
      const { failed } = await openSubscribers(fleets, api.url, token, level - open, 50);
      open = level;
      const served = await waitForSubscriptions(api, level);
      await sleep(3000); // idle
      const after = await api.ask('memory', { gc: true });
      const row = {
        level,
        served,
        failed,
        seconds: (Date.now() - started) / 1000,
        rss: after.rss,
        heapUsed: after.heapUsed,
        external: after.external + after.arrayBuffers,
        rssPer: kb(after.rss - before.rss) / level,
        heapPer: kb(after.heapUsed - before.heapUsed) / level,
        externalPer: kb(after.external + after.arrayBuffers - before.external - before.arrayBuffers) / level,
      };
      rows.push(row);
      log(
        `  ${level} sockets (${served} subscriptions, ${failed} failed, ${row.seconds.toFixed(1)} s): rss ${fmt(after.rss / 2 ** 20)} MB → ` +
          `${fmt(row.rssPer, 2)} KB/socket; heap ${fmt(row.heapPer, 2)} KB/socket`,
      );
    }
    await closeSubscribers(fleets);
    const profile = PROFILE_SOCKETS > 0 ? await profileSockets(fleets) : null;
    const body = [
      table(
        [
          'sockets',
          'subscriptions served',
          'api RSS',
          'api heap used',
          'RSS per socket',
          'heap per socket',
          'external+buffers per socket',
          'target',
          'result',
        ],
        [
          [
            '0 (baseline)',
            0,
            `${fmt(before.rss / 2 ** 20)} MB`,
            `${fmt(before.heapUsed / 2 ** 20)} MB`,
            '',
            '',
            '',
            '',
            '',
          ],
          ...rows.map((r) => [
            fmt(r.level, 0),
            fmt(r.served, 0),
            `${fmt(r.rss / 2 ** 20)} MB`,
            `${fmt(r.heapUsed / 2 ** 20)} MB`,
            `${fmt(r.rssPer, 2)} KB`,
            `${fmt(r.heapPer, 2)} KB`,
            `${fmt(r.externalPer, 2)} KB`,
            `≤ ${TARGET_KB} KB`,
            pass(r.rssPer <= TARGET_KB && r.failed === 0),
          ]),
        ],
      ),
    ].join('\n');
    log(`\n${body}\n`);
    await appendResult(
      'sockets',
      body,
      [
        'Per socket = (reading − baseline) / sockets, each reading after 3 forced GCs in the api process; judged on RSS ' +
          '(the process’s real footprint), heap shown for where it goes. Sockets: manager token in connectionParams, the admin ' +
          'board subscription, then idle 3 s.',
        ...(profile === null
          ? []
          : [`What a socket keeps alive (heap snapshots, ${PROFILE_SOCKETS} sockets): ${profile}.`]),
      ],
      noise.stop(),
    );
  } finally {
    await Promise.all([api.stop(), ...fleets.map((f) => f.stop())]);
  }
};

await main();
