import { expect } from '@jest/globals';

/**
 * A jurisdiction check that cannot pass on an empty list: there are items, every one lies in scope (the offenders are
 * named on failure), and records known to lie outside are absent.
 */
export function expectOnlyInScope<T extends { id: string }>(items: readonly T[], inScope: (item: T) => boolean, outsideIds: readonly string[]): void {
  expect(items.length).toBeGreaterThan(0);
  expect(items.filter((item) => !inScope(item))).toEqual([]);
  expect(outsideIds.length).toBeGreaterThan(0);
  const ids = new Set(items.map((item) => item.id));
  expect(outsideIds.filter((id) => ids.has(id))).toEqual([]);
}
