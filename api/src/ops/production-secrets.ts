import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateFieldKeySpec } from '../common/crypto/field-cipher.js';

/** The files `npm run secrets` writes, one per secret, named as Docker secrets usually are. */
export const SECRET_FILES = {
  JWT_SECRET: 'jwt_secret',
  FIELD_ENCRYPTION_KEYS: 'field_encryption_keys',
  ID_LOOKUP_KEY: 'id_lookup_key',
} as const;

/**
 * New secrets for a production install, one file each, readable by their owner only, for `*_FILE` variables or
 * Docker secrets. An existing file is never overwritten: a replaced field key would make every sealed text unreadable.
 */
export function writeProductionSecrets(dir: string): string[] {
  const files = Object.values(SECRET_FILES).map((name) => join(dir, name));
  const existing = files.filter((file) => existsSync(file));
  if (existing.length > 0) throw new Error(`refusing to overwrite ${existing.join(', ')}: these secrets may already seal data`);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const values: Record<keyof typeof SECRET_FILES, string> = {
    JWT_SECRET: randomBytes(48).toString('base64url'),
    FIELD_ENCRYPTION_KEYS: generateFieldKeySpec('k1'),
    ID_LOOKUP_KEY: randomBytes(48).toString('base64url'),
  };
  for (const [name, file] of Object.entries(SECRET_FILES)) {
    writeFileSync(join(dir, file), `${values[name as keyof typeof SECRET_FILES]}\n`, { mode: 0o600, flag: 'wx' });
  }
  return files;
}
