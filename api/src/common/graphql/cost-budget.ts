/**
 * A token bucket of query cost per key (a user, or an address when anonymous): it holds `perMinute` and refills at that
 * rate, so a person paging through the console never waits while one caller cannot keep the server busy with a
 * stream of maximum-cost requests. In memory on purpose, unlike the sign-in throttles (which move to PostgreSQL so
 * that a restart or a second process gives no extra password guesses): this budget only ever delays the same caller,
 * and a restart that forgets it lets them in sooner, which costs nothing but a moment of load.
 */
export class CostBudget {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly perMinute: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Takes `cost` from `key`'s bucket and answers 0, or answers the seconds until it would fit and takes nothing. */
  take(key: string, cost: number): number {
    if (!Number.isFinite(this.perMinute)) return 0;
    const now = this.now();
    const perMs = this.perMinute / 60_000;
    const bucket = this.buckets.get(key) ?? { tokens: this.perMinute, at: now };
    bucket.tokens = Math.min(this.perMinute, bucket.tokens + (now - bucket.at) * perMs);
    bucket.at = now;
    this.buckets.set(key, bucket);
    if (this.buckets.size > 100_000) this.prune(now, perMs);
    if (bucket.tokens < cost) return Math.max(1, Math.ceil((cost - bucket.tokens) / perMs / 1000));
    bucket.tokens -= cost;
    return 0;
  }

  /** Buckets that have refilled are the same as none. */
  private prune(now: number, perMs: number): void {
    for (const [key, b] of this.buckets) if (b.tokens + (now - b.at) * perMs >= this.perMinute) this.buckets.delete(key);
  }
}
