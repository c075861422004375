import { Foreground } from '../foreground';
import { startTicker } from '../ticker';

const rules = { busyAt: 2, quietMs: 200, maxDeferMs: 1_000, busyBatch: 5 };
const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Whether `promise` has resolved once pending callbacks ran. */
const resolved = async (promise: Promise<unknown>): Promise<boolean> => {
  let done = false;
  void promise.then(() => (done = true));
  await settle();
  return done;
};

describe('Foreground', () => {
  // the gate's clock and its polling timer move together
  let clock = 0;
  const advance = (ms: number): void => {
    clock += ms;
    jest.advanceTimersByTime(ms);
  };
  beforeEach(() => {
    clock = 1_000_000;
    jest.useFakeTimers({ doNotFake: ['setImmediate'] });
  });
  afterEach(() => jest.useRealTimers());
  const gate = (): Foreground => new Foreground(rules, () => clock);

  it('is busy from `busyAt` requests in flight until it served fewer for `quietMs`', () => {
    const f = gate();
    const first = f.enter();
    expect(f.busy).toBe(false);
    const second = f.enter();
    expect([f.requestsInFlight, f.busy]).toEqual([2, true]);
    second();
    second(); // a request leaves once
    expect(f.requestsInFlight).toBe(1);
    advance(rules.quietMs - 1);
    expect(f.busy).toBe(true);
    advance(1);
    expect(f.busy).toBe(false);
    first();
    expect(f.requestsInFlight).toBe(0);
  });

  it('lets background work through at once when not busy, and waits while busy until it is quiet', async () => {
    const f = gate();
    await expect(resolved(f.clear())).resolves.toBe(true);
    expect(f.deferred).toBe(0);
    const leave = [f.enter(), f.enter(), f.enter()];
    const waiting = f.clear();
    expect(f.deferred).toBe(1);
    leave[0]?.();
    advance(rules.quietMs);
    await expect(resolved(waiting)).resolves.toBe(false); // 2 in flight: still busy
    leave[1]?.();
    advance(rules.quietMs / 2);
    await expect(resolved(waiting)).resolves.toBe(false); // not quiet for long enough yet
    advance(rules.quietMs / 2);
    await expect(resolved(waiting)).resolves.toBe(true);
  });

  it('never defers past maxDeferMs, and takes small steps while still busy', async () => {
    const f = gate();
    f.enter();
    f.enter();
    const waiting = f.clear();
    advance(rules.maxDeferMs - rules.quietMs / 4);
    await expect(resolved(waiting)).resolves.toBe(false);
    advance(rules.quietMs / 4);
    await expect(resolved(waiting)).resolves.toBe(true);
    expect([f.batch(50), f.batch(3)]).toEqual([5, 3]);
  });

  it('holds a ticker’s runs while busy', async () => {
    const f = gate();
    const leave = [f.enter(), f.enter()];
    let runs = 0;
    const ticker = startTicker(
      async () => {
        runs += 1;
      },
      60_000,
      (error) => {
        throw error;
      },
      f,
    );
    await settle();
    expect(runs).toBe(0);
    leave[0]?.();
    advance(rules.quietMs);
    await settle();
    await settle();
    expect(runs).toBe(1);
    expect(f.batch(50)).toBe(50);
    await ticker.stop();
  });
});
