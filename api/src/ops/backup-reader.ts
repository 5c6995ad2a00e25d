import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { lines, readAll, readContainer } from './backup-container.js';
import { BackupFileError, decryptStream } from './backup-crypto.js';
import type { FileDigest, Manifest, ManifestHead } from './backup.js';

/** What a restore does with a backup's parts as they are read; each is optional (a check reads and discards). */
export interface BackupVisitor {
  head?(head: ManifestHead): Promise<void>;
  /** A batch of rows of one table, each a JSON object's text. */
  rows?(table: string, rows: string[]): Promise<void>;
  /** One uploaded file's bytes; the visitor must read `body` to its end. */
  file?(path: string, body: AsyncIterable<Buffer>): Promise<void>;
}

const BATCH_ROWS = 1000;
const BATCH_BYTES = 4 * 1024 * 1024;

/** An uploaded file's path as stored in a backup: relative, plain names only, never climbing out of the uploads. */
export function safeUploadPath(path: string): boolean {
  return /^[A-Za-z0-9_-][A-Za-z0-9._-]*(\/[A-Za-z0-9_-][A-Za-z0-9._-]*)*$/.test(path) && !path.split('/').includes('..');
}

function differs(what: string): never {
  throw new BackupFileError(`backup does not match its manifest: ${what}`);
}

/**
 * Reads a backup from end to end (decrypting, decompressing) and hands its parts to `visitor`; every table's rows and
 * every file are counted and hashed as they pass and compared with the manifest at the end, so a visitor that
 * finishes without an error has seen exactly what the backup recorded. Returns the manifest.
 */
export async function readBackup(file: string, key: Buffer, visitor: BackupVisitor = {}): Promise<Manifest> {
  let manifest: Manifest | undefined;
  await pipeline(createReadStream(file), decryptStream(key), createGunzip(), async (source: AsyncIterable<Buffer>) => {
    let head: ManifestHead | undefined;
    const tables = new Map<string, { rows: number; sha256: string }>();
    const files = new Map<string, FileDigest>();
    for await (const entry of readContainer(source)) {
      if (manifest) differs('entries after the manifest');
      if (!head) {
        if (entry.name !== 'manifest-head.json') differs('no manifest at the start');
        head = JSON.parse((await readAll(entry.body)).toString('utf8')) as ManifestHead;
        if (head.format !== 'fengqiao-backup' || head.version !== 1)
          throw new BackupFileError(`unsupported backup contents ${String(head.format)} ${String(head.version)}`);
        await visitor.head?.(head);
      } else if (entry.name.startsWith('table/')) {
        const table = entry.name.slice('table/'.length);
        if (!head.tables.some((t) => t.name === table) || tables.has(table)) differs(`unexpected table ${table}`);
        const hash = createHash('sha256');
        let count = 0;
        let batch: string[] = [];
        let batchBytes = 0;
        for await (const line of lines(entry.body)) {
          hash.update(line);
          hash.update('\n');
          count += 1;
          batch.push(line.toString('utf8'));
          batchBytes += line.length;
          if (batch.length >= BATCH_ROWS || batchBytes >= BATCH_BYTES) {
            await visitor.rows?.(table, batch);
            batch = [];
            batchBytes = 0;
          }
        }
        if (batch.length) await visitor.rows?.(table, batch);
        tables.set(table, { rows: count, sha256: hash.digest('hex') });
      } else if (entry.name.startsWith('file/')) {
        const path = entry.name.slice('file/'.length);
        if (!safeUploadPath(path) || files.has(path)) differs(`unexpected file ${JSON.stringify(path)}`);
        const digest = { path, size: 0, sha256: '' };
        const hash = createHash('sha256');
        const body = (async function* () {
          for await (const chunk of entry.body) {
            digest.size += chunk.length;
            hash.update(chunk);
            yield chunk;
          }
        })();
        if (visitor.file) await visitor.file(path, body);
        else for await (const _ of body);
        digest.sha256 = hash.digest('hex');
        files.set(path, digest);
      } else if (entry.name === 'manifest.json') {
        manifest = JSON.parse((await readAll(entry.body)).toString('utf8')) as Manifest;
      } else {
        differs(`unknown entry ${entry.name}`);
      }
    }
    if (!head || !manifest) differs('no manifest at the end');
    if (JSON.stringify(manifest.migrations) !== JSON.stringify(head.migrations)) differs('migrations');
    if (manifest.tables.length !== head.tables.length || manifest.tables.length !== tables.size) differs('table list');
    for (const t of manifest.tables) {
      const seen = tables.get(t.name);
      if (!seen || seen.rows !== t.rows || seen.sha256 !== t.sha256) differs(`table ${t.name}`);
    }
    if (manifest.files.length !== files.size) differs('file list');
    for (const f of manifest.files) {
      const seen = files.get(f.path);
      if (!seen || seen.size !== f.size || seen.sha256 !== f.sha256) differs(`file ${f.path}`);
    }
  });
  return manifest!;
}
