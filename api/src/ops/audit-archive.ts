import type { format as csvFormat } from '@fast-csv/format';
import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { AUDIT_ARCHIVED_TABLE, addMonths, monthOf, partitionsOf, quote, type Sql } from '../db/partitions.js';
import { onFirstUse } from '../common/on-first-use.js';

// Loaded by the first archive written, not in every process that never archives.
const fastCsv = onFirstUse<{ format: typeof csvFormat }>('@fast-csv/format');

/**
 * Audit retention (AUDIT_RETENTION_MONTHS): the months of the audit trail older than that many months are archived,
 * never deleted. Archiving a month writes its events to a gzipped CSV file in AUDIT_ARCHIVE_DIR (UTF-8 with a BOM, so
 * that Excel and WPS open it in Chinese), then, in one transaction, detaches the month's partition from audit_event,
 * attaches it to audit_event_archived and records the month in audit_archive with the file's SHA-256. The month stays
 * listable (auditEvents, a case's access log: the view audit_trail) until an operator, once the bureau has kept the
 * file, drops it with `npm run audit-archive -- drop <month>`, which checks the file against its SHA-256 first.
 */

export const ARCHIVE_COLUMNS = [
  'id',
  'at',
  'action',
  'entity_type',
  'entity_id',
  'field',
  'actor_username',
  'actor_name',
  'county_code',
  'county_name',
  'request_id',
  'ip',
  'details',
] as const;

const BATCH = 5000;

export interface ArchivedMonth {
  month: string;
  partition: string;
  file: string;
  events: number;
  sha256: string;
}

export type ArchiveProgress = (month: string, written: number, total: number) => void;

/** The archive file's name for a month. */
export function archiveFileName(month: string): string {
  return `fengqiao-audit-${month}.csv.gz`;
}

async function sha256Of(path: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(path), hash);
  return hash.digest('hex');
}

/** Writes one partition's events, oldest first, to `path` (gzipped CSV), reading them in batches. */
async function writeMonth(sql: Sql, partition: string, path: string, month: string, onProgress?: ArchiveProgress): Promise<number> {
  const total = Number((await sql.query<{ n: string }>(`select count(*) as n from ${quote(partition)}`)).rows[0]?.n ?? 0);
  const csv = fastCsv().format({ headers: [...ARCHIVE_COLUMNS], writeBOM: true });
  // Who read which case, from which address: for the server's user alone, as a backup is.
  const written = pipeline(csv, createGzip(), createWriteStream(path, { mode: 0o600 }));
  let count = 0;
  let after: { at: string; id: string } | null = null;
  try {
    for (;;) {
      type Row = Record<string, unknown> & { cursor_at: string; id: string };
      const { rows }: { rows: Row[] } = await sql.query<Row>(
        `select e.id::text, to_char(e.at at time zone 'Asia/Shanghai', 'YYYY-MM-DD"T"HH24:MI:SS.US"+08:00"') as at,
                e.at::text as cursor_at, e.action, e.entity_type, e.entity_id::text, e.field,
                u.username as actor_username, u.display_name as actor_name, r.code as county_code, r.name as county_name,
                e.request_id, e.ip, e.details::text as details
           from ${quote(partition)} e
           left join app_user u on u.id = e.actor_id
           left join region r on r.id = e.county_id
          where ($1::timestamptz is null or (e.at, e.id) > ($1::timestamptz, $2::uuid))
          order by e.at, e.id
          limit ${BATCH}`,
        [after?.at ?? null, after?.id ?? null],
      );
      for (const row of rows) {
        const line = ARCHIVE_COLUMNS.map((c) => (row[c] ?? '') as string);
        if (!csv.write(line)) await new Promise((resolve) => csv.once('drain', resolve));
      }
      count += rows.length;
      onProgress?.(month, count, total);
      if (rows.length < BATCH) break;
      const last: Row = rows[rows.length - 1]!;
      after = { at: last.cursor_at, id: last.id };
    }
  } finally {
    csv.end();
    await written;
  }
  return count;
}

/** Records an archive step (`AUDIT_MONTH_ARCHIVED`, `AUDIT_ARCHIVE_DROPPED`) in the trail, as the installation's own job. */
async function recordArchiveEvent(sql: Sql, action: string, at: Date, details: Record<string, unknown>): Promise<void> {
  await sql.query(
    `insert into audit_event (id, at, actor_id, county_id, action, entity_type, entity_id, request_id, ip, details)
     values ($1, $2, null, null, $3, 'AuditArchive', $4, 'audit-archive', 'local', $5)`,
    [randomUUID(), at, action, randomUUID(), JSON.stringify(details)],
  );
}

/** The live audit months older than `retentionMonths` at `at`, oldest first. */
export async function monthsDue(sql: Sql, at: Date, retentionMonths: number): Promise<Array<{ month: string; partition: string }>> {
  const cutoff = addMonths(monthOf(at), -retentionMonths);
  return (await partitionsOf(sql, 'audit_event'))
    .filter((p): p is { name: string; month: string } => p.month !== null && p.month < cutoff)
    .map((p) => ({ month: p.month, partition: p.name }));
}

/**
 * Archives every audit month older than `retentionMonths` (see the module's comment); does nothing when retention is
 * off (null). Run by the partition job under its advisory lock, or by `npm run audit-archive -- run`.
 */
export async function archiveOldAuditMonths(
  sql: Sql,
  at: Date,
  settings: { retentionMonths: number | null; dir: string },
  onProgress?: ArchiveProgress,
): Promise<ArchivedMonth[]> {
  if (settings.retentionMonths === null) return [];
  const due = await monthsDue(sql, at, settings.retentionMonths);
  if (!due.length) return [];
  await mkdir(settings.dir, { recursive: true, mode: 0o700 });
  const archived: ArchivedMonth[] = [];
  for (const { month, partition } of due) {
    const file = archiveFileName(month);
    const path = join(settings.dir, file);
    const partial = `${path}.${randomUUID()}.partial`;
    let events: number;
    try {
      events = await writeMonth(sql, partition, partial, month, onProgress);
      await rename(partial, path);
    } catch (error) {
      await rm(partial, { force: true });
      throw error;
    }
    const sha256 = await sha256Of(path);
    const bounds = (
      await sql.query<{ bound: string }>(`select pg_get_expr(relpartbound, oid) as bound from pg_class where oid = $1::regclass`, [partition])
    ).rows[0]!.bound;
    await sql.query('begin');
    try {
      await sql.query(`alter table audit_event detach partition ${quote(partition)}`);
      await sql.query(`alter table ${quote(AUDIT_ARCHIVED_TABLE)} attach partition ${quote(partition)} ${bounds}`);
      await sql.query(
        `insert into audit_archive (month, partition, file, events, sha256, archived_at) values ($1, $2, $3, $4, $5, $6)
         on conflict (month) do update set partition = excluded.partition, file = excluded.file, events = excluded.events,
           sha256 = excluded.sha256, archived_at = excluded.archived_at, dropped_at = null`,
        [month, partition, file, events, sha256, at],
      );
      await recordArchiveEvent(sql, 'AUDIT_MONTH_ARCHIVED', at, { month, events, file, sha256 });
      await sql.query('commit');
    } catch (error) {
      await sql.query('rollback');
      throw error;
    }
    archived.push({ month, partition, file, events, sha256 });
  }
  return archived;
}

export interface ArchiveRecord {
  month: string;
  partition: string;
  file: string;
  events: number;
  sha256: string;
  archived_at: Date;
  dropped_at: Date | null;
}

export async function listArchives(sql: Sql): Promise<ArchiveRecord[]> {
  return (await sql.query<ArchiveRecord>('select * from audit_archive order by month')).rows;
}

export class ArchiveError extends Error {}

/**
 * Drops an archived month's partition once its file is kept: refuses when the month is not archived, is dropped
 * already, or when the file in `dir` is missing or no longer matches its SHA-256 (nothing is dropped then). Records
 * the drop in the audit trail.
 */
export async function dropArchivedMonth(sql: Sql, month: string, dir: string, at: Date): Promise<ArchiveRecord> {
  const record = (await sql.query<ArchiveRecord>('select * from audit_archive where month = $1', [month])).rows[0];
  if (!record) throw new ArchiveError(`${month} is not archived (npm run audit-archive -- list)`);
  if (record.dropped_at) throw new ArchiveError(`${month} was dropped already, on ${record.dropped_at.toISOString()}`);
  const path = join(dir, record.file);
  if (!existsSync(path)) throw new ArchiveError(`the archive file ${path} is missing: nothing dropped`);
  const sha256 = await sha256Of(path);
  if (sha256 !== record.sha256) throw new ArchiveError(`the archive file ${path} does not match its SHA-256 ${record.sha256}: nothing dropped`);
  await sql.query('begin');
  try {
    // The record first: two operators dropping the same month at once meet at its row, and the second, finding it
    // dropped, changes nothing.
    const dropped = (
      await sql.query<ArchiveRecord>('update audit_archive set dropped_at = $2 where month = $1 and dropped_at is null returning *', [month, at])
    ).rows[0];
    if (!dropped) throw new ArchiveError(`${month} was dropped meanwhile`);
    const attached = (await partitionsOf(sql, AUDIT_ARCHIVED_TABLE)).filter((p) => p.month === month);
    for (const p of attached) await sql.query(`drop table ${quote(p.name)}`);
    await recordArchiveEvent(sql, 'AUDIT_ARCHIVE_DROPPED', at, { month, events: record.events, file: record.file, sha256 });
    await sql.query('commit');
    return dropped;
  } catch (error) {
    await sql.query('rollback');
    throw error;
  }
}
