/**
 * Whether two JSON values are the same (object keys in any order, arrays in order, numbers by value), and where they
 * first differ: `items[3].parties[0].name: "张*三" ≠ "张三"`.
 */
export function firstDifference(a: unknown, b: unknown, path = ''): string | null {
  if (a === b) return null;
  if (typeof a === 'number' && typeof b === 'number' && Number.isNaN(a) && Number.isNaN(b)) return null;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') {
    return `${path || '(root)'}: ${show(a)} ≠ ${show(b)}`;
  }
  if (Array.isArray(a) !== Array.isArray(b))
    return `${path || '(root)'}: ${Array.isArray(a) ? 'an array' : 'an object'} ≠ ${Array.isArray(b) ? 'an array' : 'an object'}`;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return `${path || '(root)'}: ${a.length} elements ≠ ${b.length}`;
    for (let i = 0; i < a.length; i += 1) {
      const d = firstDifference(a[i], b[i], `${path}[${i}]`);
      if (d) return d;
    }
    return null;
  }
  const ao = a as Record<string, unknown>;
  const bo = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(ao), ...Object.keys(bo)]);
  for (const k of [...keys].sort()) {
    if (!(k in ao)) return `${path ? `${path}.` : ''}${k}: missing ≠ ${show(bo[k])}`;
    if (!(k in bo)) return `${path ? `${path}.` : ''}${k}: ${show(ao[k])} ≠ missing`;
    const d = firstDifference(ao[k], bo[k], path ? `${path}.${k}` : k);
    if (d) return d;
  }
  return null;
}

function show(v: unknown): string {
  const s = JSON.stringify(v);
  return s === undefined ? String(v) : s.length > 80 ? `${s.slice(0, 77)}…` : s;
}
