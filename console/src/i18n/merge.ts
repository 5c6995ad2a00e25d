type Tree = { [key: string]: unknown };

const isTree = (v: unknown): v is Tree => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Deep-merges message catalogues: a feature's messages add keys under the same namespaces (`fq.menu`, `fq.enum`…). */
export function mergeMessages<T extends Tree>(base: T, ...parts: Tree[]): T {
  const out: Tree = { ...base };
  for (const part of parts) {
    for (const [key, value] of Object.entries(part)) {
      out[key] = isTree(value) && isTree(out[key]) ? mergeMessages(out[key] as Tree, value) : value;
    }
  }
  return out as T;
}
