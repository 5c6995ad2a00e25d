import { describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { Readable, type Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { BackupFileError, BackupKeyError, decryptStream, encryptStream } from './backup-crypto.js';

const KEY = Buffer.alloc(32, 5);

async function through(input: Buffer, transform: Transform): Promise<Buffer> {
  const out: Buffer[] = [];
  await pipeline(Readable.from([input]), transform, async (source: AsyncIterable<Buffer>) => {
    for await (const chunk of source) out.push(chunk);
  });
  return Buffer.concat(out);
}

describe('backup encryption', () => {
  // More than two records, so that order and the last-record flag both matter.
  const plain = randomBytes(2.5 * 1024 * 1024);

  it('round-trips a stream of several records, and an empty one', async () => {
    const sealed = await through(plain, encryptStream(KEY, new Date()));
    expect(sealed.includes(plain.subarray(0, 64))).toBe(false);
    expect((await through(sealed, decryptStream(KEY))).equals(plain)).toBe(true);
    expect((await through(await through(Buffer.alloc(0), encryptStream(KEY, new Date())), decryptStream(KEY))).length).toBe(0);
  });

  it('refuses another key by its fingerprint', async () => {
    const sealed = await through(plain, encryptStream(KEY, new Date()));
    await expect(through(sealed, decryptStream(Buffer.alloc(32, 6)))).rejects.toThrow(BackupKeyError);
  });

  it('refuses a file cut short at a record boundary, an altered byte and an altered header', async () => {
    const sealed = await through(plain, encryptStream(KEY, new Date()));
    const headerLength = 6 + 4 + sealed.readUInt32BE(6);
    const firstRecord = 4 + 1024 * 1024 + 16;
    await expect(through(sealed.subarray(0, headerLength + 2 * firstRecord), decryptStream(KEY))).rejects.toThrow(/cut short/);
    const altered = Buffer.from(sealed);
    altered[headerLength + firstRecord + 100] ^= 1;
    await expect(through(altered, decryptStream(KEY))).rejects.toThrow(BackupFileError);
    // Still a well-formed header, only with another date: the records no longer authenticate.
    const header = Buffer.from(sealed);
    const year = header.indexOf('"createdAt":"') + '"createdAt":"'.length;
    header[year + 3] = header[year + 3] === 0x30 ? 0x31 : 0x30;
    await expect(through(header, decryptStream(KEY))).rejects.toThrow(/does not authenticate/);
  });
});
