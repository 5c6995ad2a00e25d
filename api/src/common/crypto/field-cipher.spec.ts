import { describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { FieldCipher, FieldCipherError, generateFieldKeySpec, parseFieldKeys } from './field-cipher.js';

const at = { table: 'mediation_case', column: 'summary', rowId: '00000000-0000-4000-8000-000000000001' };
const k1 = { id: 'k1', key: randomBytes(32) };
const k2 = { id: 'k2', key: randomBytes(32) };

describe(FieldCipher.name, () => {
  it('round-trips Chinese text and never stores it in the clear', () => {
    const cipher = new FieldCipher([k1]);
    const sealed = cipher.seal('张三与李四因宅基地界址发生纠纷', at);
    expect(sealed).toMatch(/^fq1\.k1\./);
    expect(sealed).not.toContain('宅基地');
    expect(Buffer.from(sealed.split('.')[4]!, 'base64url').toString('utf8')).not.toContain('宅基地');
    expect(cipher.open(sealed, at)).toBe('张三与李四因宅基地界址发生纠纷');
  });

  it('uses a fresh IV each time', () => {
    const cipher = new FieldCipher([k1]);
    expect(cipher.seal('same', at)).not.toBe(cipher.seal('same', at));
  });

  it.each([
    ['another row', { ...at, rowId: '00000000-0000-4000-8000-000000000002' }],
    ['another column', { ...at, column: 'record' }],
    ['another table', { ...at, table: 'agreement' }],
  ])('refuses a value moved to %s', (_label, elsewhere) => {
    const cipher = new FieldCipher([k1]);
    const sealed = cipher.seal('secret', at);
    expect(() => cipher.open(sealed, elsewhere)).toThrow(FieldCipherError);
  });

  it('refuses a tampered value without echoing it', () => {
    const cipher = new FieldCipher([k1]);
    const parts = cipher.seal('secret text', at).split('.');
    const ct = Buffer.from(parts[4]!, 'base64url');
    ct[0] = ct[0]! ^ 1;
    parts[4] = ct.toString('base64url');
    expect(() => cipher.open(parts.join('.'), at)).toThrow(/does not open at mediation_case.summary/);
  });

  it('rotates keys: new values use the current key, old values still open', () => {
    const old = new FieldCipher([k1]).seal('sealed with k1', at);
    const rotated = new FieldCipher([k2, k1]);
    expect(rotated.open(old, at)).toBe('sealed with k1');
    const fresh = rotated.seal('sealed with k2', at);
    expect(FieldCipher.keyIdOf(fresh)).toBe('k2');
    expect(() => new FieldCipher([k1]).open(fresh, at)).toThrow(/k2 is not configured/);
  });

  it('parses a key specification and refuses a short key', () => {
    const keys = parseFieldKeys(`${generateFieldKeySpec('k2')},${generateFieldKeySpec('k1')}`);
    expect(keys.map((k) => k.id)).toEqual(['k2', 'k1']);
    expect(() => new FieldCipher([{ id: 'k1', key: randomBytes(16) }])).toThrow(/32 bytes/);
  });
});
