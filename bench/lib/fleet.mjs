// Subscriber fleets (ws-fleet.mjs child processes) driven from the benchmark process.
import { join } from 'node:path';
import { BENCH_DIR, sleep } from './common.mjs';
import { startChild } from './child.mjs';
import { BOARD_SUBSCRIPTION } from './documents.mjs';

export const startFleets = (processes) =>
  Promise.all(
    Array.from({ length: processes }, (_, i) =>
      startChild(join(BENCH_DIR, 'lib', 'ws-fleet.mjs'), { name: `subscriber fleet ${i + 1}` }),
    ),
  );

/** Opens `count` more board subscribers, spread over the fleets; resolves with how many opened and failed. */
export const openSubscribers = async (fleets, url, token, count, concurrency = 40) => {
  const share = (i) => Math.floor(count / fleets.length) + (i < count % fleets.length ? 1 : 0);
  const results = await Promise.all(
    fleets.map((fleet, i) =>
      share(i) === 0
        ? { opened: 0, failed: 0 }
        : fleet.ask('open', {
            url,
            token,
            count: share(i),
            concurrency,
            query: BOARD_SUBSCRIPTION,
            variables: { filter: null },
          }),
    ),
  );
  return {
    opened: results.reduce((s, r) => s + r.opened, 0),
    failed: results.reduce((s, r) => s + r.failed, 0),
  };
};

/** Waits until the api serves `count` subscriptions (graphql-ws has no "subscribed" acknowledgement). */
export const waitForSubscriptions = async (api, count, timeoutMs = 180_000) => {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { subscriptions } = await api.ask('stats');
    if (subscriptions >= count) return subscriptions;
    if (Date.now() > deadline)
      throw new Error(`only ${subscriptions} of ${count} subscriptions after ${timeoutMs} ms`);
    await sleep(100);
  }
};

export const expectEvent = (fleets, key, match) =>
  Promise.all(fleets.map((fleet) => fleet.ask('expect', { key, match })));

/** Waits until `count` messages arrived (or the timeout); returns the receipt times. */
export const collectEvent = async (fleets, count, timeoutMs) => {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const counts = await Promise.all(fleets.map((fleet) => fleet.ask('count')));
    const received = counts.reduce((s, c) => s + c.received, 0);
    if (received >= count || Date.now() > deadline) break;
    await sleep(25);
  }
  const all = await Promise.all(fleets.map((fleet) => fleet.ask('collect')));
  return all.flatMap((c) => c.times);
};

export const closeSubscribers = (fleets) => Promise.all(fleets.map((fleet) => fleet.ask('close')));
