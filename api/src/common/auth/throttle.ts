import type { EntityManager } from '@mikro-orm/postgresql';
import { createHmac } from 'node:crypto';

/** How many tries one key gets before it must wait, and how the wait grows. */
export interface ThrottleRule {
  /** Names the counter: the first part of each key in `throttle_counter`. */
  name: string;
  /** Tries judged without waiting. */
  limit: number;
  /** The wait before the first try past the limit. */
  firstWaitMs: number;
  /** Each further try waits this many times as long as the one before (2 doubles; 1 keeps the wait). */
  growth: number;
  maxWaitMs: number;
  /** The count is forgotten this long after the last wait ended (or after the last try, below the limit). */
  forgetAfterMs: number;
  /** On a success: `reset` forgets the key's count, `uncount` takes back only the succeeding try. */
  onSuccess: 'reset' | 'uncount';
}

const MINUTE = 60_000;

export const SIGN_IN_RULES = {
  /**
   * Password tries for one username from one address: five, then 30 s, 1 min, 2 min… (at most an hour) before each
   * further one. Keyed by name and address together, so a stranger who knows a name cannot lock its owner out.
   */
  password: { name: 'password', limit: 5, firstWaitMs: 30_000, growth: 2, maxWaitMs: 60 * MINUTE, forgetAfterMs: 15 * MINUTE, onSuccess: 'reset' },
  /** Failed sign-ins (password or phone code) from one address, whatever the name: thirty, then the same waits. */
  address: { name: 'address', limit: 30, firstWaitMs: 30_000, growth: 2, maxWaitMs: 60 * MINUTE, forgetAfterMs: 15 * MINUTE, onSuccess: 'uncount' },
  /**
   * Sign-in code requests from one address, whatever the phones: twenty, then 1 min, 2 min… (at most an hour), so one
   * client cannot have the server text a thousand phones.
   */
  codeRequestAddress: {
    name: 'code_request_address',
    limit: 20,
    firstWaitMs: MINUTE,
    growth: 2,
    maxWaitMs: 60 * MINUTE,
    forgetAfterMs: 60 * MINUTE,
    onSuccess: 'reset',
  },
  /** Sign-in codes sent to one phone: one a minute, whether or not the phone has an account. */
  codeRequest: { name: 'code_request', limit: 1, firstWaitMs: MINUTE, growth: 1, maxWaitMs: MINUTE, forgetAfterMs: 0, onSuccess: 'reset' },
} as const satisfies Record<string, ThrottleRule>;

/** A try counted against each of its keys, to be judged; or the wait before it may be. */
export type Admission =
  | { admitted: true; counted: Array<{ rule: ThrottleRule; key: string; attempts: number }> }
  | { admitted: false; retryAfterSeconds: number };

function int(n: number): string {
  if (!Number.isSafeInteger(n) || n < 0) throw new Error(`throttle rules take whole non-negative numbers, not ${n}`);
  return String(n);
}

/** The wait, as an SQL interval, after the `n`th try (an SQL expression) under `rule`. */
function waitAfter(rule: ThrottleRule, n: string): string {
  return `((case when ${n} < ${int(rule.limit)} then 0
    else least(${int(rule.firstWaitMs)} * power(${int(rule.growth)}, ${n} - ${int(rule.limit)}), ${int(rule.maxWaitMs)}) end) * interval '1 millisecond')`;
}

/**
 * Counts sign-in tries in PostgreSQL, so that every server process sees the same counts and a restart forgets none.
 * A try is counted before it is judged, by one statement that increments and returns the count (and refuses, counting
 * nothing, while the key must wait); so however many tries arrive at once, no more than the limit are judged.
 */
export class Throttle {
  private calls = 0;

  constructor(
    private readonly keySecret: Buffer,
    private readonly now: () => Date,
    /** Expired counters are deleted on one call in this many, so that random names cannot grow the table for good. */
    private readonly pruneEvery = 100,
  ) {}

  /** The stored key: the rule's name and a keyed hash of the value, never the value itself. */
  key(rule: ThrottleRule, value: string): string {
    const hash = createHmac('sha256', this.keySecret).update(`throttle\0${rule.name}\0${value}`).digest('base64url');
    return `${rule.name}:${hash}`;
  }

  /**
   * Counts one try against every (rule, value) in order. If one must wait, the tries already counted for this call are
   * taken back and the answer is the wait.
   */
  async admit(em: EntityManager, keys: ReadonlyArray<readonly [ThrottleRule, string]>): Promise<Admission> {
    if (++this.calls % this.pruneEvery === 0) await this.prune(em);
    const counted: Array<{ rule: ThrottleRule; key: string; attempts: number }> = [];
    for (const [rule, value] of keys) {
      const key = this.key(rule, value);
      const attempts = await this.take(em, rule, key);
      if (attempts === null) {
        for (const c of counted) await this.uncount(em, c.rule, c.key);
        return { admitted: false, retryAfterSeconds: await this.retryAfter(em, key) };
      }
      counted.push({ rule, key, attempts });
    }
    return { admitted: true, counted };
  }

  /** After a try was judged a success: each rule resets its key or takes the try back. */
  async succeeded(em: EntityManager, admission: Admission): Promise<void> {
    if (!admission.admitted) return;
    for (const { rule, key, attempts } of admission.counted) {
      if (rule.onSuccess === 'uncount') await this.uncount(em, rule, key);
      // Only while no later try has been counted: a burst that raced this one keeps its count.
      else await em.getConnection().execute('delete from throttle_counter where key = ? and attempts = ?', [key, attempts]);
    }
  }

  /** Seconds until `key` may try again (at least 1), read in one statement. */
  async retryAfter(em: EntityManager, key: string): Promise<number> {
    const rows = await em
      .getConnection()
      .execute<{ ms: string | null }[]>(
        `select greatest(0, extract(epoch from (retry_at - ?::timestamptz)) * 1000) as ms from throttle_counter where key = ? and retry_at > '-infinity'`,
        [this.now(), key],
      );
    return Math.max(1, Math.ceil(Number(rows[0]?.ms ?? 0) / 1000));
  }

  /** Deletes the counters nobody remembers any more. */
  async prune(em: EntityManager): Promise<number> {
    const rows = await em
      .getConnection()
      .execute<{ n: string }[]>('with gone as (delete from throttle_counter where expires_at <= ? returning 1) select count(*) as n from gone', [
        this.now(),
      ]);
    return Number(rows[0]!.n);
  }

  /** Counts a try and returns the count, or null (counting nothing) while the key must wait. */
  private async take(em: EntityManager, rule: ThrottleRule, key: string): Promise<number | null> {
    const now = '(select now from p)';
    const n = `(case when t.expires_at <= ${now} then 1 else t.attempts + 1 end)`;
    const forget = `(${int(rule.forgetAfterMs)} * interval '1 millisecond')`;
    // Below the limit nothing waits, whatever its clock says: concurrent requests read the time a moment apart.
    const retryAt = (count: string, at: string) =>
      `(case when ${count} < ${int(rule.limit)} then '-infinity'::timestamptz else ${at} + ${waitAfter(rule, count)} end)`;
    // The row is locked and its newest version read before the where clause is checked, so concurrent tries queue.
    const rows = await em.getConnection().execute<{ attempts: number }[]>(
      `with p as (select ?::timestamptz as now)
       insert into throttle_counter as t (key, attempts, retry_at, expires_at)
       select ?, 1, ${retryAt('1', 'p.now')}, p.now + ${waitAfter(rule, '1')} + ${forget} from p
       on conflict (key) do update set
         attempts = ${n},
         retry_at = ${retryAt(n, now)},
         expires_at = ${now} + ${waitAfter(rule, n)} + ${forget}
       where t.retry_at <= ${now}
       returning attempts`,
      [this.now(), key],
    );
    return rows.length ? Number(rows[0]!.attempts) : null;
  }

  /** Takes back one counted try; below the limit again, the key need not wait. */
  private async uncount(em: EntityManager, rule: ThrottleRule, key: string): Promise<void> {
    await em.getConnection().execute(
      `update throttle_counter set attempts = attempts - 1,
         retry_at = case when attempts - 1 < ${int(rule.limit)} then '-infinity'::timestamptz else retry_at end
       where key = ? and attempts > 0`,
      [key],
    );
  }
}
