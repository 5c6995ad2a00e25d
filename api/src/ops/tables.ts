import { createHash } from 'node:crypto';
import type pg from 'pg';

/** The migrator's own bookkeeping: recreated by running the migrations on restore, so listed but not copied. */
export const MIGRATIONS_TABLE = 'mikro_orm_migrations';

export interface TableInfo {
  name: string;
  /** Stored (not generated) columns, sorted by name: the serialisation does not depend on column order. */
  columns: string[];
  /** The primary key's columns, which order the rows (text ones byte-wise); empty when the table has none. */
  orderBy: Array<{ column: string; collatable: boolean }>;
}

export interface TableDigest {
  name: string;
  rows: number;
  sha256: string;
}

/**
 * Sessions that read or write a backup: UTC and fixed output styles, so that a table serialises to the same bytes on
 * any server and in any session, and no statement or idle timeout of the database's defaults cuts a long copy short.
 */
export async function prepareSession(client: pg.Client): Promise<void> {
  await client.query(`set time zone 'UTC'; set datestyle = 'ISO, YMD'; set intervalstyle = 'postgres';
    set extra_float_digits = 1; set bytea_output = 'hex'; set statement_timeout = 0; set idle_in_transaction_session_timeout = 0;
    set lock_timeout = 0`);
}

/**
 * Every table of the public schema except the migrator's, in name order: a partitioned table (the audit trail, the
 * work log) once, as its parent, whose rows are its partitions' (a restore puts them back through the parent).
 */
export async function listTables(client: pg.Client): Promise<TableInfo[]> {
  const { rows } = await client.query<{ name: string; columns: string[]; pk: string[] | null; collatable: boolean[] | null }>(
    `
    select c.relname as name,
           array(select a.attname::text from pg_attribute a
                  where a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''
                  order by a.attname::text collate "C") as columns,
           (select array_agg(a.attname::text order by k.ord)
              from pg_index i cross join unnest(i.indkey) with ordinality as k(attnum, ord)
              join pg_attribute a on a.attrelid = i.indrelid and a.attnum = k.attnum
             where i.indrelid = c.oid and i.indisprimary) as pk,
           (select array_agg(a.attcollation <> 0 order by k.ord)
              from pg_index i cross join unnest(i.indkey) with ordinality as k(attnum, ord)
              join pg_attribute a on a.attrelid = i.indrelid and a.attnum = k.attnum
             where i.indrelid = c.oid and i.indisprimary) as collatable
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
     where n.nspname = 'public' and c.relkind in ('r', 'p') and not c.relispartition and c.relname <> $1
     order by c.relname collate "C"`,
    [MIGRATIONS_TABLE],
  );
  return rows.map((r) => ({
    name: r.name,
    columns: r.columns,
    orderBy: (r.pk ?? []).map((column, i) => ({ column, collatable: Boolean(r.collatable?.[i]) })),
  }));
}

export function ident(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/**
 * The statement that serialises a table: one JSON object per row (columns by name), rows in primary-key order (the
 * index serves it) with text compared byte-wise, so the same data gives the same bytes whatever the server's
 * collation. A table without a primary key is ordered by the serialised rows themselves.
 */
function exportQuery(table: TableInfo): string {
  const cols = table.columns.map(ident).join(', ');
  const inner = `select ${cols} from ${ident(table.name)}`;
  const order = table.orderBy.length
    ? table.orderBy.map((k) => `x.${ident(k.column)}${k.collatable ? ' collate "C"' : ''}`).join(', ')
    : `row_to_json(x)::text collate "C"`;
  return `select row_to_json(x)::text as j from (${inner}) x order by ${order}`;
}

/**
 * Reads a table through a cursor (on the caller's transaction, so a backup reads its snapshot), handing each batch of
 * newline-ended rows to `onRows`, and returns the row count and the SHA-256 of those bytes.
 */
export async function exportTable(client: pg.Client, table: TableInfo, onRows?: (bytes: Buffer) => Promise<void>): Promise<TableDigest> {
  const hash = createHash('sha256');
  let rows = 0;
  const cursor = `fq_export_${table.name.replace(/[^a-z0-9_]/gi, '_')}`;
  await client.query(`declare ${ident(cursor)} no scroll cursor for ${exportQuery(table)}`);
  try {
    for (;;) {
      const batch = await client.query<{ j: string }>(`fetch forward 2000 from ${ident(cursor)}`);
      if (!batch.rows.length) break;
      const bytes = Buffer.from(batch.rows.map((r) => `${r.j}\n`).join(''), 'utf8');
      hash.update(bytes);
      rows += batch.rows.length;
      if (onRows) await onRows(bytes);
    }
  } finally {
    await client.query(`close ${ident(cursor)}`);
  }
  return { name: table.name, rows, sha256: hash.digest('hex') };
}

export interface SequenceValue {
  name: string;
  value: string;
  isCalled: boolean;
}

/** The public schema's sequences and where they stand (none today: ids are UUIDs; kept so a future serial survives). */
export async function readSequences(client: pg.Client): Promise<SequenceValue[]> {
  const { rows } = await client.query<{ name: string }>(
    `select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind = 'S' order by c.relname collate "C"`,
  );
  const out: SequenceValue[] = [];
  for (const { name } of rows) {
    const {
      rows: [state],
    } = await client.query<{ last_value: string; is_called: boolean }>(`select last_value::text, is_called from ${ident(name)}`);
    out.push({ name, value: state!.last_value, isCalled: state!.is_called });
  }
  return out;
}

/** The migrations applied to a database, oldest first. */
export async function appliedMigrations(client: pg.Client): Promise<string[]> {
  const exists = await client.query(
    `select 1 from pg_class c join pg_namespace n on n.oid = c.relnamespace where n.nspname = 'public' and c.relname = $1`,
    [MIGRATIONS_TABLE],
  );
  if (!exists.rowCount) return [];
  const { rows } = await client.query<{ name: string }>(`select name from ${ident(MIGRATIONS_TABLE)} order by id`);
  return rows.map((r) => r.name);
}
