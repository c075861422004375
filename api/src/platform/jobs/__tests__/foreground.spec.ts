import { Foreground } from '../foreground';
import { startTicker } from '../ticker';

const rules = { busyAt: 2, maxDeferMs: 60_000, busyBatch: 5 };
const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Whether `promise` has resolved once pending callbacks ran. */
const resolved = async (promise: Promise<unknown>): Promise<boolean> => {
  let done = false;
  void promise.then(() => (done = true));
  await settle();
  return done;
};

describe('Foreground', () => {
  afterEach(() => jest.useRealTimers());

  it('is busy from `busyAt` requests in flight, and a request leaves once however often it ends', () => {
    const f = new Foreground(rules);
    const first = f.enter();
    expect(f.busy).toBe(false);
    const second = f.enter();
    expect([f.requestsInFlight, f.busy]).toEqual([2, true]);
    second();
    second();
    expect([f.requestsInFlight, f.busy]).toEqual([1, false]);
    first();
    expect(f.requestsInFlight).toBe(0);
  });

  it('lets background work through at once when not busy, and waits while busy until requests thin out', async () => {
    const f = new Foreground(rules);
    await expect(resolved(f.clear())).resolves.toBe(true);
    expect(f.deferred).toBe(0);
    const leave = [f.enter(), f.enter(), f.enter()];
    const waiting = f.clear();
    expect(f.deferred).toBe(1);
    leave[0]?.();
    await expect(resolved(waiting)).resolves.toBe(false); // 2 in flight: still busy
    leave[1]?.();
    await expect(resolved(waiting)).resolves.toBe(true);
  });

  it('never defers past maxDeferMs, and takes small steps while still busy', async () => {
    jest.useFakeTimers({ doNotFake: ['setImmediate'] });
    const f = new Foreground(rules);
    f.enter();
    f.enter();
    const waiting = f.clear();
    jest.advanceTimersByTime(rules.maxDeferMs - 1);
    await expect(resolved(waiting)).resolves.toBe(false);
    jest.advanceTimersByTime(1);
    await expect(resolved(waiting)).resolves.toBe(true);
    expect([f.batch(50), f.batch(3)]).toEqual([5, 3]);
  });

  it('holds a ticker’s runs while busy', async () => {
    const f = new Foreground(rules);
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
    await settle();
    await settle();
    expect(runs).toBe(1);
    expect(f.batch(50)).toBe(50);
    await ticker.stop();
  });
});
