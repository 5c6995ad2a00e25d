import { DateType, Routine } from '@mikro-orm/core';
import pg from 'pg';
import { MONTH_PARTITION_BODY } from './migrations/Migration20261202184713_partitioned_growth_tables.js';

/**
 * The growth tables, range-partitioned by month of `at` (Asia/Shanghai) since the migration partitioned_growth_tables:
 * each has a partition `<table>_YYYY_MM` per month and a DEFAULT partition for rows no month covers yet. The partition
 * job (ops/partition-job.ts) keeps MONTHS_AHEAD months ahead of today created and gives any month that turned up in a
 * default partition (a restore, a clock set back) a partition of its own.
 */
export const PARTITIONED_TABLES = ['audit_event', 'work_log_entry'] as const;
export type PartitionedTable = (typeof PARTITIONED_TABLES)[number];

/** Where retention moves old audit months: partitioned the same way, read with the live table through `audit_trail`. */
export const AUDIT_ARCHIVED_TABLE = 'audit_event_archived';

/** Months created ahead of the current one. */
export const MONTHS_AHEAD = 3;

/**
 * `fq_month_partition(parent, month_start)`: declared so that the schema check knows it. The migration creates it with
 * MONTH_PARTITION_BODY, a PL/pgSQL block with its own DECLARE section, which MikroORM's body comparison (made for a bare
 * statement list it wraps in BEGIN … END) cannot read back: the check compares its name, parameters and result.
 */
export const MonthPartition = new Routine({
  name: 'fq_month_partition',
  type: 'function',
  language: 'plpgsql',
  params: { parent: { type: 'text' }, month_start: { type: new DateType() } },
  returns: { runtimeType: 'string', columnType: 'text' },
  body: MONTH_PARTITION_BODY,
  ignoreSchemaChanges: ['body'],
});

/** Anything that runs a parameterised statement: a pg client or pool, as the jobs use. */
export interface Sql {
  query<R extends object = Record<string, unknown>>(text: string, params?: unknown[]): Promise<{ rows: R[] }>;
}

const SHANGHAI_MS = 8 * 3600_000;

/** The month (`YYYY-MM`, Asia/Shanghai) an instant falls in. */
export function monthOf(at: Date): string {
  return new Date(at.getTime() + SHANGHAI_MS).toISOString().slice(0, 7);
}

/** `month` moved by `delta` months. */
export function addMonths(month: string, delta: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + delta;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The partition name of a month: `audit_event_2026_12`. */
export function partitionName(table: string, month: string): string {
  return `${table}_${month.replace('-', '_')}`;
}

export interface PartitionInfo {
  name: string;
  /** `YYYY-MM` for a month's partition; null for the default one. */
  month: string | null;
}

/** The partitions attached to `parent` now, months first in order, then the default. */
export async function partitionsOf(sql: Sql, parent: string): Promise<PartitionInfo[]> {
  const { rows } = await sql.query<{ name: string; lower: string | null; is_default: boolean }>(
    `select c.relname as name, pg_get_expr(c.relpartbound, c.oid) = 'DEFAULT' as is_default,
            to_char((substring(pg_get_expr(c.relpartbound, c.oid) from 'FROM \\(''([^'']+)''\\)')::timestamptz) at time zone 'Asia/Shanghai', 'YYYY-MM') as lower
       from pg_inherits i join pg_class c on c.oid = i.inhrelid
      where i.inhparent = $1::regclass
      order by is_default, lower`,
    [parent],
  );
  return rows.map((r) => ({ name: r.name, month: r.is_default ? null : r.lower }));
}

/**
 * Makes sure `parent` has a partition for each month from the current one to MONTHS_AHEAD ahead, and for every month
 * that has rows in its default partition. Returns the partitions created. Safe to run again and from several
 * processes (`fq_month_partition` creates a month only once; the job runs under an advisory lock besides).
 */
export async function ensurePartitions(sql: Sql, parent: string, at: Date, ahead = MONTHS_AHEAD): Promise<string[]> {
  const current = monthOf(at);
  const wanted = new Set<string>();
  if (parent !== AUDIT_ARCHIVED_TABLE) for (let i = 0; i <= ahead; i++) wanted.add(addMonths(current, i));
  const { rows } = await sql.query<{ month: string }>(
    `select distinct to_char(at at time zone 'Asia/Shanghai', 'YYYY-MM') as month from ${quote(`${parent}_default`)}`,
  );
  for (const r of rows) wanted.add(r.month);
  const created: string[] = [];
  for (const month of [...wanted].sort()) {
    const name = await ensureMonthPartition(sql, parent, month);
    if (name) created.push(name);
  }
  if (rows.length) {
    // Rows were moved out of the default partition: its dead space goes (or every list's scan of the table wades
    // through it until autovacuum comes), and the months that received them get statistics for the planner.
    // VACUUM cannot run in a transaction: `sql` is a connection in autocommit, as the partition job's is.
    await sql.query(`vacuum (analyze) ${quote(`${parent}_default`)}`);
    const filled = new Set(rows.map((r) => partitionName(parent, r.month)));
    for (const name of created) if (filled.has(name)) await sql.query(`analyze ${quote(name)}`);
  }
  return created;
}

/** Creates `parent`'s partition for `month` (`YYYY-MM`) unless it exists; returns its name when it was created. */
export async function ensureMonthPartition(sql: Sql, parent: string, month: string): Promise<string | null> {
  const { rows } = await sql.query<{ name: string | null }>('select fq_month_partition($1, $2::date) as name', [parent, `${month}-01`]);
  return rows[0]?.name ?? null;
}

export function quote(identifier: string): string {
  return `"${identifier.replace(/"/g, '""')}"`;
}

/**
 * Every partitioned table's months, on a connection of its own (autocommit, for VACUUM): what the partition job does
 * first, for use right after seeding, so that the seeded months are in partitions of their own before anyone reads.
 */
export async function ensureAllPartitions(databaseUrl: string, at: Date): Promise<string[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  client.on('error', () => undefined);
  await client.connect();
  try {
    const created: string[] = [];
    for (const table of [...PARTITIONED_TABLES, AUDIT_ARCHIVED_TABLE]) created.push(...(await ensurePartitions(client, table, at)));
    return created;
  } finally {
    await client.end().catch(() => undefined);
  }
}
