import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { startTestApp, type TestApp } from './app.js';

// The work log is partitioned by month of `at`. A list filtered by month also bounds `at` to that month, so that
// PostgreSQL reads (and plans) that month's partition alone, not every month of every year.

const AT = '2026-12-02T10:00:00+08:00';

/** The partitions of work_log_entry that a statement's plan reads. */
async function partitionsRead(app: TestApp, sql: string, params: readonly unknown[] | undefined): Promise<string[]> {
  const rows = await app.orm.em
    .fork()
    .getConnection()
    .execute<Array<{ 'QUERY PLAN': unknown }>>(`explain (format json) ${sql}`, [...(params ?? [])]);
  const names = new Set<string>();
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      for (const [k, v] of Object.entries(node)) {
        if (k === 'Relation Name' && typeof v === 'string' && v.startsWith('work_log_entry_')) names.add(v);
        else walk(v);
      }
    }
  };
  walk(rows[0]!['QUERY PLAN']);
  return [...names].sort();
}

/** Runs `fn` and returns the statements MikroORM sent meanwhile, with their parameters. */
async function captured<T>(fn: () => Promise<T>): Promise<{ value: T; statements: Array<{ sql: string; params?: readonly unknown[] }> }> {
  const statements: Array<{ sql: string; params?: readonly unknown[] }> = [];
  const { onQuery } = await import('../src/db/mikro-orm.config.js');
  const off = onQuery((sql, params) => statements.push({ sql, params }));
  try {
    return { value: await fn(), statements };
  } finally {
    off();
  }
}

describe('work-log list by month', () => {
  let app: TestApp;
  let sql: pg.Client;

  beforeAll(async () => {
    app = await startTestApp({}, { at: AT });
    sql = new pg.Client({ connectionString: app.config.databaseUrl });
    await sql.connect();
  });
  afterAll(async () => {
    await sql?.end();
    await app?.close();
  });

  it("reads only the month's partition, and lists exactly that month's entries", async () => {
    const months = (
      await sql.query<{ month: string; n: number }>('select month, count(*)::int as n from work_log_entry group by month order by n desc, month')
    ).rows;
    // The demo has entries in more than one month: pruning has something to leave out.
    expect(months.length).toBeGreaterThan(1);
    const { month, n } = months[0]!;
    const bureau = await app.login('bureau');
    const { value: res, statements } = await captured(() =>
      app.gql(
        'query($m: String!) { workLogEntries(options: { take: 100, filter: { month: $m } }) { totalItems items { id month } } }',
        { m: month },
        bureau,
      ),
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.workLogEntries.totalItems).toBe(n);
    expect(new Set(res.data?.workLogEntries.items.map((i: { month: string }) => i.month))).toEqual(new Set([month]));

    const onWorkLog = statements.filter((s) => /\bwork_log_entry\b/.test(s.sql));
    expect(onWorkLog.length).toBeGreaterThan(0);
    for (const s of onWorkLog) expect(await partitionsRead(app, s.sql, s.params)).toEqual([`work_log_entry_${month.replace('-', '_')}`]);
  });

  it("counts a monthly report's entries and minutes from that month's partition alone", async () => {
    const { month, adviser_id: adviserId } = (
      await sql.query<{ month: string; adviser_id: string }>('select month, adviser_id from monthly_report order by month desc, adviser_id limit 1')
    ).rows[0]!;
    const expected = (
      await sql.query<{ n: number; minutes: number }>(
        'select count(*)::int as n, coalesce(sum(duration_min), 0)::int as minutes from work_log_entry where adviser_id = $1 and month = $2',
        [adviserId, month],
      )
    ).rows[0]!;
    const bureau = await app.login('bureau');
    const { value: res, statements } = await captured(() =>
      app.gql(
        'query($m: String!, $a: ID!) { monthlyReports(options: { filter: { month: $m, adviserId: $a } }) { items { month entryCount totalMinutes } } }',
        { m: month, a: adviserId },
        bureau,
      ),
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.monthlyReports.items).toEqual([{ month, entryCount: expected.n, totalMinutes: expected.minutes }]);
    const onWorkLog = statements.filter((s) => /\bwork_log_entry\b/.test(s.sql));
    expect(onWorkLog.length).toBe(1);
    expect(await partitionsRead(app, onWorkLog[0]!.sql, onWorkLog[0]!.params)).toEqual([`work_log_entry_${month.replace('-', '_')}`]);
  });
});
