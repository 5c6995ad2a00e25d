import { pdfSheet, pdfTable, pdfText, pdfTitle } from '../../common/pdf/table.js';
import { ASSESSMENT_TABLE_LEAD, ASSESSMENT_TABLE_TAIL, type AssessmentTableData, printedScore } from './assessment-table.js';

/** 法律顾问年度考核结果表 on A4 landscape, for the notice board (公示) or the file; a draft says so in its title. */
export function renderAssessmentTable(table: AssessmentTableData): Promise<Buffer> {
  const title = `${table.county}${table.year}年度村（社区）法律顾问考核结果表${table.draft ? '（草稿）' : ''}`;
  const sheet = pdfSheet(title, 'landscape');
  pdfTitle(sheet, title, table.status);
  const columns = [
    { title: ASSESSMENT_TABLE_LEAD[0]!, weight: 6 },
    { title: ASSESSMENT_TABLE_LEAD[1]!, weight: 3 },
    { title: ASSESSMENT_TABLE_LEAD[2]!, weight: 5 },
    ...table.indicators.map((title) => ({ title, weight: 4 })),
    { title: ASSESSMENT_TABLE_TAIL[0]!, weight: 3.5 },
    { title: ASSESSMENT_TABLE_TAIL[1]!, weight: 3.5 },
    { title: ASSESSMENT_TABLE_TAIL[2]!, weight: 4 },
    { title: ASSESSMENT_TABLE_TAIL[3]!, weight: 6, align: 'left' as const },
  ];
  pdfTable(
    sheet,
    columns,
    table.rows.length
      ? table.rows.map((r) => ({
          cells: [
            r.township,
            r.rank === null ? '' : String(r.rank),
            r.adviser,
            ...r.scores.map(printedScore),
            r.adjustment ? r.adjustment.toFixed(2) : '',
            printedScore(r.total),
            r.grade,
            r.note,
          ],
        }))
      : [{ cells: ['（无考核结果）', ...columns.slice(1).map(() => '')] }],
    7,
  );
  pdfText(sheet, '经办人：________________　　审核人：________________　　负责人：________________', { gap: 1.6, keep: 60 });
  return sheet.end();
}
