// Login throttling: at most N failures per key in a sliding window, and an exponential backoff after a
// threshold. Kept in memory: one Jianfu process serves a deployment; a restart forgets the counts.
export interface LimiterOptions {
  maxFailures: number;
  windowMs: number;
  /** Milliseconds since the epoch, from the app clock. */
  now: () => number;
}

export class LoginLimiter {
  private readonly failures = new Map<string, number[]>();
  private readonly now: () => number;

  constructor(private readonly opts: LimiterOptions) {
    this.now = opts.now;
  }

  private recent(key: string): number[] {
    const since = this.now() - this.opts.windowMs;
    const list = (this.failures.get(key) ?? []).filter((t) => t > since);
    if (list.length) this.failures.set(key, list);
    else this.failures.delete(key);
    return list;
  }

  /** Seconds to wait before the next attempt, or 0 when allowed. */
  retryAfter(keys: string[]): number {
    let wait = 0;
    for (const key of keys) {
      const list = this.recent(key);
      if (list.length >= this.opts.maxFailures) {
        wait = Math.max(wait, Math.ceil((list[0] + this.opts.windowMs - this.now()) / 1000));
      }
    }
    return wait;
  }

  /**
   * Seconds to wait under an exponential backoff: from the `after`-th failure in the window on, each
   * attempt waits `2^(n - after)` seconds (at most `maxSeconds`) after the latest failure. It slows a
   * guesser down without locking the real user out for the whole window.
   */
  backoff(key: string, after: number, maxSeconds: number): number {
    const list = this.recent(key);
    if (list.length < after) return 0;
    const wait = Math.min(maxSeconds, 2 ** (list.length - after)) * 1000;
    return Math.max(0, Math.ceil((list[list.length - 1] + wait - this.now()) / 1000));
  }

  fail(keys: string[]): void {
    for (const key of keys) this.failures.set(key, [...this.recent(key), this.now()]);
  }

  succeed(keys: string[]): void {
    for (const key of keys) this.failures.delete(key);
  }
}
