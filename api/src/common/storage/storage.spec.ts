import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SIGNED_URL_TTL_SECONDS, fileUrlSigner } from './signed-url.js';
import { LocalDiskStorage, newStorageKey } from './storage.js';

describe(LocalDiskStorage.name, () => {
  it('puts, gets and removes bytes by key, leaving no partial files', async () => {
    const root = mkdtempSync(join(tmpdir(), 'fq-storage-'));
    try {
      const storage = new LocalDiskStorage(root);
      const key = newStorageKey('images', new Date('2026-05-01T00:00:00Z'));
      expect(key).toMatch(/^images\/2026-05\/[0-9a-f-]{36}$/);
      await storage.put(key, Buffer.from('bytes'));
      expect((await storage.get(key))?.toString()).toBe('bytes');
      expect(readdirSync(join(root, 'images', '2026-05'))).toHaveLength(1);
      await storage.remove(key);
      expect(await storage.get(key)).toBeNull();
      await storage.remove(key);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it.each(['../etc/passwd', 'images/../../x', '/abs/key', 'images', 'images/A B'])('refuses the key %j', async (key) => {
    const storage = new LocalDiskStorage('/nonexistent');
    await expect(storage.get(key)).rejects.toThrow(/invalid storage key/);
  });
});

describe('fileUrlSigner', () => {
  const signer = fileUrlSigner(new TextEncoder().encode('a-secret-that-is-long-enough-for-the-test!!'));
  const id = '00000000-0000-4000-8000-000000000001';
  const parts = (url: string) => Object.fromEntries(new URL(url, 'http://x').searchParams);

  it('signs a link that verifies for its id until it expires', () => {
    const now = Date.UTC(2026, 4, 1);
    const { exp, sig } = parts(signer.url(id, now));
    expect(Number(exp)).toBe(now / 1000 + SIGNED_URL_TTL_SECONDS);
    expect(signer.verify(id, exp, sig, now + 599_000)).toBe(true);
    expect(signer.verify(id, exp, sig, now + 600_000)).toBe(false);
    expect(signer.verify('00000000-0000-4000-8000-000000000002', exp, sig, now)).toBe(false);
    expect(signer.verify(id, String(Number(exp) + 1), sig, now)).toBe(false);
    expect(signer.verify(id, [exp], sig, now)).toBe(false);
  });
});
