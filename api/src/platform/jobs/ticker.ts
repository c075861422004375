/** A background loop started by `startTicker`. */
export interface Ticker {
  /** Asks for a run now (after the one in progress, if any). */
  tick(): void;
  /** No new runs; resolves once the run in progress has finished. */
  stop(): Promise<void>;
}

/**
 * Runs `task` at start, every `intervalMs`, and whenever `tick()` is called — one run at a time: a tick during a run
 * queues one run behind it, and further ticks meanwhile add nothing (that queued run, starting after them, covers
 * them). Under a stream of changes, runs find the changes of a whole run's time together instead of one run per
 * change. A failed run goes to `onError`; the next tick simply runs again. `task` is told whether the ticker was
 * stopped, to end a long drain early. A `gate` (the instance's `Foreground`) is awaited before each run: background
 * work waits while the instance is busy serving requests.
 */
export const startTicker = (
  task: (stopped: () => boolean) => Promise<unknown>,
  intervalMs: number,
  onError: (error: unknown) => void,
  gate?: { clear(): Promise<void> },
): Ticker => {
  let running: Promise<unknown> = Promise.resolve();
  let queued = false;
  let stopped = false;
  const isStopped = (): boolean => stopped;
  const tick = (): void => {
    if (stopped || queued) return;
    queued = true;
    running = running
      .then(async () => {
        queued = false;
        await gate?.clear();
        if (!stopped) await task(isStopped);
      })
      .catch(onError);
  };
  const timer = setInterval(tick, intervalMs);
  tick();
  return {
    tick,
    stop: async () => {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
};
