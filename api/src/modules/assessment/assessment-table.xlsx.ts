import { addBodyRow, newWorkbook, styledSheet, toBuffer } from '../../common/documents/xlsx.js';
import { ASSESSMENT_TABLE_LEAD, ASSESSMENT_TABLE_TAIL, type AssessmentTableData } from './assessment-table.js';

/** 法律顾问年度考核结果表 as a workbook: scores as numbers with two decimals, 不适用 where nothing was measured. */
export async function assessmentWorkbook(table: AssessmentTableData): Promise<Buffer> {
  const wb = newWorkbook(`${table.county}司法局`);
  const headers = [...ASSESSMENT_TABLE_LEAD, ...table.indicators, ...ASSESSMENT_TABLE_TAIL];
  const ws = styledSheet(wb, {
    name: table.draft ? '考核结果（草稿）' : '考核结果',
    title: `${table.county}${table.year}年度村（社区）法律顾问考核结果表${table.draft ? '（草稿）' : ''}`,
    subtitle: table.status,
    headers,
    widths: [12, 6, 10, ...table.indicators.map(() => 11), 8, 8, 9, 18],
    frozenColumns: 3,
  });
  const numeric: number[] = [];
  for (const r of table.rows) {
    const row = addBodyRow(
      ws,
      [r.township, r.rank ?? '', r.adviser, ...r.scores.map((s) => s ?? '不适用'), r.adjustment, r.total ?? '不适用', r.grade, r.note],
      [headers.length],
    );
    numeric.push(row);
  }
  const first = ASSESSMENT_TABLE_LEAD.length + 1;
  const last = first + table.indicators.length + 1;
  for (const row of numeric) {
    for (let c = first; c <= last; c++) {
      const cell = ws.getCell(row, c);
      if (typeof cell.value === 'number') cell.numFmt = '0.00';
    }
  }
  if (!table.rows.length) addBodyRow(ws, ['（无考核结果）', ...headers.slice(1).map(() => '')]);
  return toBuffer(wb);
}
