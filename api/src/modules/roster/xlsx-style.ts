import type ExcelJS from 'exceljs';

// One look for every spreadsheet the bureau prints: thin black borders, a grey header, A4 landscape.
export const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' },
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
    paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0,
    printTitlesRow: `${headerRowNo}:${headerRowNo}`, horizontalCentered: true,
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
