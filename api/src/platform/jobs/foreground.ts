/** When this instance's background work gives way to the requests it is serving, as data. */
export const FOREGROUND_RULES = {
  /** Requests in flight at which the instance counts as busy. */
  busyAt: 4,
  /**
   * It stays busy until it has served fewer for this long: under a steady load the requests in flight dip for a
   * moment whenever a group of them finishes together (one commit answers several), which is no time to start a
   * batch of background work.
   */
  quietMs: 200,
  /**
   * The longest a background step waits for the requests to thin out: under load that never lets up, each consumer
   * still runs a step (a batch) at least this often, so nothing queued is starved.
   */
  maxDeferMs: 1_000,
  /** A step that waited that long and found the instance still busy takes at most this many items (a batch). */
  busyBatch: 5,
} as const;

type ForegroundRules = { [K in keyof typeof FOREGROUND_RULES]: number };

/**
 * The requests an instance is serving, and a gate for its background work: outbox fan-out, deliveries and other
 * jobs, report rollups. Those share the process (and the database) with the requests; in a burst of submissions
 * they took about as much CPU per submission as the submission itself (bench/RESULTS.md, intake), so a background
 * step waits while the instance is busy — for the requests to thin out, at most `maxDeferMs` — and the backlog
 * drains once the burst is over. Nothing is dropped: deferred work is only later. With several instances, an idle
 * one's consumers take the queued jobs meanwhile.
 */
export class Foreground {
  private inFlight = 0;
  /** When the instance last stopped being busy (0: never busy yet). */
  private busyUntil = 0;
  private readonly waiting = new Set<() => void>();
  private timer: ReturnType<typeof setInterval> | null = null;
  /** Background steps that had to wait (metrics). */
  deferred = 0;

  constructor(
    private readonly rules: ForegroundRules = FOREGROUND_RULES,
    private readonly now: () => number = Date.now,
  ) {}

  /** Requests being served now. */
  get requestsInFlight(): number {
    return this.inFlight;
  }

  /** Serving `busyAt` requests or more, or did so less than `quietMs` ago. */
  get busy(): boolean {
    return this.inFlight >= this.rules.busyAt || this.now() - this.busyUntil < this.rules.quietMs;
  }

  /** A request started; the returned function ends it (calling it again does nothing). */
  enter(): () => void {
    this.inFlight += 1;
    let left = false;
    return () => {
      if (left) return;
      left = true;
      if (this.inFlight === this.rules.busyAt) this.busyUntil = this.now();
      this.inFlight -= 1;
    };
  }

  /** The size of a background step of up to `full` items: small while the instance is busy. */
  batch(full: number): number {
    return this.busy ? Math.min(full, this.rules.busyBatch) : full;
  }

  /** Resolves at once when the instance is not busy; otherwise once it is not, or after `maxDeferMs`. */
  clear(): Promise<void> {
    if (!this.busy) return Promise.resolve();
    this.deferred += 1;
    return new Promise((resolve) => {
      const started = this.now();
      const check = (): void => {
        if (this.busy && this.now() - started < this.rules.maxDeferMs) return;
        this.waiting.delete(check);
        if (this.waiting.size === 0 && this.timer !== null) {
          clearInterval(this.timer);
          this.timer = null;
        }
        resolve();
      };
      this.waiting.add(check);
      // one timer for every waiting step, while any waits
      if (this.timer === null) {
        this.timer = setInterval(() => {
          for (const waiter of [...this.waiting]) waiter();
        }, this.rules.quietMs / 4);
        this.timer.unref();
      }
    });
  }
}
