import { createHash } from 'node:crypto';
import { createWriteStream, existsSync, readFileSync } from 'node:fs';
import { mkdir, open, readdir, rename, rm, writeFile, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import pg from 'pg';
import { REPO_ROOT } from '../config.js';
import { ContainerWriter } from './backup-container.js';
import { encryptStream } from './backup-crypto.js';
import {
  appliedMigrations,
  exportTable,
  listTables,
  prepareSession,
  readSequences,
  type SequenceValue,
  type TableDigest,
  type TableInfo,
} from './tables.js';

export const BACKUP_SUFFIX = '.fqbak';

/** What a restore needs before the data: which migrations build the schema and which columns each table has. */
export interface ManifestHead {
  format: 'fengqiao-backup';
  version: 1;
  createdAt: string;
  appVersion: string;
  serverVersion: string;
  migrations: string[];
  tables: Array<Pick<TableInfo, 'name' | 'columns'>>;
}

export interface FileDigest {
  path: string;
  size: number;
  sha256: string;
}

/**
 * The whole manifest, written last (the counts and checksums are known only once the data is written). Rows are the
 * JSON objects of `row_to_json`, one a line, in primary-key order, read inside one REPEATABLE READ snapshot.
 */
export interface Manifest extends ManifestHead {
  tables: Array<Pick<TableInfo, 'name' | 'columns'> & Omit<TableDigest, 'name'>>;
  sequences: SequenceValue[];
  files: FileDigest[];
  /** Files listed while the backup ran that were gone before they could be copied (deleted meanwhile). */
  vanishedFiles: string[];
}

export type Progress = (message: string) => void;

export interface BackupOptions {
  /** The database to back up (a connection string). */
  databaseUrl: string;
  uploadsDir: string;
  /** The backup file to write; a directory gets a dated file name. */
  out: string;
  key: Buffer;
  now: Date;
  onProgress?: Progress;
}

export interface BackupResult {
  file: string;
  manifest: Manifest;
  bytes: number;
}

export function appVersion(): string {
  try {
    return String(JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')).version ?? 'unknown');
  } catch {
    return 'unknown';
  }
}

/** `fengqiao-backup-20261130-023000.fqbak`, in Asia/Shanghai time (the county's clock). */
export function backupFileName(at: Date): string {
  const local = new Date(at.getTime() + 8 * 3600_000).toISOString();
  return `fengqiao-backup-${local.slice(0, 10).replace(/-/g, '')}-${local.slice(11, 19).replace(/:/g, '')}${BACKUP_SUFFIX}`;
}

/** Regular files under `root`, as sorted `/`-separated relative paths; files still being written (`*.part`) are left out. */
export async function listUploads(root: string): Promise<string[]> {
  if (!existsSync(root)) return [];
  const out: string[] = [];
  const walk = async (dir: string, prefix: string) => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isDirectory()) await walk(join(dir, entry.name), rel);
      else if (entry.isFile() && !entry.name.endsWith('.part')) out.push(rel);
    }
  };
  await walk(root, '');
  return out.sort();
}

async function* hashing(handle: FileHandle, digest: { size: number; hash: ReturnType<typeof createHash> }): AsyncGenerator<Buffer> {
  for await (const chunk of handle.createReadStream()) {
    digest.size += (chunk as Buffer).length;
    digest.hash.update(chunk as Buffer);
    yield chunk as Buffer;
  }
}

/**
 * Writes a consistent backup while the server keeps serving: every table read inside one REPEATABLE READ READ ONLY
 * transaction (one snapshot; writers are not blocked), counted and hashed from the very bytes written, then the
 * uploaded files; all of it gzip-compressed and encrypted with the backup key. The file appears under its final name
 * only once complete; beside it, `<file>.sha256` lets a copy be checked without the key.
 */
export async function createBackup(options: BackupOptions): Promise<BackupResult> {
  const progress = options.onProgress ?? (() => undefined);
  const file = options.out.endsWith(BACKUP_SUFFIX) ? options.out : join(options.out, backupFileName(options.now));
  await mkdir(dirname(file), { recursive: true, mode: 0o700 });
  if (existsSync(file)) throw new Error(`${file} exists already`);
  const partial = `${file}.partial`;

  const client = new pg.Client({ connectionString: options.databaseUrl });
  client.on('error', () => undefined);
  await client.connect();
  const gzip = createGzip({ level: 6 });
  const fileHash = createHash('sha256');
  let bytes = 0;
  const written = pipeline(
    gzip,
    encryptStream(options.key, options.now),
    async function* (source) {
      for await (const chunk of source) {
        fileHash.update(chunk as Buffer);
        bytes += (chunk as Buffer).length;
        yield chunk;
      }
    },
    createWriteStream(partial, { mode: 0o600 }),
  );
  // The pipeline's failure (a full disk) surfaces when awaited below; until then it must not count as unhandled.
  written.catch(() => undefined);
  const out = new ContainerWriter(gzip);
  try {
    await prepareSession(client);
    await client.query('begin isolation level repeatable read read only');
    const {
      rows: [{ server_version: serverVersion }],
    } = await client.query<{ server_version: string }>('show server_version');
    const tables = await listTables(client);
    const head: ManifestHead = {
      format: 'fengqiao-backup',
      version: 1,
      createdAt: options.now.toISOString(),
      appVersion: appVersion(),
      serverVersion: serverVersion!,
      migrations: await appliedMigrations(client),
      tables: tables.map((t) => ({ name: t.name, columns: t.columns })),
    };
    await out.json('manifest-head.json', head);

    const digests: Manifest['tables'] = [];
    for (const table of tables) {
      await out.beginEntry(`table/${table.name}`);
      const digest = await exportTable(client, table, (batch) => out.data(batch));
      await out.endEntry();
      digests.push({ name: table.name, columns: table.columns, rows: digest.rows, sha256: digest.sha256 });
      progress(`table ${table.name}: ${digest.rows} rows`);
    }
    const sequences = await readSequences(client);
    await client.query('commit');

    const files: FileDigest[] = [];
    const vanishedFiles: string[] = [];
    const uploads = await listUploads(options.uploadsDir);
    let fileBytes = 0;
    for (const [i, path] of uploads.entries()) {
      const digest = { size: 0, hash: createHash('sha256') };
      let handle: FileHandle;
      try {
        handle = await open(join(options.uploadsDir, ...path.split('/')), 'r');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
        vanishedFiles.push(path);
        continue;
      }
      // Uploads are written once under a fresh name and never changed in place: the open file is the whole file.
      await out.entry(`file/${path}`, hashing(handle, digest));
      files.push({ path, size: digest.size, sha256: digest.hash.digest('hex') });
      fileBytes += digest.size;
      if ((i + 1) % 100 === 0 || i + 1 === uploads.length) progress(`files: ${i + 1}/${uploads.length} (${(fileBytes / 1048576).toFixed(1)} MB)`);
    }

    const manifest: Manifest = { ...head, tables: digests, sequences, files, vanishedFiles };
    await out.json('manifest.json', manifest);
    await out.end();
    await written;
    await rename(partial, file);
    await writeFile(`${file}.sha256`, `${fileHash.digest('hex')}  ${basename(file)}\n`, { mode: 0o600 });
    progress(`backup written: ${file} (${(bytes / 1048576).toFixed(1)} MB)`);
    return { file, manifest, bytes };
  } catch (error) {
    gzip.destroy();
    await written.catch(() => undefined);
    await rm(partial, { force: true });
    throw error;
  } finally {
    await client.end().catch(() => undefined);
  }
}
