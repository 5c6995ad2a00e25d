import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateFieldKeySpec, parseFieldKeys } from '../common/crypto/field-cipher.js';
import { lookupKeyId } from '../common/validation/id-number.js';
import { FIELD_KEYS_FILE, LOOKUP_KEYS_FILE } from '../config.js';

/** A refusal to change a key file, with the reason for the operator. */
export class KeyFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'KeyFileError';
  }
}

/** Replaces a key file in one step (owner-readable only): a crash leaves the old file or the new, never half of one. */
function replaceFile(file: string, text: string): void {
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, `${text}\n`, { mode: 0o600 });
  renameSync(tmp, file);
}

function readLines(file: string): string[] {
  if (!existsSync(file)) throw new KeyFileError(`${file} does not exist: start the server once to generate it`);
  return readFileSync(file, 'utf8')
    .split(/[\n,]/)
    .map((l) => l.trim())
    .filter(Boolean);
}

function refuseWhenSetInEnvironment(name: string): void {
  if (process.env[name]?.trim()) {
    throw new KeyFileError(`${name} is set in the environment: edit it there (the key files under DATA_DIR are not used)`);
  }
}

/** A field key id not yet in use: k1, k2, … after the highest. */
function nextFieldKeyId(ids: string[]): string {
  const numbers = ids
    .map((id) => /^k(\d+)$/.exec(id)?.[1])
    .filter((n): n is string => !!n)
    .map(Number);
  return `k${Math.max(0, ...numbers) + 1}`;
}

/** `keys add`: a fresh field key becomes the first (sealing) one in DATA_DIR/field-keys; the others still open. */
export function addFieldKey(dataDir: string): string {
  refuseWhenSetInEnvironment('FIELD_ENCRYPTION_KEYS');
  const file = join(dataDir, FIELD_KEYS_FILE);
  const entries = readLines(file);
  const id = nextFieldKeyId(parseFieldKeys(entries.join(',')).map((k) => k.id));
  replaceFile(file, [generateFieldKeySpec(id), ...entries].join(','));
  return id;
}

/** `keys remove <id>`: only an old key, and only once no value is sealed with it (`sealedWithIt`, counted by the caller). */
export function removeFieldKey(dataDir: string, id: string, sealedWithIt: number): void {
  refuseWhenSetInEnvironment('FIELD_ENCRYPTION_KEYS');
  const file = join(dataDir, FIELD_KEYS_FILE);
  const entries = readLines(file);
  const ids = parseFieldKeys(entries.join(',')).map((k) => k.id);
  const at = ids.indexOf(id);
  if (at < 0) throw new KeyFileError(`no field key ${id} in ${file} (there are: ${ids.join(', ')})`);
  if (at === 0) throw new KeyFileError(`${id} is the key that seals new values: add a newer one first (npm run keys -- add)`);
  if (sealedWithIt > 0)
    throw new KeyFileError(
      `${sealedWithIt} values are still sealed with ${id}: run npm run rotate-keys first (after restarting the server with the new key)`,
    );
  replaceFile(file, entries.filter((_, i) => i !== at).join(','));
}

/** `keys add-lookup`: a fresh ID-number lookup key becomes the current one; the old one is still matched by lookups. */
export function addLookupKey(dataDir: string): string {
  refuseWhenSetInEnvironment('ID_LOOKUP_KEY');
  const file = join(dataDir, LOOKUP_KEYS_FILE);
  const lines = readLines(file);
  const key = randomBytes(48).toString('base64url');
  replaceFile(file, [key, ...lines].join('\n'));
  return lookupKeyId(Buffer.from(key, 'utf8'));
}

/**
 * `keys remove-lookup <id>`: only a previous lookup key, and only once no hash made with it is left (`hashedWithIt`:
 * hashes with its id, and hashes made before keys were named, which may be its).
 */
export function removeLookupKey(dataDir: string, id: string, hashedWithIt: number): void {
  refuseWhenSetInEnvironment('ID_LOOKUP_KEY');
  const file = join(dataDir, LOOKUP_KEYS_FILE);
  const lines = readLines(file);
  const ids = lines.map((l) => lookupKeyId(Buffer.from(l, 'utf8')));
  const at = ids.indexOf(id);
  if (at < 0) throw new KeyFileError(`no lookup key ${id} in ${file} (there are: ${ids.join(', ')})`);
  if (at === 0) throw new KeyFileError(`${id} is the current lookup key: add a newer one first (npm run keys -- add-lookup)`);
  if (hashedWithIt > 0)
    throw new KeyFileError(
      `${hashedWithIt} ID numbers may still be hashed with ${id}: run npm run rotate-keys first (after restarting the server with the new key)`,
    );
  replaceFile(file, lines.filter((_, i) => i !== at).join('\n'));
}
