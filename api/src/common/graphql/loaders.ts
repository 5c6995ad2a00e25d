import DataLoader from 'dataloader';
import type { Context } from '../../context.js';

/**
 * A per-request DataLoader, created on first use and shared by every resolver of the request. `batch` receives the
 * distinct keys and returns a map; missing keys resolve to `fallback`.
 */
export function loader<K, V>(ctx: Context, name: string, batch: (keys: readonly K[]) => Promise<Map<K, V>>, fallback: V): DataLoader<K, V> {
  const key = `loader:${name}`;
  let found = ctx.memo.get(key) as DataLoader<K, V> | undefined;
  if (!found) {
    found = new DataLoader<K, V>(async (keys) => {
      const map = await batch(keys);
      return keys.map((k) => (map.has(k) ? map.get(k)! : fallback));
    });
    ctx.memo.set(key, found);
  }
  return found;
}

export function groupBy<T, K>(items: T[], keyOf: (item: T) => K): Map<K, T[]> {
  const map = new Map<K, T[]>();
  for (const item of items) {
    const k = keyOf(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}
