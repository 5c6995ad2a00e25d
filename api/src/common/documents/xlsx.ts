import type ExcelJS from 'exceljs';
import { onFirstUse } from '../on-first-use.js';

// One look for every spreadsheet the bureau prints: thin black borders, a grey header, A4 landscape. Pure: this runs
// in the document worker threads (pool.ts), so it reads no clock, database or request.

/** exceljs, loaded by the first workbook made: the API's own thread only names the MIME type. */
export const excel = onFirstUse<typeof import('exceljs')>('exceljs');

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7E6E6' } };
export const FONT = '宋体';

export function titleRow(ws: ExcelJS.Worksheet, row: number, columns: number, text: string, size = 16) {
  ws.mergeCells(row, 1, row, columns);
  const cell = ws.getCell(row, 1);
  cell.value = text;
  cell.font = { name: FONT, size, bold: size >= 14 };
  cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  ws.getRow(row).height = size >= 14 ? 30 : 20;
}

export function headerRow(ws: ExcelJS.Worksheet, row: number, headers: string[]) {
  const r = ws.getRow(row);
  headers.forEach((h, i) => {
    const cell = r.getCell(i + 1);
    cell.value = h;
    cell.font = { name: FONT, size: 11, bold: true };
    cell.fill = HEADER_FILL;
    cell.border = THIN;
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  });
  r.height = 24;
}

export function bodyRow(ws: ExcelJS.Worksheet, row: number, values: Array<string | number>, wrapColumns: number[] = []) {
  const r = ws.getRow(row);
  values.forEach((v, i) => {
    const cell = r.getCell(i + 1);
    cell.value = v;
    cell.font = { name: FONT, size: 10.5 };
    cell.border = THIN;
    const wrap = wrapColumns.includes(i + 1);
    cell.alignment = { vertical: 'middle', horizontal: wrap ? 'left' : 'center', wrapText: wrap };
  });
}

export function printSetup(ws: ExcelJS.Worksheet, headerRowNo: number) {
  ws.pageSetup = {
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: `${headerRowNo}:${headerRowNo}`,
    horizontalCentered: true,
    margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
  ws.headerFooter = { oddFooter: '&C第 &P 页，共 &N 页' };
}

/** Text columns (licence numbers, phones) stay text, so Excel never turns 17 digits into 1.14E+16. */
export function textColumns(ws: ExcelJS.Worksheet, columns: number[]) {
  for (const c of columns) ws.getColumn(c).numFmt = '@';
}

export async function toBuffer(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export function newWorkbook(creator: string): ExcelJS.Workbook {
  const wb = new (excel().Workbook)();
  wb.creator = creator;
  return wb;
}

export interface SheetSpec {
  name: string;
  title: string;
  titleSize?: number;
  /** A line under the title (scope, period, totals); without one the header is the second row. */
  subtitle?: string;
  subtitleSize?: number;
  /** Chinese column headers, repeated on every printed page. */
  headers: string[];
  widths: number[];
  textColumns?: number[];
  /** Columns kept in view when scrolling sideways. */
  frozenColumns?: number;
}

/**
 * A worksheet in the one look: title, optional subtitle, a header row frozen in view and repeated on every printed
 * page. Body rows follow with `addBodyRow`.
 */
export function styledSheet(wb: ExcelJS.Workbook, spec: SheetSpec): ExcelJS.Worksheet {
  const headerRowNo = spec.subtitle === undefined ? 2 : 3;
  const ws = wb.addWorksheet(spec.name, {
    views: [{ state: 'frozen', ySplit: headerRowNo, ...(spec.frozenColumns ? { xSplit: spec.frozenColumns } : {}) }],
  });
  spec.widths.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  if (spec.textColumns) textColumns(ws, spec.textColumns);
  titleRow(ws, 1, spec.headers.length, spec.title, spec.titleSize);
  if (spec.subtitle !== undefined) titleRow(ws, 2, spec.headers.length, spec.subtitle, spec.subtitleSize ?? 11);
  headerRow(ws, headerRowNo, spec.headers);
  printSetup(ws, headerRowNo);
  return ws;
}

/** Writes the next body row of a sheet and returns its number (to colour a cell of it). */
export function addBodyRow(ws: ExcelJS.Worksheet, values: Array<string | number>, wrapColumns: number[] = []): number {
  const row = ws.rowCount + 1;
  bodyRow(ws, row, values, wrapColumns);
  return row;
}
