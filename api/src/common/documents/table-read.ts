import { Readable } from 'node:stream';
import type ExcelJS from 'exceljs';
import { excel } from './xlsx.js';

// Reading a table someone uploaded (an XLSX workbook, or a CSV file): the cells as text, the header row found by its
// header words in any column order. The roster import and the region import share it.

export const CSV_MIME = 'text/csv';

/** A cell as read: its text, and what else the workbook knew about it. */
export interface CellRead {
  text: string;
  number?: number;
  date?: Date;
}

export function readCell(value: ExcelJS.CellValue): CellRead {
  if (value === null || value === undefined) return { text: '' };
  if (value instanceof Date) return { text: value.toISOString().slice(0, 10), date: value };
  if (typeof value === 'number') return { text: String(value), number: value };
  if (typeof value === 'string') return { text: value.trim() };
  if (typeof value === 'boolean') return { text: String(value) };
  if ('richText' in value)
    return {
      text: value.richText
        .map((r) => r.text)
        .join('')
        .trim(),
    };
  if ('result' in value) return readCell((value as { result?: ExcelJS.CellValue }).result ?? null);
  if ('text' in value && typeof value.text === 'string') return { text: value.text.trim() };
  if ('error' in value) return { text: String(value.error) };
  return { text: String(value).trim() };
}

/** A header cell's name without notes: `性别（男/女）*` → `性别`. */
export function headerKey(text: string): string {
  return text.replace(/[\s*＊\uFEFF]/g, '').replace(/[（(].*$/, '');
}

export class UndecodableTextError extends Error {}

/**
 * The text of a CSV file: UTF-8 (with or without a byte-order mark), else GB18030 (which covers GBK and GB2312), as
 * Excel on a Chinese Windows saves it. A NUL byte or bytes valid in neither are not text.
 */
export function decodeCsv(bytes: Buffer): string {
  if (bytes.includes(0)) throw new UndecodableTextError('a NUL byte: not a text file');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    try {
      return new TextDecoder('gb18030', { fatal: true }).decode(bytes);
    } catch {
      throw new UndecodableTextError('neither UTF-8 nor GB18030 text');
    }
  }
}

/**
 * The worksheets of an uploaded table: every worksheet of a workbook, or the one sheet of a CSV file, whose cells stay
 * text exactly as written (no number or date guessing, so a 12-digit code keeps its digits). Null when unreadable.
 */
export async function loadTable(bytes: Buffer, mime: string): Promise<ExcelJS.Worksheet[] | null> {
  const wb = new (excel().Workbook)();
  try {
    if (mime === CSV_MIME) {
      const text = decodeCsv(bytes);
      await wb.csv.read(Readable.from([text]), { map: (value: string) => value, sheetName: 'csv' } as never);
    } else {
      await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    }
  } catch {
    return null;
  }
  return wb.worksheets;
}

export interface FoundHeader {
  ws: ExcelJS.Worksheet;
  headerRow: number;
  /** Column number by header key (`headerKey`), the first of each name. */
  columns: Map<string, number>;
}

/** The first worksheet row (within the first five of each sheet) whose header keys satisfy `isHeader`. */
export function findHeaderRow(sheets: ExcelJS.Worksheet[], isHeader: (columns: Map<string, number>) => boolean): FoundHeader | null {
  for (const ws of sheets) {
    for (let headerRow = 1; headerRow <= Math.min(5, ws.rowCount); headerRow += 1) {
      const columns = new Map<string, number>();
      ws.getRow(headerRow).eachCell((cell, col) => {
        const key = headerKey(readCell(cell.value).text);
        if (key && !columns.has(key)) columns.set(key, col);
      });
      if (isHeader(columns)) return { ws, headerRow, columns };
    }
  }
  return null;
}
