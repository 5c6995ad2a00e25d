import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Config } from '../../config.js';

/** Where uploaded bytes live. Keys are made by `newStorageKey`, never from anything a user sent. */
export interface Storage {
  put(key: string, bytes: Buffer): Promise<void>;
  /** The bytes, or null when nothing is stored under the key. */
  get(key: string): Promise<Buffer | null>;
  remove(key: string): Promise<void>;
}

const KEY_RE = /^[a-z0-9]+(?:\/[a-z0-9-]+)+$/;

/** `<prefix>/<yyyy-mm>/<uuid>`: a month per folder keeps directories small. */
export function newStorageKey(prefix: string, now = new Date()): string {
  return `${prefix}/${now.toISOString().slice(0, 7)}/${randomUUID()}`;
}

function checkKey(key: string): string {
  // A second line of defence: a key can never climb out of the root, whatever produced it.
  if (!KEY_RE.test(key)) throw new Error('invalid storage key');
  return key;
}

/** Files under one directory; written to a temporary name first so a reader never sees half a file. */
export class LocalDiskStorage implements Storage {
  constructor(private readonly root: string) {}

  private path(key: string): string {
    return join(this.root, ...checkKey(key).split('/'));
  }

  async put(key: string, bytes: Buffer): Promise<void> {
    const path = this.path(key);
    await mkdir(dirname(path), { recursive: true, mode: 0o700 });
    const partial = `${path}.${randomUUID()}.part`;
    await writeFile(partial, bytes, { mode: 0o600 });
    await rename(partial, path);
  }

  async get(key: string): Promise<Buffer | null> {
    try {
      return await readFile(this.path(key));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  async remove(key: string): Promise<void> {
    await rm(this.path(key), { force: true });
  }
}

const byRoot = new Map<string, Storage>();

/** The storage configured for this process (local disk under `config.uploadsDir` today). */
export function storageFor(config: Pick<Config, 'uploadsDir'>): Storage {
  let storage = byRoot.get(config.uploadsDir);
  if (!storage) {
    storage = new LocalDiskStorage(config.uploadsDir);
    byRoot.set(config.uploadsDir, storage);
  }
  return storage;
}
