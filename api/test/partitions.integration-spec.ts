import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { COUNTY_ID, demoAccount } from '@fengqiao/seeds';
import { createHash, randomUUID } from 'node:crypto';
import { appendFile, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import pg from 'pg';
import { AUDIT_ARCHIVED_TABLE, MONTHS_AHEAD, addMonths, ensurePartitions, monthOf, partitionsOf } from '../src/db/partitions.js';
import { ARCHIVE_COLUMNS, ArchiveError, dropArchivedMonth, listArchives } from '../src/ops/audit-archive.js';
import { runPartitionJob } from '../src/ops/partition-job.js';
import { startTestApp, type TestApp } from './app.js';

// Issue 15: the audit trail and the work log are range-partitioned by month (Asia/Shanghai); the partition job keeps the
// months ahead and gives a month found in a default partition its own; audit retention archives old months to a file,
// detached but listable (auditEvents, a case's access log) until an operator drops them, and never deletes otherwise.
const AT = new Date('2026-12-02T10:00:00+08:00');
const OLD_MONTH = '2025-03';

describe('partitioned growth tables', () => {
  let app: TestApp;
  let sql: pg.Client;
  let dir: string;
  let bureau: string;
  let caseId: string;
  const readerId = demoAccount('adviser.1').id;
  const oldEvents = [randomUUID(), randomUUID(), randomUUID()];

  const whereRows = async (table: string) =>
    (
      await sql.query<{ partition: string; month: string; n: string }>(
        `select tableoid::regclass::text as partition, to_char(at at time zone 'Asia/Shanghai', 'YYYY_MM') as month, count(*) as n
           from ${table} group by 1, 2 order by 2`,
      )
    ).rows;

  beforeAll(async () => {
    app = await startTestApp({}, { at: AT.toISOString() });
    sql = new pg.Client({ connectionString: app.config.databaseUrl });
    await sql.connect();
    dir = await mkdtemp(join(tmpdir(), 'fq-audit-archive-'));
    bureau = await app.login('bureau');
    caseId = (await sql.query<{ id: string }>('select id from mediation_case where county_id = $1 order by id limit 1', [COUNTY_ID])).rows[0]!.id;
    // Three reads of a case's confidential text long ago, in one request; they land in the default partition.
    for (const [i, id] of oldEvents.entries()) {
      await sql.query(
        `insert into audit_event (id, at, actor_id, county_id, action, entity_type, entity_id, field, request_id, ip)
         values ($1, $2, $3, $4, 'READ_CONFIDENTIAL', 'MediationCase', $5, $6, 'req-2025-03', '10.0.0.9')`,
        [id, new Date(`2025-03-1${i}T09:00:00+08:00`), readerId, COUNTY_ID, caseId, ['summary', 'agreement.content', 'sessions'][i]],
      );
    }
  });
  afterAll(async () => {
    await sql?.end();
    await app?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('partitions the audit trail, its archive and the work log by range of `at`, each with a default partition', async () => {
    const { rows } = await sql.query<{ name: string; strategy: string; key: string }>(
      `select c.relname as name, p.partstrat as strategy, pg_get_partkeydef(c.oid) as key
         from pg_partitioned_table p join pg_class c on c.oid = p.partrelid where c.relname = any($1) order by 1`,
      [['audit_event', AUDIT_ARCHIVED_TABLE, 'work_log_entry']],
    );
    expect(rows).toEqual([
      { name: 'audit_event', strategy: 'r', key: 'RANGE (at)' },
      { name: AUDIT_ARCHIVED_TABLE, strategy: 'r', key: 'RANGE (at)' },
      { name: 'work_log_entry', strategy: 'r', key: 'RANGE (at)' },
    ]);
    for (const table of ['audit_event', AUDIT_ARCHIVED_TABLE, 'work_log_entry']) {
      expect((await partitionsOf(sql, table)).filter((p) => p.month === null).map((p) => p.name)).toEqual([`${table}_default`]);
    }
  });

  it('keeps the months ahead created and moves every month out of the default partitions, losing no row', async () => {
    const counts = async () =>
      (await sql.query<{ a: string; w: string }>('select (select count(*) from audit_event) as a, (select count(*) from work_log_entry) as w'))
        .rows[0];
    const before = await counts();
    for (const table of ['audit_event', 'work_log_entry']) await ensurePartitions(sql, table, AT);
    expect(await counts()).toEqual(before);
    for (const table of ['audit_event', 'work_log_entry']) {
      const months = (await partitionsOf(sql, table)).map((p) => p.month);
      for (let i = 0; i <= MONTHS_AHEAD; i++) expect(months).toContain(addMonths(monthOf(AT), i));
      // Every row sits in its own month's partition; the default holds none.
      for (const r of await whereRows(table)) expect(r.partition).toBe(`${table}_${r.month}`);
    }
    expect((await whereRows('audit_event')).find((r) => r.month === '2025_03')).toMatchObject({ partition: 'audit_event_2025_03', n: '3' });
    // The default partition was vacuumed (the moved rows' space is gone, or a list's index scan would wade through
    // them), and the month that received them analysed (the planner knows its rows).
    const stats = async (name: string) =>
      (
        await sql.query<{ bytes: string; tuples: number }>(
          'select pg_relation_size(oid)::text as bytes, reltuples as tuples from pg_class where relname = $1',
          [name],
        )
      ).rows[0];
    expect((await stats('audit_event_default'))?.bytes).toBe('0');
    expect((await stats('audit_event_2025_03'))?.tuples).toBe(3);
    // Run again: nothing more to do.
    expect(await ensurePartitions(sql, 'audit_event', AT)).toEqual([]);
  });

  it('keeps audit events insert-only in a partition whose rows were moved out of the default one', async () => {
    await expect(sql.query(`update audit_event set ip = 'x' where id = $1`, [oldEvents[0]])).rejects.toMatchObject({ code: '23001' });
    await expect(sql.query(`delete from audit_event where id = $1`, [oldEvents[0]])).rejects.toMatchObject({ code: '23001' });
    await sql.query(
      `insert into audit_event (id, at, action, entity_type, entity_id, request_id, ip) values ($1, '2031-05-05T00:00:00Z', 'TEST', 'X', $1, 'r', 'i')`,
      [randomUUID()],
    );
    await expect(sql.query(`delete from audit_event where at >= '2031-05-01'`)).rejects.toMatchObject({ code: '23001' });
    expect(await ensurePartitions(sql, 'audit_event', AT)).toEqual(['audit_event_2031_05']);
    await expect(sql.query(`delete from audit_event where at >= '2031-05-01'`)).rejects.toMatchObject({ code: '23001' });
    // The default partition, its trigger held off while rows moved out of it, has it back.
    await sql.query(
      `insert into audit_event (id, at, action, entity_type, entity_id, request_id, ip) values ($1, '2040-01-05T00:00:00Z', 'TEST', 'X', $1, 'r', 'i')`,
      [randomUUID()],
    );
    await expect(sql.query(`delete from audit_event_default`)).rejects.toMatchObject({ code: '23001' });
  });

  it('archives nothing while AUDIT_RETENTION_MONTHS is unset', async () => {
    // (It gives the far-off month the test before left in the default partition its own.)
    expect(await runPartitionJob(app.config.databaseUrl!, { retentionMonths: null, archiveDir: dir }, AT)).toEqual({
      created: ['audit_event_2040_01'],
      archived: [],
    });
    expect(await listArchives(sql)).toEqual([]);
  });

  it('archives the months older than the retention to a file, detached from the live table but still listed', async () => {
    const result = await runPartitionJob(app.config.databaseUrl!, { retentionMonths: 12, archiveDir: dir }, AT);
    if (result === 'busy') throw new Error('the partition job was busy');
    const archivedMonths = result.archived.map((a) => a.month);
    expect(archivedMonths).toContain(OLD_MONTH);
    expect(archivedMonths.every((m) => m < '2025-12')).toBe(true);
    expect((await partitionsOf(sql, 'audit_event')).map((p) => p.month).filter((m) => m !== null && m < '2025-12')).toEqual([]);
    expect((await partitionsOf(sql, AUDIT_ARCHIVED_TABLE)).map((p) => p.name)).toContain('audit_event_2025_03');

    // The file: gzipped CSV with a BOM, a header, and the month's events oldest first; its SHA-256 is on record.
    const old = result.archived.find((a) => a.month === OLD_MONTH)!;
    const bytes = await readFile(join(dir, old.file));
    // Who read which case, from which address: readable by the server's user alone, as a backup is.
    expect((await stat(join(dir, old.file))).mode & 0o077).toBe(0);
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(old.sha256);
    const text = gunzipSync(bytes).toString('utf8');
    expect(text.startsWith('\ufeff')).toBe(true);
    const lines = text.slice(1).trim().split('\n');
    expect(lines[0]).toBe(ARCHIVE_COLUMNS.join(','));
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(oldEvents);
    expect(lines[1]).toContain('2025-03-10T09:00:00.000000+08:00');
    expect(lines[1]).toContain('adviser.1');
    expect(old.events).toBe(3);
    expect(await listArchives(sql)).toContainEqual(expect.objectContaining({ month: OLD_MONTH, events: 3, sha256: old.sha256, dropped_at: null }));

    // Still listable: the bureau's audit trail and the case's access log.
    const listed = await app.gql(
      'query($id: ID!) { auditEvents(options: { filter: { entityId: $id, from: "2025-03-01T00:00:00+08:00", to: "2025-04-01T00:00:00+08:00" } }) { items { id field } } }',
      { id: caseId },
      bureau,
    );
    expect(listed.errors).toBeUndefined();
    expect(listed.data.auditEvents.items.map((e: { id: string }) => e.id).sort()).toEqual([...oldEvents].sort());
    const log = await app.gql('query($id: ID!) { mediationCase(id: $id) { accessLog { at fields } } }', { id: caseId }, bureau);
    expect(log.errors).toBeUndefined();
    expect(log.data.mediationCase.accessLog).toContainEqual({
      at: '2025-03-10T09:00:00.000+08:00',
      fields: ['agreement.content', 'sessions', 'summary'],
    });
    // The archiving is itself in the trail.
    const trail = await sql.query(`select details from audit_event where action = 'AUDIT_MONTH_ARCHIVED' and details->>'month' = $1`, [OLD_MONTH]);
    expect(trail.rows).toEqual([{ details: { month: OLD_MONTH, events: 3, file: old.file, sha256: old.sha256 } }]);
    // Archived events stay insert-only.
    await expect(sql.query(`delete from ${AUDIT_ARCHIVED_TABLE} where id = $1`, [oldEvents[0]])).rejects.toMatchObject({ code: '23001' });
  });

  it('drops an archived month only when its file is there and unchanged, then lists it no more', async () => {
    const [record] = (await listArchives(sql)).filter((a) => a.month === OLD_MONTH);
    const file = join(dir, record!.file);
    const kept = await readFile(file);
    const partitionExists = async () => (await sql.query(`select to_regclass('audit_event_2025_03') is not null as e`)).rows[0].e;

    await appendFile(file, 'x');
    await expect(dropArchivedMonth(sql, OLD_MONTH, dir, AT)).rejects.toThrow(ArchiveError);
    await rm(file);
    await expect(dropArchivedMonth(sql, OLD_MONTH, dir, AT)).rejects.toThrow(/missing/);
    await expect(dropArchivedMonth(sql, '2024-01', dir, AT)).rejects.toThrow(/not archived/);
    expect(await partitionExists()).toBe(true);

    await writeFile(file, kept);
    // Two operators drop the month at once, on connections of their own: one drops it, the other is told so.
    const other = new pg.Client({ connectionString: app.config.databaseUrl });
    await other.connect();
    let outcomes: PromiseSettledResult<Awaited<ReturnType<typeof dropArchivedMonth>>>[];
    try {
      outcomes = await Promise.allSettled([dropArchivedMonth(sql, OLD_MONTH, dir, AT), dropArchivedMonth(other, OLD_MONTH, dir, AT)]);
    } finally {
      await other.end();
    }
    const fulfilled = outcomes.filter((o) => o.status === 'fulfilled');
    const rejected = outcomes.filter((o) => o.status === 'rejected');
    expect(fulfilled).toHaveLength(1);
    expect(rejected).toHaveLength(1);
    expect(rejected[0]!.reason).toBeInstanceOf(ArchiveError);
    const dropped = fulfilled[0]!.value;
    expect(dropped.dropped_at).toEqual(AT);
    expect(await partitionExists()).toBe(false);
    await expect(dropArchivedMonth(sql, OLD_MONTH, dir, AT)).rejects.toThrow(/dropped already/);
    const listed = await app.gql('query($id: ID!) { auditEvents(options: { filter: { entityId: $id } }) { items { id } } }', { id: caseId }, bureau);
    expect(listed.data.auditEvents.items.map((e: { id: string }) => e.id)).not.toContain(oldEvents[0]);
    const trail = await sql.query(`select details from audit_event where action = 'AUDIT_ARCHIVE_DROPPED'`);
    expect(trail.rows).toEqual([{ details: { month: OLD_MONTH, events: 3, file: record!.file, sha256: record!.sha256 } }]);
  });

  it('moves a work-log entry to the partition of its new month when its time is edited', async () => {
    const { rows } = await sql.query<{ id: string }>(
      `select id from work_log_entry where tableoid::regclass::text = 'work_log_entry_2026_11' limit 1`,
    );
    if (!rows[0]) throw new Error('the demo county has no work-log entry in 2026-11');
    const em = app.orm.em.fork();
    const { WorkLogEntry } = await import('../src/modules/work-log/work-log-entry.entity.js');
    const entry = await em.findOneOrFail(WorkLogEntry, { id: rows[0].id });
    entry.at = new Date('2026-12-01T09:30:00+08:00');
    entry.month = '2026-12';
    await em.flush();
    const moved = await sql.query(`select tableoid::regclass::text as p, month from work_log_entry where id = $1`, [rows[0].id]);
    expect(moved.rows).toEqual([{ p: 'work_log_entry_2026_12', month: '2026-12' }]);
  });
});
