import { startTicker } from '../ticker';

const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** A task whose runs each wait until released, recording when they start. */
const gatedTask = () => {
  const releases: (() => void)[] = [];
  let runs = 0;
  const task = (): Promise<void> => {
    runs += 1;
    return new Promise<void>((resolve) => releases.push(resolve));
  };
  const releaseNext = async (): Promise<void> => {
    releases.shift()?.();
    // let the ticker's promise chain start the next run, if one is queued (all pending microtasks run first)
    await settle();
  };
  return { task, releaseNext, runs: () => runs };
};

describe('ticker', () => {
  it('runs at start, then once more for any number of ticks during a run', async () => {
    const g = gatedTask();
    const ticker = startTicker(g.task, 60_000, (error) => {
      throw error;
    });
    await settle();
    expect(g.runs()).toBe(1);
    for (let i = 0; i < 10; i += 1) ticker.tick();
    await g.releaseNext();
    expect(g.runs()).toBe(2);
    // a tick once the queued run has started queues one more (it may have missed what that tick announces)
    ticker.tick();
    ticker.tick();
    await g.releaseNext();
    expect(g.runs()).toBe(3);
    await g.releaseNext();
    expect(g.runs()).toBe(3);
    await ticker.stop();
    ticker.tick();
    await g.releaseNext();
    expect(g.runs()).toBe(3);
  });

  it('runs again after a failed run', async () => {
    const errors: unknown[] = [];
    let runs = 0;
    const ticker = startTicker(
      () => {
        runs += 1;
        return runs === 1 ? Promise.reject(new Error('boom')) : Promise.resolve();
      },
      60_000,
      (error) => errors.push(error),
    );
    await settle();
    ticker.tick();
    await settle();
    await ticker.stop();
    expect(errors).toHaveLength(1);
    expect(runs).toBe(2);
  });
});
