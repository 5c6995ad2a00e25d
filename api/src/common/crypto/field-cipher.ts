import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * Field-level encryption for confidential text (case summaries, session records, agreement content, ID numbers):
 * AES-256-GCM with a fresh 96-bit IV per value, and associated data binding the value to its table, column and row,
 * so a ciphertext copied into another row or column fails to decrypt. Each value names the key that sealed it, so
 * keys can rotate: new values use the current key, old ones still open with theirs.
 *
 * Stored form: `fq1.<keyId>.<iv>.<tag>.<ciphertext>` (base64url parts).
 */
export interface FieldKey {
  id: string;
  key: Buffer;
}

export interface FieldLocation {
  table: string;
  column: string;
  rowId: string;
}

const PREFIX = 'fq1';

export class FieldCipherError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FieldCipherError';
  }
}

/** A value names a key that is not configured (removed too early, or a key file from another installation). */
export class FieldKeyMissingError extends FieldCipherError {
  constructor(readonly keyId: string) {
    super(`field key ${keyId} is not configured`);
    this.name = 'FieldKeyMissingError';
  }
}

export class FieldCipher {
  private readonly keys: Map<string, Buffer>;
  private readonly current: FieldKey;

  /** `keys[0]` seals new values; every key opens values it sealed. */
  constructor(keys: FieldKey[]) {
    if (!keys.length) throw new FieldCipherError('at least one field key is needed');
    for (const k of keys) {
      if (!/^[A-Za-z0-9_-]{1,16}$/.test(k.id)) throw new FieldCipherError(`bad key id ${JSON.stringify(k.id)}`);
      if (k.key.length !== 32) throw new FieldCipherError(`key ${k.id} must be 32 bytes`);
    }
    this.keys = new Map(keys.map((k) => [k.id, k.key]));
    this.current = keys[0]!;
  }

  private static aad(at: FieldLocation): Buffer {
    return Buffer.from(`${at.table}\u0000${at.column}\u0000${at.rowId}`, 'utf8');
  }

  seal(plaintext: string, at: FieldLocation): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.current.key, iv);
    cipher.setAAD(FieldCipher.aad(at));
    const ct = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    const tag = cipher.getAuthTag();
    return [PREFIX, this.current.id, iv.toString('base64url'), tag.toString('base64url'), ct.toString('base64url')].join('.');
  }

  open(sealed: string, at: FieldLocation): string {
    const parts = sealed.split('.');
    if (parts.length !== 5 || parts[0] !== PREFIX) throw new FieldCipherError('not a sealed field value');
    const [, keyId, iv, tag, ct] = parts as [string, string, string, string, string];
    const key = this.keys.get(keyId);
    if (!key) throw new FieldKeyMissingError(keyId);
    try {
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
      decipher.setAAD(FieldCipher.aad(at));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(ct, 'base64url')), decipher.final()]).toString('utf8');
    } catch {
      // Never echo the value: only that it did not authenticate where it was found.
      throw new FieldCipherError(`sealed value does not open at ${at.table}.${at.column}`);
    }
  }

  /** The id of the key a value was sealed with, to find values that need re-sealing after a rotation. */
  static keyIdOf(sealed: string): string | undefined {
    const parts = sealed.split('.');
    return parts.length === 5 && parts[0] === PREFIX ? parts[1] : undefined;
  }

  get currentKeyId(): string {
    return this.current.id;
  }

  /** Every configured key's id, the sealing one first. */
  get keyIds(): string[] {
    return [...this.keys.keys()];
  }
}

/** Parses `id:base64key,id:base64key` (the first is current). */
export function parseFieldKeys(spec: string): FieldKey[] {
  return spec.split(',').map((entry) => {
    const [id, b64] = entry.trim().split(':');
    if (!id || !b64) throw new FieldCipherError('FIELD_ENCRYPTION_KEYS must look like "k2:<base64>,k1:<base64>"');
    return { id, key: Buffer.from(b64, 'base64') };
  });
}

export function generateFieldKeySpec(id = 'k1'): string {
  return `${id}:${randomBytes(32).toString('base64')}`;
}
