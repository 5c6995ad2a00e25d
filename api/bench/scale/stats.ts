/**
 * The arithmetic of the scale benchmark: percentiles, summaries and ratios. Pure, unit-tested
 * (`test/bench-scale.spec.ts`), so that what RESULTS.md calls a p95 is what statisticians call one.
 */

/**
 * The nearest-rank percentile: the smallest sample such that at least p % of the samples are at or below it
 * (rank ⌈p/100 · n⌉, 1-based). `sorted` must be ascending; NaN for no samples. p = 0 is the minimum.
 */
export function percentile(sorted: readonly number[], p: number): number {
  if (!sorted.length) return Number.NaN;
  if (!(p >= 0 && p <= 100)) throw new RangeError(`percentile: p must be within 0…100, got ${p}`);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1]!;
}

export interface Summary {
  /** Requests measured. */
  n: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
  /** Requests per second over the wall time the requests took (all clients together). */
  throughput: number;
}

/** Latencies in ms and the wall time in ms during which they were taken (all clients together). */
export function summarize(latencies: readonly number[], wallMs: number): Summary {
  const sorted = [...latencies].sort((a, b) => a - b);
  const n = sorted.length;
  return {
    n,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: n ? sorted[n - 1]! : Number.NaN,
    mean: n ? sorted.reduce((s, x) => s + x, 0) / n : Number.NaN,
    throughput: wallMs > 0 ? (n * 1000) / wallMs : Number.NaN,
  };
}

/** A target: `value` against `limit`, met when at or below it (`atMost`) or at or above it (`atLeast`). */
export interface Verdict {
  met: boolean | null;
  /** value / limit: below 1 is better for `atMost`, above 1 for `atLeast`. Null when not measured. */
  ratio: number | null;
}

export function judge(value: number | null | undefined, limit: number, kind: 'atMost' | 'atLeast'): Verdict {
  if (value === null || value === undefined || !Number.isFinite(value) || !(limit > 0)) return { met: null, ratio: null };
  const ratio = value / limit;
  return { met: kind === 'atMost' ? value <= limit : value >= limit, ratio };
}

/** Requests per worker and round so that a round of one target takes about `budgetMs`, from a warm-up latency. */
export function requestsPerWorker(warmMs: number, concurrency: number, budgetMs: number, most: number): number {
  if (!(warmMs > 0)) return most;
  // With c workers on c connections a request takes at least as long as alone; a round is k requests per worker.
  const k = Math.floor(budgetMs / (warmMs * Math.max(1, concurrency / 2)));
  return Math.max(1, Math.min(most, k));
}

export interface RunPlan {
  rounds: number;
  perWorker: number;
}

/**
 * How many rounds, and requests per client in each, for one target at one concurrency, from a warm-up latency:
 * about `roundMs` a round, at least 20 samples in all, but no more than `budgetMs` in all (estimating a request
 * under `clients` clients at warm × clients/2 on two cores), and at least 3 samples alone however slow. Null when
 * even one request per client would not fit the budget: that concurrency is not run for this target.
 */
export function planRuns(warmMs: number, clients: number, o: { rounds: number; roundMs: number; budgetMs: number }): RunPlan | null {
  const loaded = Math.max(warmMs, 0.01) * Math.max(1, clients / 2);
  if (clients > 1 && loaded > o.budgetMs) return null;
  let perWorker = Math.max(Math.ceil(20 / (o.rounds * clients)), requestsPerWorker(warmMs, clients, o.roundMs, clients === 1 ? 20 : 10));
  perWorker = Math.max(1, Math.min(perWorker, Math.floor(o.budgetMs / (o.rounds * loaded))));
  let rounds = o.rounds;
  if (perWorker === 1 && o.rounds * loaded > o.budgetMs)
    rounds = Math.min(o.rounds, Math.max(clients === 1 ? 3 : 1, Math.floor(o.budgetMs / loaded)));
  return { rounds, perWorker };
}
