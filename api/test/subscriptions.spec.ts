import { GraphQLInt, GraphQLObjectType, GraphQLSchema, parse, type ExecutionResult } from 'graphql';
import { SharedPayloads, shareSource, subscribeShared } from '../src/platform/graphql/subscriptions';
import { demoIds, submit, until } from './fixtures';
import { startTestApp, type TestApp } from './harness';

const counts = async (t: TestApp): Promise<{ executed: number; shared: number }> => {
  const text = await (await fetch(`${t.url}/metrics`)).text();
  const read = (kind: string) =>
    Number(new RegExp(`fixline_subscription_results_total\\{kind="${kind}"\\} (\\d+)`).exec(text)?.[1] ?? 0);
  return { executed: read('executed'), shared: read('shared') };
};

type Change = {
  workOrderChanged: { kind: string; workOrder: { id: string; title: string; unreadMessageCount: number } };
};

const BOARD = `subscription { workOrderChanged { kind workOrder { id title unreadMessageCount } } }`;
const OTHER = `subscription Other { workOrderChanged { kind workOrder { id title } } }`;

describe('subscriptions: an event is resolved once per identical subscriber, never shared across viewers', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  }, 30_000);
  afterAll(async () => {
    await t?.stop();
  });

  it('12 boards of one manager share one execution; another document, another viewer and a tenant get their own', async () => {
    const [manager, admin, tenant, tenant2] = await Promise.all([
      t.login('manager@demo.test'),
      t.login('admin@demo.test'),
      t.login('tenant@demo.test'),
      t.login('tenant2@demo.test'),
    ]);
    const boards = await Promise.all(
      Array.from({ length: 12 }, () => t.subscribe<Change>(BOARD, {}, manager)),
    );
    const other = await t.subscribe<Change>(OTHER, {}, manager);
    const adminBoard = await t.subscribe<Change>(BOARD, {}, admin);
    const mine = await t.subscribe<Change>(BOARD, {}, tenant);
    const neighbour = await t.subscribe<Change>(BOARD, {}, tenant2);
    const before = await counts(t);

    const ids = await demoIds(t, tenant);
    const created = await submit(t, tenant, {
      unitId: ids.unitId,
      categoryId: ids.category('GENERAL'),
      severity: 'LOW',
      title: 'Shared execution check',
      description: 'A loose cabinet hinge.',
    });
    const id = created.workOrder?.id as string;
    const isIt = (e: Change) => e.workOrderChanged.workOrder.id === id;
    const received = await Promise.all([...boards, other, adminBoard, mine].map((s) => s.next(isIt)));
    expect(new Set(received.slice(0, 12).map((e) => JSON.stringify(e))).size).toBe(1);
    expect(received[12]?.workOrderChanged.workOrder).toEqual({ id, title: 'Shared execution check' });
    expect(received[14]?.workOrderChanged.workOrder.title).toBe('Shared execution check');

    // the CREATED event and its triage follow-ups: every event is executed 4 times (manager ×2 documents, admin,
    // the requesting tenant), shared 11 times; the other tenant sees none of it
    const after = await until('the counters to settle', async () => {
      const first = await counts(t);
      await new Promise((r) => setTimeout(r, 400));
      const second = await counts(t);
      return second.shared - before.shared >= 11 && JSON.stringify(first) === JSON.stringify(second)
        ? second
        : null;
    });
    const events = (after.executed - before.executed) / 4;
    expect(Number.isInteger(events) && events >= 1).toBe(true);
    expect(after.shared - before.shared).toBe(11 * events);
    expect(neighbour.events.some(isIt)).toBe(false);
    await Promise.all([...boards, other, adminBoard, mine, neighbour].map((s) => s.close()));
  });

  it('a group of identical boards outlives the subscriber that started it, and a new one starts after the last leaves', async () => {
    const [manager, tenant] = await Promise.all([t.login('manager@demo.test'), t.login('tenant@demo.test')]);
    const ids = await demoIds(t, tenant);
    const changeOne = async (title: string) => {
      const created = await submit(t, tenant, {
        unitId: ids.unitId,
        categoryId: ids.category('GENERAL'),
        severity: 'LOW',
        title,
        description: 'A squeaky door.',
      });
      const id = created.workOrder?.id as string;
      return (e: Change) => e.workOrderChanged.workOrder.id === id;
    };
    const founder = await t.subscribe<Change>(BOARD, {}, manager);
    const second = await t.subscribe<Change>(BOARD, {}, manager);
    const third = await t.subscribe<Change>(BOARD, {}, manager);
    const first = await changeOne('Group check one');
    await Promise.all([founder, second, third].map((s) => s.next(first)));

    // the subscriber whose stream feeds the group leaves: the others still hear every change
    await founder.close();
    const afterFounder = await changeOne('Group check two');
    const received = await Promise.all([second, third].map((s) => s.next(afterFounder)));
    expect(received.map((e) => e.workOrderChanged.workOrder.title)).toEqual([
      'Group check two',
      'Group check two',
    ]);
    expect(founder.events.some(afterFounder)).toBe(false);

    // everyone leaves; the next identical board starts a group of its own
    await Promise.all([second, third].map((s) => s.close()));
    const again = await t.subscribe<Change>(BOARD, {}, manager);
    const afterAll = await changeOne('Group check three');
    expect((await again.next(afterAll)).workOrderChanged.workOrder.title).toBe('Group check three');
    expect(second.events.some(afterAll) || third.events.some(afterAll)).toBe(false);
    await again.close();
  });
});

describe('subscriptions: a shared result is serialized once', () => {
  const message = (payloads: SharedPayloads, msg: object): string =>
    payloads.expand(
      JSON.stringify(msg, function (this: unknown, key: string, value: unknown) {
        return payloads.replacer(this, key, value);
      }),
    );

  it('sends the same text as plain JSON for next messages, and leaves every other message alone', () => {
    const payloads = new SharedPayloads();
    const result = { data: { workOrderChanged: { kind: 'CREATED', title: 'Quote " and \\ and \u2028' } } };
    for (const id of ['a', 'b']) {
      const next = { id, type: 'next', payload: result };
      expect(message(payloads, next)).toBe(JSON.stringify(next));
    }
    const error = { id: 'c', type: 'error', payload: [{ message: 'no' }] };
    expect(message(payloads, error)).toBe(JSON.stringify(error));
    expect(message(payloads, { type: 'connection_ack' })).toBe('{"type":"connection_ack"}');
    // a message that never reached a socket leaves nothing behind for the next one
    JSON.stringify(
      { id: 'd', type: 'next', payload: result },
      function (this: unknown, k: string, v: unknown) {
        return payloads.replacer(this, k, v);
      },
    );
    const other = { id: 'e', type: 'next', payload: { data: { x: 1 } } };
    expect(message(payloads, other)).toBe(JSON.stringify(other));
  });
});

describe('subscriptions: a group of identical subscribers', () => {
  /** A subscription field over a stream the test feeds; `ended` counts the streams that were closed. */
  const fixture = () => {
    const feeds: ((n: number) => void)[] = [];
    let ended = 0;
    const stream = (): AsyncIterableIterator<number> => {
      const queue: number[] = [];
      let wake: (() => void) | null = null;
      feeds.push((n) => {
        queue.push(n);
        wake?.();
      });
      const it: AsyncIterableIterator<number> = {
        [Symbol.asyncIterator]: () => it,
        next: async () => {
          while (queue.length === 0) await new Promise<void>((resolve) => (wake = resolve));
          return { done: false, value: queue.shift() as number };
        },
        return: async () => {
          ended += 1;
          return { done: true, value: undefined };
        },
      };
      return shareSource(it);
    };
    const schema = new GraphQLSchema({
      query: new GraphQLObjectType({ name: 'Query', fields: { ok: { type: GraphQLInt } } }),
      subscription: new GraphQLObjectType({
        name: 'Subscription',
        fields: { tick: { type: GraphQLInt, subscribe: stream, resolve: (n: number) => n } },
      }),
    });
    const document = parse('subscription { tick }');
    const subscribe = subscribeShared(() => undefined, { maxQueued: 3 });
    const open = async () => {
      const closed: number[] = [];
      const contextValue = { viewer: null, closeConnection: (code: number) => closed.push(code) };
      const result = await subscribe({ schema, document, contextValue });
      return { it: result as AsyncIterableIterator<ExecutionResult>, closed };
    };
    return { feeds, open, ended: () => ended };
  };

  it('listens once, hands every member each result, and closes the socket of one that falls too far behind', async () => {
    const f = fixture();
    const reader = await f.open();
    const idle = await f.open();
    const first = reader.it.next();
    expect(f.feeds).toHaveLength(2); // the second subscriber's own stream was made …
    expect(f.ended()).toBe(1); // … and closed before it started: the group listens once
    f.feeds[0]?.(1);
    expect((await first).value).toEqual({ data: { tick: 1 } });
    for (const n of [2, 3, 4, 5]) {
      const next = reader.it.next();
      f.feeds[0]?.(n);
      expect((await next).value).toEqual({ data: { tick: n } });
    }
    // the idle one held 3 results, then was dropped with 1013 (reconnect and refetch)
    expect(idle.closed).toEqual([1013]);
    expect(reader.closed).toEqual([]);
    expect((await idle.it.next()).done).toBe(true);
    // the last member leaving stops the group's stream
    await reader.it.return?.();
    expect(f.ended()).toBe(2);
  });
});
