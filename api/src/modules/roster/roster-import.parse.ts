import { ENUM_LABELS, ENUM_VALUES } from '@fengqiao/labels';
import { XLSX_MIME } from '../../common/documents/xlsx.js';
import { type CellRead, findHeaderRow, loadTable, readCell as read } from '../../common/documents/table-read.js';
import { registerEnumType } from 'type-graphql';
import { isCalendarDate } from '../../common/validation/calendar.js';
import { textProblem, visibleText } from '../../common/validation/text.js';
import { isMainlandPhone, normalisePhone } from '../../common/validation/phone.js';
import { Gender, Profession } from '../adviser/adviser.enums.js';

/** The template's columns; the import finds them by header text, in any order. */
export const IMPORT_COLUMNS = [
  { field: 'name', header: '姓名', required: true, width: 12 },
  { field: 'gender', header: '性别', required: true, width: 8 },
  { field: 'phone', header: '联系电话', required: true, width: 16 },
  { field: 'profession', header: '职业类别', required: true, width: 22 },
  { field: 'licenceNo', header: '执业证号', required: true, width: 24 },
  { field: 'providerName', header: '所属机构', required: true, width: 32 },
  { field: 'serviceScope', header: '服务范围', required: false, width: 40 },
  { field: 'joinedOn', header: '加入日期', required: true, width: 14 },
] as const;
export type ImportField = (typeof IMPORT_COLUMNS)[number]['field'];

export const MAX_IMPORT_ROWS = 5000;
/** Rows whose name starts with this are the template's example and are skipped. */
export const EXAMPLE_MARK = '示例';
const LICENCE = /^[0-9A-Za-z-]{6,40}$/;
const MAX_LENGTH: Partial<Record<ImportField, number>> = { name: 50, serviceScope: 500, licenceNo: 40 };

export enum RosterImportProblemCode {
  UNREADABLE = 'UNREADABLE',
  MISSING_COLUMN = 'MISSING_COLUMN',
  NO_ROWS = 'NO_ROWS',
  TOO_MANY_ROWS = 'TOO_MANY_ROWS',
  REQUIRED = 'REQUIRED',
  TOO_LONG = 'TOO_LONG',
  UNKNOWN_GENDER = 'UNKNOWN_GENDER',
  UNKNOWN_PROFESSION = 'UNKNOWN_PROFESSION',
  BAD_PHONE = 'BAD_PHONE',
  BAD_LICENCE = 'BAD_LICENCE',
  DIGITS_LOST = 'DIGITS_LOST',
  DUPLICATE_IN_FILE = 'DUPLICATE_IN_FILE',
  ALREADY_ON_ROSTER = 'ALREADY_ON_ROSTER',
  UNKNOWN_PROVIDER = 'UNKNOWN_PROVIDER',
  BAD_DATE = 'BAD_DATE',
  BAD_CHARACTERS = 'BAD_CHARACTERS',
  FUTURE_DATE = 'FUTURE_DATE',
}
registerEnumType(RosterImportProblemCode, {
  name: 'RosterImportProblemCode',
  description: 'What is wrong with a cell, row or the file',
  valuesConfig: {
    UNREADABLE: { description: 'The file is not a readable XLSX workbook' },
    MISSING_COLUMN: { description: 'A template column, or the whole header row, is missing' },
    NO_ROWS: { description: 'No adviser rows' },
    TOO_MANY_ROWS: { description: 'More than 5,000 advisers; split the workbook' },
    REQUIRED: { description: 'A required cell is empty' },
    TOO_LONG: { description: 'A cell is longer than its field allows' },
    UNKNOWN_GENDER: { description: 'Gender is not 男 or 女' },
    UNKNOWN_PROFESSION: { description: 'Profession is not one of the template’s list' },
    BAD_PHONE: { description: 'Not a mainland mobile (11 digits from 13–19) or landline (0xxx-xxxxxxx) number' },
    BAD_LICENCE: { description: 'A licence number is 6–40 letters, digits or hyphens' },
    DIGITS_LOST: { description: 'Excel stored the licence number as a number and lost digits' },
    DUPLICATE_IN_FILE: { description: 'The same licence number appears twice in the workbook' },
    ALREADY_ON_ROSTER: { description: 'The licence number is already on the roster' },
    UNKNOWN_PROVIDER: { description: 'No provider of your county has this name' },
    BAD_DATE: { description: '加入日期 is not a date written YYYY-MM-DD' },
    BAD_CHARACTERS: { description: 'Control characters, or a line break outside the service scope' },
    FUTURE_DATE: { description: 'The date is in the future' },
  },
});

export interface ImportProblem {
  /** The worksheet row (1 is the header row); null for a problem with the whole file. */
  row: number | null;
  /** The column's header as in the template; null for a problem with the whole file or row. */
  column: string | null;
  field: ImportField | null;
  code: RosterImportProblemCode;
  message: string;
  value: string | null;
}

export interface RawRow {
  row: number;
  cells: Record<ImportField, CellRead>;
}

export interface ParsedRow {
  row: number;
  name: string | null;
  gender: Gender | null;
  phone: string | null;
  profession: Profession | null;
  licenceNo: string | null;
  providerName: string | null;
  providerId: string | null;
  serviceScope: string;
  joinedOn: string | null;
  valid: boolean;
}

export interface ImportLookups {
  /** Provider ids of the county by normalised name (`providerKey`). */
  providers: Map<string, string>;
  /** Licence numbers already on any roster. */
  existingLicences: Set<string>;
  today: string;
}

/** Names compared loosely: spaces dropped, half-width brackets as full-width. */
export function providerKey(name: string): string {
  return name
    .replace(/[\s\u3000]/g, '')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）');
}

/** Reads the first worksheet that has the template's header row (within its first five rows). */
export async function readRosterWorkbook(bytes: Buffer): Promise<{ rows: RawRow[]; problems: ImportProblem[] }> {
  const sheets = await loadTable(bytes, XLSX_MIME);
  if (!sheets) {
    return { rows: [], problems: [fileProblem(RosterImportProblemCode.UNREADABLE, 'The file could not be read as an Excel workbook')] };
  }
  const found = findHeaderRow(sheets, (columns) => columns.has('姓名') && columns.has('执业证号'));
  if (!found) {
    return {
      rows: [],
      problems: [
        fileProblem(
          RosterImportProblemCode.MISSING_COLUMN,
          'No worksheet has the template’s header row (姓名, 性别, 联系电话, …); start from the template',
        ),
      ],
    };
  }
  const { ws, headerRow, columns } = found;
  const problems: ImportProblem[] = [];
  for (const c of IMPORT_COLUMNS) {
    if (!columns.has(c.header) && c.required) {
      problems.push({
        row: headerRow,
        column: c.header,
        field: c.field,
        code: RosterImportProblemCode.MISSING_COLUMN,
        message: `The header row has no column ${c.header}`,
        value: null,
      });
    }
  }
  if (problems.length) return { rows: [], problems };
  const rows: RawRow[] = [];
  for (let r = headerRow + 1; r <= ws.rowCount; r += 1) {
    const row = ws.getRow(r);
    const cells = Object.fromEntries(
      IMPORT_COLUMNS.map((c) => {
        const col = columns.get(c.header);
        return [c.field, col ? read(row.getCell(col).value) : { text: '' }];
      }),
    ) as Record<ImportField, CellRead>;
    if (IMPORT_COLUMNS.every((c) => !cells[c.field].text)) continue;
    if (cells.name.text.startsWith(EXAMPLE_MARK)) continue;
    rows.push({ row: r, cells });
    if (rows.length > MAX_IMPORT_ROWS) {
      return {
        rows: [],
        problems: [fileProblem(RosterImportProblemCode.TOO_MANY_ROWS, `A workbook may hold at most ${MAX_IMPORT_ROWS} advisers; split it`)],
      };
    }
  }
  if (!rows.length)
    return { rows, problems: [fileProblem(RosterImportProblemCode.NO_ROWS, 'The workbook has a header row but no advisers below it')] };
  return { rows, problems: [] };
}

function fileProblem(code: RosterImportProblemCode, message: string): ImportProblem {
  return { row: null, column: null, field: null, code, message, value: null };
}

/** The words the template offers for 性别 and 职业类别, in their order, and the values they stand for. */
export const GENDER_WORDS = ENUM_VALUES.Gender.map((v) => ENUM_LABELS.Gender['zh-CN'][v]);
export const PROFESSION_WORDS = ENUM_VALUES.Profession.map((v) => ENUM_LABELS.Profession['zh-CN'][v]);
const GENDER_BY_LABEL = new Map(Object.entries(ENUM_LABELS.Gender['zh-CN']).map(([k, v]) => [v, k as Gender]));
const PROFESSION_BY_LABEL = new Map(Object.entries(ENUM_LABELS.Profession['zh-CN']).map(([k, v]) => [v, k as Profession]));
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** `YYYY-MM-DD` from an Excel date, a serial number, or text such as 2024-5-20, 2024/05/20 or 2024年5月20日. */
function dateOf(cell: CellRead): string | null {
  let date: string;
  if (cell.date) date = cell.date.toISOString().slice(0, 10);
  else if (cell.number !== undefined) {
    if (!Number.isInteger(cell.number) || cell.number < 1 || cell.number > 2958465) return null;
    date = new Date(EXCEL_EPOCH_MS + cell.number * 86_400_000).toISOString().slice(0, 10);
  } else {
    const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(cell.text);
    if (!m) return null;
    date = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  }
  // Whatever form the cell took, the one calendar parser decides (years 1900–2100 included).
  return isCalendarDate(date) ? date : null;
}

/**
 * Checks every row and names every problem by row, column and code; a row is valid when it has none. Nothing here
 * touches the database: the caller looks up providers and existing licences in batches first.
 */
export function validateRows(raw: RawRow[], lookups: ImportLookups): { rows: ParsedRow[]; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const rowsByLicence = new Map<string, number[]>();
  const rows = raw.map(({ row, cells }): ParsedRow => {
    const before = problems.length;
    const problem = (field: ImportField, code: RosterImportProblemCode, message: string) => {
      const column = IMPORT_COLUMNS.find((c) => c.field === field)!.header;
      problems.push({ row, column, field, code, message, value: cells[field].text ? visibleText(cells[field].text) : null });
    };
    const text = (field: ImportField): string | null => {
      const value = cells[field].text;
      const spec = IMPORT_COLUMNS.find((c) => c.field === field)!;
      if (!value) {
        if (spec.required) problem(field, RosterImportProblemCode.REQUIRED, `${spec.header} is required`);
        return null;
      }
      // The same text check as every GraphQL argument: the service scope may span lines, the other cells may not.
      const bad = textProblem(value, field === 'serviceScope' ? 'multiLine' : 'singleLine');
      if (bad) {
        problem(field, RosterImportProblemCode.BAD_CHARACTERS, `${spec.header} ${bad}`);
        return null;
      }
      const max = MAX_LENGTH[field];
      if (max && value.length > max) {
        problem(field, RosterImportProblemCode.TOO_LONG, `${spec.header} may be at most ${max} characters`);
        return null;
      }
      return value;
    };

    const name = text('name');
    const genderText = text('gender');
    const gender = genderText ? (GENDER_BY_LABEL.get(genderText) ?? null) : null;
    if (genderText && !gender) problem('gender', RosterImportProblemCode.UNKNOWN_GENDER, '性别 must be 男 or 女');

    const phoneText = text('phone');
    const phone = phoneText && isMainlandPhone(phoneText) ? normalisePhone(phoneText) : null;
    if (phoneText && !phone)
      problem('phone', RosterImportProblemCode.BAD_PHONE, 'Not a mainland China mobile (11 digits from 13–19) or landline (0xxx-xxxxxxx) number');

    const professionText = text('profession');
    const profession = professionText ? (PROFESSION_BY_LABEL.get(professionText) ?? null) : null;
    if (professionText && !profession) {
      problem('profession', RosterImportProblemCode.UNKNOWN_PROFESSION, `职业类别 must be one of ${PROFESSION_WORDS.join(', ')}`);
    }

    let licenceNo: string | null = null;
    const licenceCell = cells.licenceNo;
    if (licenceCell.number !== undefined && !Number.isSafeInteger(licenceCell.number)) {
      problem(
        'licenceNo',
        RosterImportProblemCode.DIGITS_LOST,
        'Excel stored this licence number as a number and lost digits; format the column as text and type it again',
      );
    } else {
      const value = text('licenceNo');
      if (value && !LICENCE.test(value))
        problem('licenceNo', RosterImportProblemCode.BAD_LICENCE, 'A licence number is 6–40 letters, digits or hyphens');
      else if (value && lookups.existingLicences.has(value))
        problem('licenceNo', RosterImportProblemCode.ALREADY_ON_ROSTER, 'An adviser with this licence number is already on the roster');
      else if (value) licenceNo = value;
      if (value && LICENCE.test(value)) rowsByLicence.set(value, [...(rowsByLicence.get(value) ?? []), row]);
    }

    const providerName = text('providerName');
    const providerId = providerName ? (lookups.providers.get(providerKey(providerName)) ?? null) : null;
    if (providerName && !providerId)
      problem(
        'providerName',
        RosterImportProblemCode.UNKNOWN_PROVIDER,
        'No provider of this name in your county; add it under 法律服务机构 first, or correct the name',
      );

    let joinedOn: string | null = null;
    if (text('joinedOn')) {
      joinedOn = dateOf(cells.joinedOn);
      if (!joinedOn) problem('joinedOn', RosterImportProblemCode.BAD_DATE, '加入日期 must be a date written YYYY-MM-DD');
      else if (joinedOn > lookups.today) {
        problem('joinedOn', RosterImportProblemCode.FUTURE_DATE, '加入日期 cannot be in the future');
        joinedOn = null;
      }
    }

    return {
      row,
      name,
      gender,
      phone,
      profession,
      licenceNo,
      providerName,
      providerId,
      serviceScope: text('serviceScope') ?? '',
      joinedOn,
      valid: problems.length === before,
    };
  });

  // A licence twice in the file: every row that has it is named, with the others.
  const byRow = new Map(rows.map((r) => [r.row, r]));
  for (const [licence, at] of rowsByLicence) {
    if (at.length < 2) continue;
    for (const row of at) {
      const others = at.filter((r) => r !== row).join(', ');
      problems.push({
        row,
        column: '执业证号',
        field: 'licenceNo',
        code: RosterImportProblemCode.DUPLICATE_IN_FILE,
        message: `The same licence number is also on row ${others}`,
        value: licence,
      });
      const parsed = byRow.get(row)!;
      parsed.valid = false;
      parsed.licenceNo = null;
    }
  }
  problems.sort(
    (a, b) =>
      (a.row ?? 0) - (b.row ?? 0) || IMPORT_COLUMNS.findIndex((c) => c.field === a.field) - IMPORT_COLUMNS.findIndex((c) => c.field === b.field),
  );
  return { rows, problems };
}
