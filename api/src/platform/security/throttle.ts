/** Counts failures per key in a sliding window; `blockedFor` says how long a key must wait. In-process. */
export class Throttle {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly maxFailures: number,
    private readonly windowMs: number,
  ) {}

  private recent(key: string, now: number): number[] {
    const times = (this.failures.get(key) ?? []).filter((t) => now - t < this.windowMs);
    if (times.length === 0) this.failures.delete(key);
    else this.failures.set(key, times);
    return times;
  }

  /** Milliseconds until the key may try again; 0 when it may now. */
  blockedFor(key: string, now = Date.now()): number {
    const times = this.recent(key, now);
    return times.length < this.maxFailures ? 0 : this.windowMs - (now - (times[0] as number));
  }

  fail(key: string, now = Date.now()): void {
    this.failures.set(key, [...this.recent(key, now), now]);
  }

  reset(key: string): void {
    this.failures.delete(key);
  }
}
