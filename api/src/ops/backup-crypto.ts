import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Transform, type TransformCallback } from 'node:stream';

/**
 * Encryption of a whole backup file: AES-256-GCM in authenticated chunks (the STREAM construction), so a restore
 * never acts on bytes that have not been authenticated, and a file cut short or with chunks reordered fails. Each file
 * gets its own key, derived from the backup key and a random salt; the header (which names the key by a fingerprint
 * only) is the associated data of every chunk.
 *
 * File: `FQBK1\n`, u32 header length, header JSON, then records: u32 (high bit: last record) ciphertext length,
 * ciphertext, 16-byte tag. Nonce: 7-byte random prefix, u32 record counter, 1 byte last-record flag.
 */
const MAGIC = Buffer.from('FQBK1\n', 'ascii');
const CHUNK = 1024 * 1024;
const TAG = 16;
const LAST = 0x8000_0000;

export class BackupKeyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupKeyError';
  }
}

export class BackupFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupFileError';
  }
}

export interface BackupHeader {
  format: 'fengqiao-backup';
  version: 1;
  cipher: 'aes-256-gcm-stream';
  /** Names the backup key without revealing it: the first 8 bytes of HMAC-SHA256(key, a fixed label). */
  keyFingerprint: string;
  salt: string;
  noncePrefix: string;
  createdAt: string;
}

/** The backup key: 32 bytes, written as base64 in BACKUP_KEY or the key file. */
export function parseBackupKey(text: string, from: string): Buffer {
  const key = Buffer.from(text.trim(), 'base64');
  if (key.length !== 32) throw new BackupKeyError(`${from} must be 32 bytes written in base64 (openssl rand -base64 32)`);
  return key;
}

export function keyFingerprint(key: Buffer): string {
  return createHmac('sha256', key).update('fengqiao backup key fingerprint').digest().subarray(0, 8).toString('hex');
}

/** `DATA_DIR/backup-key`: where a generated backup key is kept. It is never written into a backup. */
export function backupKeyFile(dataDir: string): string {
  return join(dataDir, 'backup-key');
}

/**
 * BACKUP_KEY, else the key file (`--key-file`, or DATA_DIR/backup-key). With `generate`, a missing key file is created
 * with a fresh key and `generated` is true, so the caller can show it once to the administrator.
 */
export function loadBackupKey(options: { dataDir: string; keyFile?: string; generate: boolean }): {
  key: Buffer;
  source: string;
  generated: boolean;
} {
  const fromEnv = process.env.BACKUP_KEY?.trim();
  if (fromEnv && !options.keyFile) return { key: parseBackupKey(fromEnv, 'BACKUP_KEY'), source: 'BACKUP_KEY', generated: false };
  const file = options.keyFile ?? backupKeyFile(options.dataDir);
  if (existsSync(file)) return { key: parseBackupKey(readFileSync(file, 'utf8'), file), source: file, generated: false };
  if (!options.generate || options.keyFile) {
    throw new BackupKeyError(`No backup key: set BACKUP_KEY or put the key in ${file}`);
  }
  mkdirSync(dirname(file), { recursive: true });
  const key = randomBytes(32);
  writeFileSync(file, `${key.toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
  return { key, source: file, generated: true };
}

function encodeHeader(header: BackupHeader): Buffer {
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32BE(json.length);
  return Buffer.concat([MAGIC, length, json]);
}

function fileKey(key: Buffer, salt: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', key, salt, 'fengqiao-backup/1', 32));
}

function nonce(prefix: Buffer, counter: number, last: boolean): Buffer {
  const n = Buffer.alloc(12);
  prefix.copy(n, 0);
  n.writeUInt32BE(counter, 7);
  n[11] = last ? 1 : 0;
  return n;
}

/** Encrypts what is written to it into a backup file's bytes (header first). */
export function encryptStream(key: Buffer, createdAt: Date): Transform {
  const salt = randomBytes(32);
  const prefix = randomBytes(7);
  const headerBytes = encodeHeader({
    format: 'fengqiao-backup',
    version: 1,
    cipher: 'aes-256-gcm-stream',
    keyFingerprint: keyFingerprint(key),
    salt: salt.toString('base64'),
    noncePrefix: prefix.toString('base64'),
    createdAt: createdAt.toISOString(),
  });
  const k = fileKey(key, salt);
  let counter = 0;
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let headerSent = false;

  const seal = (plain: Buffer, last: boolean): Buffer => {
    const cipher = createCipheriv('aes-256-gcm', k, nonce(prefix, counter++, last));
    cipher.setAAD(headerBytes);
    const ct = Buffer.concat([cipher.update(plain), cipher.final()]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE((ct.length | (last ? LAST : 0)) >>> 0);
    return Buffer.concat([length, ct, cipher.getAuthTag()]);
  };
  const header = (t: Transform) => {
    if (!headerSent) t.push(headerBytes);
    headerSent = true;
  };

  return new Transform({
    transform(chunk: Buffer, _enc, done: TransformCallback) {
      header(this);
      pending.push(chunk);
      pendingBytes += chunk.length;
      // Keep at least one byte back, so the last record (flagged) is never empty unless the whole stream is.
      while (pendingBytes > CHUNK) {
        const all = Buffer.concat(pending);
        this.push(seal(all.subarray(0, CHUNK), false));
        pending = [all.subarray(CHUNK)];
        pendingBytes = all.length - CHUNK;
      }
      done();
    },
    flush(done: TransformCallback) {
      header(this);
      this.push(seal(Buffer.concat(pending), true));
      pending = [];
      done();
    },
  });
}

function parseHeader(buffer: Buffer): { header: BackupHeader; length: number } | undefined {
  if (buffer.length < MAGIC.length + 4) return undefined;
  if (!buffer.subarray(0, MAGIC.length).equals(MAGIC)) throw new BackupFileError('not a Fengqiao backup file');
  const jsonLength = buffer.readUInt32BE(MAGIC.length);
  if (jsonLength > 64 * 1024) throw new BackupFileError('not a Fengqiao backup file');
  const length = MAGIC.length + 4 + jsonLength;
  if (buffer.length < length) return undefined;
  let header: BackupHeader;
  try {
    header = JSON.parse(buffer.subarray(MAGIC.length + 4, length).toString('utf8')) as BackupHeader;
  } catch {
    throw new BackupFileError('not a Fengqiao backup file');
  }
  if (header.format !== 'fengqiao-backup' || header.version !== 1 || header.cipher !== 'aes-256-gcm-stream') {
    throw new BackupFileError(`unsupported backup format ${String(header.format)} ${String(header.version)}`);
  }
  return { header, length };
}

/** The plaintext header of a backup file: when it was made and with which key (by fingerprint). */
export async function readBackupHeader(file: string): Promise<BackupHeader> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(64 * 1024 + MAGIC.length + 4);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    const parsed = parseHeader(buffer.subarray(0, bytesRead));
    if (!parsed) throw new BackupFileError('backup file is cut short');
    return parsed.header;
  } finally {
    await handle.close();
  }
}

/** Decrypts a backup file's bytes; fails on a wrong key, on any altered byte and on a file cut short. */
export function decryptStream(key: Buffer): Transform {
  let buffered: Buffer = Buffer.alloc(0);
  let headerBytes: Buffer | undefined;
  let k: Buffer | undefined;
  let prefix: Buffer | undefined;
  let counter = 0;
  let ended = false;

  const take = (t: Transform) => {
    if (!headerBytes) {
      const parsed = parseHeader(buffered);
      if (!parsed) return;
      if (parsed.header.keyFingerprint !== keyFingerprint(key)) {
        throw new BackupKeyError(
          `wrong backup key: this backup was made with the key whose fingerprint is ${parsed.header.keyFingerprint}, the key given has ${keyFingerprint(key)}`,
        );
      }
      headerBytes = buffered.subarray(0, parsed.length);
      k = fileKey(key, Buffer.from(parsed.header.salt, 'base64'));
      prefix = Buffer.from(parsed.header.noncePrefix, 'base64');
      buffered = buffered.subarray(parsed.length);
    }
    while (buffered.length >= 4) {
      if (ended) throw new BackupFileError('backup file has data after its end');
      const word = buffered.readUInt32BE(0);
      const last = (word & LAST) !== 0;
      const length = word & ~LAST;
      if (length > CHUNK + 1024) throw new BackupFileError('backup file is damaged');
      if (buffered.length < 4 + length + TAG) return;
      const decipher = createDecipheriv('aes-256-gcm', k!, nonce(prefix!, counter++, last));
      decipher.setAAD(headerBytes);
      decipher.setAuthTag(buffered.subarray(4 + length, 4 + length + TAG));
      let plain: Buffer;
      try {
        plain = Buffer.concat([decipher.update(buffered.subarray(4, 4 + length)), decipher.final()]);
      } catch {
        throw new BackupFileError(`backup file is damaged or altered (record ${counter - 1} does not authenticate)`);
      }
      buffered = buffered.subarray(4 + length + TAG);
      if (plain.length) t.push(plain);
      if (last) ended = true;
    }
  };

  return new Transform({
    transform(chunk: Buffer, _enc, done: TransformCallback) {
      buffered = buffered.length ? Buffer.concat([buffered, chunk]) : chunk;
      try {
        take(this);
        done();
      } catch (error) {
        done(error as Error);
      }
    },
    flush(done: TransformCallback) {
      if (!headerBytes) return done(new BackupFileError('backup file is cut short'));
      if (!ended || buffered.length) return done(new BackupFileError('backup file is cut short'));
      done();
    },
  });
}
