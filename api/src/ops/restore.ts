import type { Options } from '@mikro-orm/core';
import { MikroORM, type PostgreSqlDriver } from '@mikro-orm/postgresql';
import { randomBytes } from 'node:crypto';
import { createWriteStream, existsSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { FieldCipher } from '../common/crypto/field-cipher.js';
import { idNumberLookupHash } from '../common/validation/id-number.js';
import { ormConfig } from '../db/mikro-orm.config.js';
import { MIGRATIONS } from '../db/migrations/index.js';
import { BackupKeyError, keyFingerprint, readBackupHeader } from './backup-crypto.js';
import { readBackup } from './backup-reader.js';
import { listUploads, type Manifest, type ManifestHead, type Progress } from './backup.js';
import { exportTable, ident, listTables, prepareSession, type TableInfo } from './tables.js';

/** A restore that will not go ahead or did not succeed; the message says why and what to do. Never quotes data. */
export class RestoreError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RestoreError';
  }
}

export interface RestoreOptions {
  file: string;
  /** The target database; it must hold no data unless `force`. */
  databaseUrl: string;
  /** The target uploads directory; it must hold no files unless `force`. */
  uploadsDir: string;
  key: Buffer;
  force: boolean;
  /** The keys the restored installation will run with: a sample of sealed values must open with them. */
  fieldKeys: ConstructorParameters<typeof FieldCipher>[0];
  lookupKey: Buffer;
  onProgress?: Progress;
  /** For tests: options for the ORM that runs the migrations. */
  ormOverrides?: Partial<Options<PostgreSqlDriver>>;
}

export interface RestoreResult {
  manifest: Manifest;
  /** Sealed values opened with the configured keys, by `table.column`. */
  sealedOpened: Record<string, number>;
  /** ID-number lookup hashes recomputed with the configured key and found equal. */
  lookupHashesChecked: number;
  /** Migrations newer than the backup, applied when the server next starts. */
  pendingMigrations: string[];
}

const SAMPLE = 25;

async function connect(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url });
  client.on('error', () => undefined);
  await client.connect();
  await prepareSession(client);
  return client;
}

/** Whether any table of the public schema holds a row, and whether there are tables at all. */
async function databaseState(client: pg.Client): Promise<{ tables: number; hasData: boolean }> {
  const { rows } = await client.query<{ name: string }>(
    `select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind in ('r', 'p') and c.relname <> 'mikro_orm_migrations'`,
  );
  for (const { name } of rows) {
    const { rowCount } = await client.query(`select 1 from ${ident(name)} limit 1`);
    if (rowCount) return { tables: rows.length, hasData: true };
  }
  return { tables: rows.length, hasData: false };
}

async function resetSchema(client: pg.Client): Promise<void> {
  await client.query('drop schema if exists public cascade');
  await client.query('create schema public');
}

/** The migrations that rebuild the backup's schema: the backup's list must be where this version's list starts. */
function migrationsFor(head: ManifestHead): { upTo: string | undefined; pending: string[] } {
  const known = MIGRATIONS.map((m) => m.name);
  const prefix = known.slice(0, head.migrations.length);
  if (head.migrations.length > known.length || prefix.some((name, i) => name !== head.migrations[i])) {
    const unknown = head.migrations.find((name, i) => known[i] !== name);
    throw new RestoreError(
      `this backup was made by a newer or different Fengqiao (migration ${unknown ?? '?'} is unknown here): restore it with version ${head.appVersion} or later`,
    );
  }
  return { upTo: head.migrations.at(-1), pending: known.slice(head.migrations.length) };
}

async function foreignKeys(client: pg.Client): Promise<Array<{ table: string; name: string; definition: string }>> {
  const { rows } = await client.query<{ table: string; name: string; definition: string }>(
    `select c.relname as table, k.conname as name, pg_get_constraintdef(k.oid) as definition
       from pg_constraint k join pg_class c on c.oid = k.conrelid join pg_namespace n on n.oid = c.relnamespace
      where k.contype = 'f' and n.nspname = 'public'
        -- A partitioned table's foreign key is one constraint on the parent, cloned onto each partition: the parent's.
        and k.conparentid = 0 and not c.relispartition
      order by c.relname, k.conname`,
  );
  return rows;
}

/**
 * Opens a sample of every sealed column (`*_sealed`, bound to its row's `id`) with the configured field keys, and
 * recomputes a sample of ID-number lookup hashes with the configured lookup key. Counts what opened; throws, naming
 * only the column, when anything does not.
 */
async function checkKeys(
  client: pg.Client,
  options: Pick<RestoreOptions, 'fieldKeys' | 'lookupKey'>,
): Promise<Pick<RestoreResult, 'sealedOpened' | 'lookupHashesChecked'>> {
  const cipher = new FieldCipher(options.fieldKeys);
  const { rows: columns } = await client.query<{ table: string; column: string }>(
    `select c.relname as table, a.attname as column
       from pg_attribute a join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind = 'r' and a.attnum > 0 and not a.attisdropped and a.attname like '%\\_sealed'
        and exists (select 1 from pg_attribute i where i.attrelid = c.oid and i.attname = 'id' and not i.attisdropped)
      order by 1, 2`,
  );
  const sealedOpened: Record<string, number> = {};
  for (const { table, column } of columns) {
    const { rows } = await client.query<{ id: string; value: string }>(
      `select id::text as id, ${ident(column)} as value from ${ident(table)} where ${ident(column)} is not null order by random() limit ${SAMPLE}`,
    );
    for (const row of rows) {
      try {
        cipher.open(row.value, { table, column, rowId: row.id });
      } catch {
        throw new RestoreError(
          `the configured field keys do not open the sealed values of ${table}.${column}: give this installation the field keys of the one that made the backup (FIELD_ENCRYPTION_KEYS or DATA_DIR/field-keys)`,
        );
      }
    }
    sealedOpened[`${table}.${column}`] = rows.length;
  }
  let lookupHashesChecked = 0;
  if (sealedOpened['person.id_number_sealed'] !== undefined) {
    const { rows } = await client.query<{ id: string; sealed: string; hash: string }>(
      `select id::text as id, id_number_sealed as sealed, id_number_hash as hash from person
        where id_number_sealed is not null and id_number_hash is not null order by random() limit ${SAMPLE}`,
    );
    for (const row of rows) {
      const idNumber = cipher.open(row.sealed, { table: 'person', column: 'id_number_sealed', rowId: row.id });
      if (idNumberLookupHash(idNumber, options.lookupKey) !== row.hash) {
        throw new RestoreError(
          "the configured ID lookup key does not match the backup's ID-number hashes: give this installation the lookup key of the one that made the backup (ID_LOOKUP_KEY or DATA_DIR/id-lookup-key)",
        );
      }
      lookupHashesChecked += 1;
    }
  }
  return { sealedOpened, lookupHashesChecked };
}

/** Reads the whole backup and checks it against its manifest without restoring anything. */
export async function checkBackup(file: string, key: Buffer, onProgress: Progress = () => undefined): Promise<Manifest> {
  await checkKeyMatches(file, key);
  const manifest = await readBackup(file, key);
  onProgress(`backup ${basename(file)} is complete and intact: ${manifest.tables.length} tables, ${manifest.files.length} files`);
  return manifest;
}

async function checkKeyMatches(file: string, key: Buffer): Promise<void> {
  const header = await readBackupHeader(file);
  if (header.keyFingerprint !== keyFingerprint(key)) {
    throw new BackupKeyError(
      `wrong backup key: this backup was made with the key whose fingerprint is ${header.keyFingerprint}, the key given has ${keyFingerprint(key)}`,
    );
  }
}

/**
 * Restores a backup into an empty database and an empty uploads directory (or, with `force`, over existing ones, after
 * first checking the whole backup): the schema from the backup's migrations, the rows in one transaction, then every
 * table re-read and compared with the manifest's counts and checksums and a sample of sealed values opened with the
 * configured keys, all before the commit. Any failure leaves the database empty and the uploads untouched.
 */
export async function restoreBackup(options: RestoreOptions): Promise<RestoreResult> {
  const progress = options.onProgress ?? (() => undefined);
  await checkKeyMatches(options.file, options.key);

  const admin = await connect(options.databaseUrl);
  let schemaTouched = false;
  const staging = join(dirname(options.uploadsDir), `.${basename(options.uploadsDir)}-restoring-${randomBytes(4).toString('hex')}`);
  try {
    const state = await databaseState(admin);
    const existingFiles = (await listUploads(options.uploadsDir)).length;
    if ((state.hasData || existingFiles) && !options.force) {
      throw new RestoreError(
        `the target is not empty (${state.hasData ? 'the database holds data' : ''}${state.hasData && existingFiles ? ' and ' : ''}${existingFiles ? `${existingFiles} uploaded files` : ''}): restore into an empty one, or pass --force to replace it`,
      );
    }
    if (state.hasData || existingFiles) {
      progress('target is not empty and --force was given: checking the whole backup before replacing anything');
      await checkBackup(options.file, options.key, progress);
    }
    if (state.tables) {
      schemaTouched = true;
      await resetSchema(admin);
    }

    let loaded: Map<string, TableInfo> | undefined;
    let pendingMigrations: string[] = [];
    let rowsLoaded = 0;
    let fks: Awaited<ReturnType<typeof foreignKeys>> = [];
    let columnsOf = new Map<string, string[]>();
    await mkdir(staging, { recursive: true, mode: 0o700 });
    const manifest = await readBackup(options.file, options.key, {
      head: async (head) => {
        const { upTo, pending } = migrationsFor(head);
        pendingMigrations = pending;
        schemaTouched = true;
        progress(`creating the schema: ${head.migrations.length} migrations`);
        if (upTo) {
          const orm = await MikroORM.init(ormConfig(options.databaseUrl, options.ormOverrides ?? {}));
          try {
            await orm.migrator.up({ to: upTo });
          } finally {
            await orm.close(true);
          }
        }
        await admin.query('begin');
        const tables = await listTables(admin);
        loaded = new Map(tables.map((t) => [t.name, t]));
        for (const t of head.tables) {
          const target = loaded.get(t.name);
          const missing = t.columns.filter((c) => !target?.columns.includes(c));
          if (!target || missing.length)
            throw new RestoreError(`the rebuilt schema lacks ${target ? `columns ${missing.join(', ')} of ` : ''}table ${t.name}`);
        }
        // Rows go in table by table in any order: foreign keys are dropped for the load and re-added (and so checked)
        // after it, and the tables' own triggers (insert-only audit) are held off meanwhile.
        fks = await foreignKeys(admin);
        for (const fk of fks) await admin.query(`alter table ${ident(fk.table)} drop constraint ${ident(fk.name)}`);
        for (const t of tables) await admin.query(`alter table ${ident(t.name)} disable trigger user`);
        if (tables.length) await admin.query(`truncate ${tables.map((t) => ident(t.name)).join(', ')}`);
        columnsOf = new Map(head.tables.map((t) => [t.name, t.columns]));
      },
      rows: async (table, rows) => {
        const cols = columnsOf.get(table)!.map(ident).join(', ');
        await admin.query(`insert into ${ident(table)} (${cols}) select ${cols} from json_populate_recordset(null::${ident(table)}, $1::json)`, [
          `[${rows.join(',')}]`,
        ]);
        rowsLoaded += rows.length;
        if (rowsLoaded % 20000 < rows.length) progress(`rows loaded: ${rowsLoaded}`);
      },
      file: async (path, body) => {
        const target = join(staging, ...path.split('/'));
        await mkdir(dirname(target), { recursive: true, mode: 0o700 });
        await pipeline(body, createWriteStream(target, { mode: 0o600 }));
      },
    });
    progress(`rows loaded: ${rowsLoaded}; files: ${manifest.files.length}`);

    for (const t of loaded!.values()) await admin.query(`alter table ${ident(t.name)} enable trigger user`);
    for (const fk of fks) await admin.query(`alter table ${ident(fk.table)} add constraint ${ident(fk.name)} ${fk.definition}`);
    for (const s of manifest.sequences) await admin.query(`select setval($1::regclass, $2::bigint, $3)`, [ident(s.name), s.value, s.isCalled]);

    progress('comparing every table with the manifest');
    for (const expected of manifest.tables) {
      const table = loaded!.get(expected.name)!;
      const digest = await exportTable(admin, { ...table, columns: expected.columns });
      if (digest.rows !== expected.rows || digest.sha256 !== expected.sha256) {
        throw new RestoreError(`table ${expected.name} differs from the backup after loading (${digest.rows} rows, ${expected.rows} expected)`);
      }
    }
    const keys = await checkKeys(admin, options);
    await admin.query('commit');

    if (existsSync(options.uploadsDir)) await rm(options.uploadsDir, { recursive: true, force: true });
    await mkdir(dirname(options.uploadsDir), { recursive: true });
    await rename(staging, options.uploadsDir);
    progress(
      `restored ${manifest.tables.length} tables and ${manifest.files.length} files from ${basename(options.file)} (made ${manifest.createdAt})`,
    );
    return { manifest, ...keys, pendingMigrations };
  } catch (error) {
    await admin.query('rollback').catch(() => undefined);
    // What this restore built is taken down again: the target is left as empty as it was found (or, forced, empty).
    if (schemaTouched) await resetSchema(admin).catch(() => undefined);
    throw error;
  } finally {
    await rm(staging, { recursive: true, force: true });
    await admin.end().catch(() => undefined);
  }
}
