import { describe, expect, it } from 'vitest';
import { mergeMessages } from './merge';

describe('mergeMessages', () => {
  it('adds a feature’s keys under the shared namespaces without dropping the others', () => {
    const merged = mergeMessages({ fq: { menu: { a: 'A' }, x: 'X' } }, { fq: { menu: { b: 'B' } } }, { resources: { r: { name: 'R' } } });
    expect(merged).toEqual({ fq: { menu: { a: 'A', b: 'B' }, x: 'X' }, resources: { r: { name: 'R' } } });
  });
});
