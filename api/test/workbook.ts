import ExcelJS from 'exceljs';

/** A downloaded workbook's first sheet read back with ExcelJS: each row's cell values, column A first. */
export async function workbookRows(bytes: Buffer): Promise<ExcelJS.CellValue[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as never);
  const rows: ExcelJS.CellValue[][] = [];
  wb.worksheets[0]!.eachRow((row) => rows.push((row.values as ExcelJS.CellValue[]).slice(1)));
  return rows;
}
