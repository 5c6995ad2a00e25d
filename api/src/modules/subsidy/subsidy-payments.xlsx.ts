import { addBodyRow, FONT, newWorkbook, styledSheet, THIN, toBuffer } from '../../common/documents/xlsx.js';
import { yuanNumber } from '../../common/documents/format.js';

/** One adviser's confirmed statement on the payment sheet, in integer fen. */
export interface PaymentRow {
  adviser: string;
  townships: string;
  caseFen: number;
  consultationFen: number;
  adjustmentFen: number;
  totalFen: number;
  status: string;
  paidOn: string;
  voucherNo: string;
}

export interface PaymentSheet {
  county: string;
  period: string;
  rows: PaymentRow[];
  /** The exact sums of the rows' columns, in fen (computed with sumFen, not from the yuan cells). */
  totals: { caseFen: number; consultationFen: number; adjustmentFen: number; totalFen: number };
}

export const PAYMENT_HEADERS = [
  '序号',
  '法律顾问',
  '乡镇',
  '案件补贴（元）',
  '咨询补贴（元）',
  '调整（元）',
  '合计（元）',
  '状态',
  '发放日期',
  '凭证号',
  '领款人签字',
];
/** The columns holding amounts (1-based): 案件补贴, 咨询补贴, 调整, 合计. */
export const PAYMENT_AMOUNT_COLUMNS = [4, 5, 6, 7];
const YUAN = '#,##0.00';

/**
 * 法律顾问补贴发放明细表: one row per adviser's confirmed statement, amounts in yuan as numbers with two decimals, and a
 * totals row summed in fen. The totals are values, not SUM formulas: a reader that does not recalculate (and ExcelJS
 * drops a formula's cached result of 0) would otherwise see no total; a sum of yuan floats could also miss a fen.
 */
export async function paymentWorkbook(sheet: PaymentSheet): Promise<Buffer> {
  const wb = newWorkbook(`${sheet.county}司法局`);
  const ws = styledSheet(wb, {
    name: '发放明细表',
    title: `${sheet.county}村（社区）法律顾问补贴发放明细表`,
    subtitle: `期间：${sheet.period}　人数：${sheet.rows.length}　（仅含已确认的补贴清单，金额单位：元）`,
    headers: PAYMENT_HEADERS,
    widths: [6, 12, 16, 14, 14, 12, 14, 9, 12, 16, 14],
    textColumns: [10],
    frozenColumns: 2,
  });
  sheet.rows.forEach((r, i) => {
    const row = addBodyRow(ws, [
      i + 1,
      r.adviser,
      r.townships,
      yuanNumber(r.caseFen),
      yuanNumber(r.consultationFen),
      yuanNumber(r.adjustmentFen),
      yuanNumber(r.totalFen),
      r.status,
      r.paidOn,
      r.voucherNo,
      '',
    ]);
    for (const c of PAYMENT_AMOUNT_COLUMNS) {
      const cell = ws.getCell(row, c);
      cell.numFmt = YUAN;
      cell.alignment = { vertical: 'middle', horizontal: 'right' };
    }
  });
  const totalRow = addBodyRow(ws, ['合计', '', '', 0, 0, 0, 0, '', '', '', '']);
  const totals = [sheet.totals.caseFen, sheet.totals.consultationFen, sheet.totals.adjustmentFen, sheet.totals.totalFen];
  PAYMENT_AMOUNT_COLUMNS.forEach((c, i) => {
    const cell = ws.getCell(totalRow, c);
    cell.value = yuanNumber(totals[i]!);
    cell.numFmt = YUAN;
    cell.alignment = { vertical: 'middle', horizontal: 'right' };
  });
  ws.getRow(totalRow).eachCell((cell) => {
    cell.font = { name: FONT, size: 10.5, bold: true };
    cell.border = THIN;
  });
  const sign = ws.rowCount + 2;
  ws.getCell(sign, 2).value = '经办人：';
  ws.getCell(sign, 5).value = '审核人：';
  ws.getCell(sign, 8).value = '负责人：';
  ws.getRow(sign).font = { name: FONT, size: 11 };
  return toBuffer(wb);
}
