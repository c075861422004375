/** When this instance's background work gives way to the requests it is serving, as data. */
export const FOREGROUND_RULES = {
  /** Requests in flight at which the instance counts as busy. */
  busyAt: 4,
  /**
   * The longest a background step waits for the requests to thin out: under load that never lets up, each consumer
   * still runs a step (a batch) at least this often, so nothing queued is starved.
   */
  maxDeferMs: 1_000,
  /** A step that waited that long and found the instance still busy takes at most this many items (a batch). */
  busyBatch: 5,
} as const;

/**
 * The requests an instance is serving, and a gate for its background work: outbox fan-out, deliveries and other
 * jobs, report rollups. Those share the process (and the database) with the requests; in a burst of submissions
 * they would take about as much CPU per submission as the submission itself (bench/RESULTS.md, intake), so a
 * background step waits while the instance is busy — for the requests to thin out, at most
 * `FOREGROUND_RULES.maxDeferMs` — and the backlog drains once the burst is over. Nothing is dropped: deferred work
 * is only later. With several instances, an idle one's consumers take the queued jobs meanwhile.
 */
export class Foreground {
  private inFlight = 0;
  private readonly waiting = new Set<() => void>();
  /** Background steps that had to wait (metrics). */
  deferred = 0;

  constructor(
    private readonly rules: { busyAt: number; maxDeferMs: number; busyBatch: number } = FOREGROUND_RULES,
  ) {}

  /** Requests being served now. */
  get requestsInFlight(): number {
    return this.inFlight;
  }

  get busy(): boolean {
    return this.inFlight >= this.rules.busyAt;
  }

  /** A request started; the returned function ends it (calling it again does nothing). */
  enter(): () => void {
    this.inFlight += 1;
    let left = false;
    return () => {
      if (left) return;
      left = true;
      this.inFlight -= 1;
      if (!this.busy) for (const release of [...this.waiting]) release();
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
      const release = (): void => {
        clearTimeout(timer);
        this.waiting.delete(release);
        resolve();
      };
      const timer = setTimeout(release, this.rules.maxDeferMs);
      this.waiting.add(release);
    });
  }
}
