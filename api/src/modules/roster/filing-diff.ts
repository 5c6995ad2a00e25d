import type { FieldChangeRecord, FiledAdviserRecord, FilingDiffRecord } from './roster-filing.entity.js';

/** The fields compared between filings, in the order a clerk reads them. */
export const DIFF_FIELDS = ['name', 'gender', 'phone', 'profession', 'licenceNo', 'provider', 'serviceScope', 'villages'] as const;
export type DiffField = (typeof DIFF_FIELDS)[number];

/** Villages as one comparable, printable value: `天宁镇城东社区、天宁镇西关社区`, in a stable order. */
export function villagesText(entry: Pick<FiledAdviserRecord, 'villages'>): string {
  return entry.villages
    .map((v) => `${v.township}${v.name}`)
    .sort((a, b) => a.localeCompare(b, 'zh-CN'))
    .join('、');
}

function fieldValue(entry: FiledAdviserRecord, field: DiffField): string | null {
  return field === 'villages' ? villagesText(entry) : (entry[field] ?? null);
}

/** Added, removed (by adviser id) and changed fields between the previous snapshot and this one. */
export function diffFilings(previous: { number: number; snapshot: FiledAdviserRecord[] } | null, next: FiledAdviserRecord[]): FilingDiffRecord {
  const before = new Map((previous?.snapshot ?? []).map((e) => [e.adviserId, e]));
  const after = new Map(next.map((e) => [e.adviserId, e]));
  const diff: FilingDiffRecord = { previousNumber: previous?.number ?? null, added: [], removed: [], changed: [] };
  for (const entry of next) {
    const old = before.get(entry.adviserId);
    if (!old) {
      diff.added.push(entry);
      continue;
    }
    const changes: FieldChangeRecord[] = [];
    for (const field of DIFF_FIELDS) {
      const from = fieldValue(old, field);
      const to = fieldValue(entry, field);
      if (from !== to) changes.push({ field, from, to });
    }
    if (changes.length) diff.changed.push({ adviserId: entry.adviserId, name: entry.name, licenceNo: entry.licenceNo, changes });
  }
  for (const old of before.values()) if (!after.has(old.adviserId)) diff.removed.push(old);
  return diff;
}
