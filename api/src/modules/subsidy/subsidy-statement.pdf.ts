import { yuanText } from '../../common/documents/format.js';
import { type PdfColumn, pdfSheet, pdfTable, pdfText, pdfTitle } from '../../common/pdf/table.js';

/** One printed line: a case (its number, tier, closing date) or a month of consultations. */
export interface PrintedSubsidyLine {
  kind: string;
  /** The case number, or the month of consultations (`2026年7月`). */
  subject: string;
  tier: string;
  closedOn: string;
  count: number;
  amountFen: number;
  /** Why it pays nothing; empty when it pays. */
  reason: string;
}

/** An adviser's statement as printed: case numbers and amounts only, never a party's name or confidential text. */
export interface StatementDocument {
  county: string;
  period: string;
  adviser: string;
  townships: string;
  status: string;
  draft: boolean;
  lines: PrintedSubsidyLine[];
  totalFen: number;
  confirmedAt: string | null;
  paidOn: string | null;
  voucherNo: string | null;
}

/** What both tables of a statement (paying lines, lines that do not qualify) begin with. */
const LINE_COLUMNS: PdfColumn[] = [
  { title: '序号', weight: 3 },
  { title: '类别', weight: 6 },
  { title: '案件编号 / 月份', weight: 14, align: 'left' },
  { title: '难易程度', weight: 5 },
  { title: '结案日期', weight: 7 },
];

/** 法律顾问补贴发放清单: one adviser's statement for a period on A4, with the lines to sign (领款人, 经办人, 审核人). */
export function renderSubsidyStatement(s: StatementDocument): Promise<Buffer> {
  const title = `${s.county}村（社区）法律顾问补贴发放清单${s.draft ? '（草稿）' : ''}`;
  const sheet = pdfSheet(`${title} ${s.adviser} ${s.period}`, 'portrait');
  pdfTitle(sheet, title, `期间：${s.period}　法律顾问：${s.adviser}　乡镇：${s.townships || '—'}　状态：${s.status}`);
  const paying = s.lines.filter((l) => !l.reason);
  const excluded = s.lines.filter((l) => l.reason);
  pdfText(sheet, '一、补贴明细', { bold: true, size: 11.5 });
  sheet.doc.moveDown(0.3);
  pdfTable(
    sheet,
    [...LINE_COLUMNS, { title: '件数 / 次数', weight: 5 }, { title: '金额（元）', weight: 7, align: 'right' }],
    [
      ...paying.map((l, i) => ({ cells: [String(i + 1), l.kind, l.subject, l.tier, l.closedOn, String(l.count), yuanText(l.amountFen)] })),
      ...(paying.length ? [] : [{ cells: ['', '', '（本期无补贴项目）', '', '', '', ''] }]),
      { cells: ['', '合计', '', '', '', '', yuanText(s.totalFen)], bold: true },
    ],
  );
  if (excluded.length) {
    pdfText(sheet, '二、未计补贴的案件及原因（请完善卷宗后于下期申报）', { bold: true, size: 11.5, gap: 1, keep: 60 });
    sheet.doc.moveDown(0.3);
    pdfTable(
      sheet,
      [...LINE_COLUMNS, { title: '原因', weight: 12, align: 'left' }],
      excluded.map((l, i) => ({ cells: [String(i + 1), l.kind, l.subject, l.tier, l.closedOn, l.reason] })),
    );
  }
  const payment = [
    s.confirmedAt ? `确认时间：${s.confirmedAt}` : '',
    s.paidOn ? `发放日期：${s.paidOn}` : '',
    s.voucherNo ? `凭证号：${s.voucherNo}` : '',
  ].filter(Boolean);
  if (payment.length) pdfText(sheet, payment.join('　'), { gap: 0.8 });
  pdfText(sheet, `本期应发补贴合计：人民币 ${yuanText(s.totalFen)} 元`, { bold: true, gap: 0.8, keep: 120 });
  pdfText(sheet, '领款人（签字）：________________　　日期：____________', { gap: 1.6 });
  pdfText(sheet, '经办人（签字）：________________　　日期：____________', { gap: 1.4 });
  pdfText(sheet, '审核人（签字）：________________　　日期：____________', { gap: 1.4 });
  return sheet.end();
}
