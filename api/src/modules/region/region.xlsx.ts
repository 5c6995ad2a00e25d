import { ENUM_LABELS } from '@fengqiao/labels';
import { addBodyRow, newWorkbook, styledSheet, toBuffer } from '../../common/documents/xlsx.js';
import type { RegionLevel } from './region.enums.js';

export interface RegionTreeRow {
  code: string;
  name: string;
  urbanRuralCode: string | null;
  level: RegionLevel;
}

/** The export's columns: the import reads the first three (and ignores 层级), so an export imports back unchanged. */
export const REGION_EXPORT_HEADERS = ['统计用区划代码', '名称', '城乡分类代码', '层级'];

/** A county's tree in service, by code: the layout the region import reads. */
export async function regionTreeWorkbook(rows: RegionTreeRow[], countyName: string): Promise<Buffer> {
  const wb = newWorkbook('枫桥');
  const ws = styledSheet(wb, {
    name: '区划',
    title: `${countyName}统计用区划代码和城乡划分代码`,
    headers: REGION_EXPORT_HEADERS,
    widths: [18, 28, 14, 12],
    textColumns: [1, 3],
  });
  for (const r of rows) addBodyRow(ws, [r.code, r.name, r.urbanRuralCode ?? '', ENUM_LABELS.RegionLevel['zh-CN'][r.level]]);
  return toBuffer(wb);
}
