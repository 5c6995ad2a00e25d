import { registerEnumType } from 'type-graphql';
import { type CellRead, findHeaderRow, loadTable, readCell } from '../../common/documents/table-read.js';
import { textProblem, visibleText } from '../../common/validation/text.js';
import { REGION_CODE_LENGTH, SIGNIFICANT_DIGITS, URBAN_RURAL_CODES, levelOfCode, parentCodeOf } from './region-code.js';
import { RegionLevel } from './region.enums.js';

/**
 * The columns of a region table, found by header in any order. Our own export writes the first header of each; the
 * statistics bureau's tables (统计用区划代码, 城乡分类代码, 名称) are read as they come. Other columns are ignored.
 */
export const REGION_IMPORT_COLUMNS = [
  { field: 'code', headers: ['统计用区划代码', '区划代码', '代码'], required: true },
  { field: 'name', headers: ['名称', '区划名称', '单位名称'], required: true },
  { field: 'urbanRuralCode', headers: ['城乡分类代码', '城乡分类'], required: false },
  { field: 'previousCode', headers: ['原区划代码', '原代码'], required: false },
  { field: 'mergedInto', headers: ['并入区划代码', '并入代码', '并入'], required: false },
] as const;
export type RegionImportField = (typeof REGION_IMPORT_COLUMNS)[number]['field'];

export const MAX_REGION_ROWS = 20_000;

export enum RegionImportProblemCode {
  UNREADABLE = 'UNREADABLE',
  MISSING_COLUMN = 'MISSING_COLUMN',
  NO_ROWS = 'NO_ROWS',
  TOO_MANY_ROWS = 'TOO_MANY_ROWS',
  BAD_CODE = 'BAD_CODE',
  BAD_CLASS_CODE = 'BAD_CLASS_CODE',
  EMPTY_NAME = 'EMPTY_NAME',
  BAD_NAME = 'BAD_NAME',
  DUPLICATE_CODE = 'DUPLICATE_CODE',
  PARENT_MISSING = 'PARENT_MISSING',
  OUT_OF_SCOPE = 'OUT_OF_SCOPE',
  BAD_PREVIOUS_CODE = 'BAD_PREVIOUS_CODE',
  BAD_MERGED_INTO = 'BAD_MERGED_INTO',
}
registerEnumType(RegionImportProblemCode, {
  name: 'RegionImportProblemCode',
  description: 'What is wrong with a row of a region table, or with the whole file',
  valuesConfig: {
    UNREADABLE: { description: 'The file is neither a readable XLSX workbook nor CSV text (UTF-8 or GB18030)' },
    MISSING_COLUMN: { description: 'No header row with 统计用区划代码 and 名称' },
    NO_ROWS: { description: 'A header row but no regions below it' },
    TOO_MANY_ROWS: { description: 'More than 20,000 rows' },
    BAD_CODE: { description: 'Not a 12-digit statistical division code, or the code of a retired village' },
    BAD_CLASS_CODE: { description: '城乡分类代码 is not one of 111, 112, 121, 122, 123, 210, 220' },
    EMPTY_NAME: { description: '名称 is empty' },
    BAD_NAME: { description: '名称 is longer than 100 characters or holds control characters' },
    DUPLICATE_CODE: { description: 'The same code is on more than one row' },
    PARENT_MISSING: { description: 'The region above (by code) is neither in the file nor in the database' },
    OUT_OF_SCOPE: { description: 'The code lies outside your county' },
    BAD_PREVIOUS_CODE: { description: '原区划代码 names no village of your county in service, or the new code is taken' },
    BAD_MERGED_INTO: { description: '并入 names no village in service, or the row’s own village does not exist' },
  },
});

export interface RegionImportProblemRow {
  /** The worksheet row (1 is the first line); null for the whole file. */
  row: number | null;
  column: string | null;
  code: RegionImportProblemCode;
  message: string;
  value: string | null;
}

export interface RegionRow {
  row: number;
  code: string;
  name: string;
  urbanRuralCode: string | null;
  previousCode: string | null;
  mergedInto: string | null;
}

export interface RegionTable {
  rows: RegionRow[];
  problems: RegionImportProblemRow[];
  /** Whether the file has a 城乡分类代码 column: without one, the class codes on record are left alone. */
  hasClassColumn: boolean;
}

function fileProblem(code: RegionImportProblemCode, message: string): RegionImportProblemRow {
  return { row: null, column: null, code, message, value: null };
}

/** A code cell as text: Excel may hold a 12-digit code as a number, which keeps every digit below 2^53. */
function codeText(cell: CellRead): string {
  if (cell.number !== undefined && Number.isSafeInteger(cell.number)) return String(cell.number);
  return cell.text.replace(/\s/g, '');
}

/** Reads the region table of an upload: the first sheet with a header row naming the code and name columns. */
export async function readRegionTable(bytes: Buffer, mime: string): Promise<RegionTable> {
  const sheets = await loadTable(bytes, mime);
  if (!sheets) {
    return {
      rows: [],
      problems: [fileProblem(RegionImportProblemCode.UNREADABLE, 'The file could not be read as an Excel workbook or as CSV text')],
      hasClassColumn: false,
    };
  }
  const columnOf = (columns: Map<string, number>, field: RegionImportField): number | undefined => {
    const spec = REGION_IMPORT_COLUMNS.find((c) => c.field === field)!;
    for (const h of spec.headers) if (columns.has(h)) return columns.get(h);
    return undefined;
  };
  const found = findHeaderRow(sheets, (columns) => columnOf(columns, 'code') !== undefined && columnOf(columns, 'name') !== undefined);
  if (!found) {
    return {
      rows: [],
      problems: [
        fileProblem(RegionImportProblemCode.MISSING_COLUMN, 'No header row with the columns 统计用区划代码 and 名称 (in the first five rows)'),
      ],
      hasClassColumn: false,
    };
  }
  const { ws, headerRow, columns } = found;
  const col = Object.fromEntries(REGION_IMPORT_COLUMNS.map((c) => [c.field, columnOf(columns, c.field)])) as Record<
    RegionImportField,
    number | undefined
  >;
  const rows: RegionRow[] = [];
  for (let r = headerRow + 1; r <= ws.rowCount; r += 1) {
    const row = ws.getRow(r);
    const cell = (field: RegionImportField): CellRead => (col[field] ? readCell(row.getCell(col[field]).value) : { text: '' });
    const code = codeText(cell('code'));
    const name = cell('name').text;
    if (!code && !name) continue;
    const optional = (field: RegionImportField) => codeText(cell(field)) || null;
    rows.push({
      row: r,
      code,
      name,
      urbanRuralCode: optional('urbanRuralCode'),
      previousCode: optional('previousCode'),
      mergedInto: optional('mergedInto'),
    });
    if (rows.length > MAX_REGION_ROWS) {
      return {
        rows: [],
        problems: [fileProblem(RegionImportProblemCode.TOO_MANY_ROWS, `A file may hold at most ${MAX_REGION_ROWS} regions`)],
        hasClassColumn: false,
      };
    }
  }
  if (!rows.length) {
    return {
      rows,
      problems: [fileProblem(RegionImportProblemCode.NO_ROWS, 'The file has a header row but no regions below it')],
      hasClassColumn: false,
    };
  }
  return { rows, problems: [], hasClassColumn: col.urbanRuralCode !== undefined };
}

/** A region on record, as the plan compares it. */
export interface RecordedRegion {
  id: string;
  code: string;
  name: string;
  level: RegionLevel;
  urbanRuralCode: string | null;
  retiredOn: string | null;
}

export interface PlannedChange {
  row: number | null;
  regionId: string | null;
  code: string;
  name: string;
  level: RegionLevel;
  oldValue: string | null;
  newValue: string | null;
}

export interface RegionImportPlan {
  created: PlannedChange[];
  renamed: PlannedChange[];
  moved: PlannedChange[];
  retired: PlannedChange[];
  reclassified: PlannedChange[];
  unchanged: PlannedChange[];
}

const HEADER: Record<RegionImportField, string> = {
  code: '统计用区划代码',
  name: '名称',
  urbanRuralCode: '城乡分类代码',
  previousCode: '原区划代码',
  mergedInto: '并入区划代码',
};

/**
 * Checks every row against the county and the regions on record, and plans the changes: nothing here touches the
 * database. A village on record that the file leaves out is retired only when the file covers its township (lists
 * the township or any of its villages), so a file of one township retires nothing elsewhere.
 */
export function planRegionImport(
  table: RegionTable,
  county: { code: string },
  recorded: RecordedRegion[],
): { problems: RegionImportProblemRow[]; plan: RegionImportPlan } {
  const problems: RegionImportProblemRow[] = [];
  const plan: RegionImportPlan = { created: [], renamed: [], moved: [], retired: [], reclassified: [], unchanged: [] };
  const countyPrefix = county.code.slice(0, SIGNIFICANT_DIGITS[RegionLevel.COUNTY]);
  const byCode = new Map(recorded.map((r) => [r.code, r]));
  const bad = new Set<number>();
  const problem = (row: RegionRow, field: RegionImportField, code: RegionImportProblemCode, message: string, value: string | null) => {
    problems.push({ row: row.row, column: HEADER[field], code, message, value: value === null ? null : visibleText(value) });
    bad.add(row.row);
  };

  const rowsByCode = new Map<string, RegionRow[]>();
  const levels = new Map<number, RegionLevel>();
  for (const row of table.rows) {
    const level = levelOfCode(row.code);
    if (!level) {
      problem(
        row,
        'code',
        RegionImportProblemCode.BAD_CODE,
        `must be a ${REGION_CODE_LENGTH}-digit statistical division code, e.g. 141122100201`,
        row.code || null,
      );
    } else if (!row.code.startsWith(countyPrefix) || level === RegionLevel.PROVINCE || level === RegionLevel.CITY) {
      problem(row, 'code', RegionImportProblemCode.OUT_OF_SCOPE, `lies outside your county: every code of it starts with ${countyPrefix}`, row.code);
    } else {
      levels.set(row.row, level);
      rowsByCode.set(row.code, [...(rowsByCode.get(row.code) ?? []), row]);
      const onRecord = byCode.get(row.code);
      if (onRecord?.retiredOn && !row.mergedInto) {
        problem(
          row,
          'code',
          RegionImportProblemCode.BAD_CODE,
          `${onRecord.name} of this code was retired on ${onRecord.retiredOn}; a retired code is not used again`,
          row.code,
        );
      }
    }
    if (!row.name) problem(row, 'name', RegionImportProblemCode.EMPTY_NAME, '名称 is required', null);
    else {
      const why = textProblem(row.name, 'singleLine');
      if (why || row.name.length > 100)
        problem(row, 'name', RegionImportProblemCode.BAD_NAME, `名称 ${why ?? 'may be at most 100 characters'}`, row.name);
    }
    if (row.urbanRuralCode && !(URBAN_RURAL_CODES as readonly string[]).includes(row.urbanRuralCode)) {
      problem(
        row,
        'urbanRuralCode',
        RegionImportProblemCode.BAD_CLASS_CODE,
        `城乡分类代码 must be one of ${URBAN_RURAL_CODES.join(', ')}`,
        row.urbanRuralCode,
      );
    }
  }
  for (const [code, rows] of rowsByCode) {
    if (rows.length < 2) continue;
    for (const row of rows) {
      const others = rows
        .filter((r) => r !== row)
        .map((r) => r.row)
        .join(', ');
      problem(row, 'code', RegionImportProblemCode.DUPLICATE_CODE, `The same code is also on row ${others}`, code);
    }
  }

  // Villages moved to another township (原区划代码) and villages retired into another (并入).
  const previousCodes = new Map<string, RegionRow>();
  const mergedAway = new Set<string>();
  for (const row of table.rows) {
    const level = levels.get(row.row);
    if (row.previousCode) {
      const before = byCode.get(row.previousCode);
      const why =
        level !== RegionLevel.VILLAGE
          ? 'only a village moves to another township'
          : row.mergedInto
            ? 'a row either moves a village (原区划代码) or retires it (并入), not both'
            : !before || before.level !== RegionLevel.VILLAGE || before.retiredOn
              ? 'no village of your county in service has this code'
              : row.previousCode === row.code
                ? 'the same as the new code: leave it empty when the village did not move'
                : byCode.has(row.code)
                  ? `the new code ${row.code} already belongs to ${byCode.get(row.code)!.name}`
                  : previousCodes.has(row.previousCode) || rowsByCode.has(row.previousCode)
                    ? 'this code is also elsewhere in the file'
                    : null;
      if (why) problem(row, 'previousCode', RegionImportProblemCode.BAD_PREVIOUS_CODE, why, row.previousCode);
      else previousCodes.set(row.previousCode, row);
    }
    if (row.mergedInto) {
      const self = byCode.get(row.code);
      const target = byCode.get(row.mergedInto);
      const targetRows = rowsByCode.get(row.mergedInto);
      const why =
        level !== RegionLevel.VILLAGE
          ? 'only a village is retired into another'
          : !self || self.level !== RegionLevel.VILLAGE
            ? 'no village of this code to retire'
            : row.mergedInto === row.code
              ? 'a village is not merged into itself'
              : levelOfCode(row.mergedInto) !== RegionLevel.VILLAGE || !row.mergedInto.startsWith(countyPrefix)
                ? 'must be the code of a village of your county'
                : targetRows?.some((t) => t.mergedInto) || (!targetRows && (!target || target.retiredOn))
                  ? 'no village in service has this code'
                  : null;
      if (why) problem(row, 'mergedInto', RegionImportProblemCode.BAD_MERGED_INTO, why, row.mergedInto);
      else mergedAway.add(row.code);
    }
  }

  // Parents: in the file (a row of its own that is not being retired) or on record in service.
  const activeCodes = new Set([...rowsByCode.keys()].filter((c) => !mergedAway.has(c)));
  for (const row of table.rows) {
    const level = levels.get(row.row);
    if (!level || level === RegionLevel.COUNTY) continue;
    const parentCode = parentCodeOf(row.code, level)!;
    const onRecord = byCode.get(parentCode);
    if (parentCode === county.code) continue;
    if (!activeCodes.has(parentCode) && (!onRecord || onRecord.retiredOn)) {
      problem(row, 'code', RegionImportProblemCode.PARENT_MISSING, `no region ${parentCode} above it, in the file or on record`, row.code);
    }
  }

  // The plan, from the rows without problems.
  const townshipPrefix = (code: string) => code.slice(0, SIGNIFICANT_DIGITS[RegionLevel.TOWNSHIP]);
  const covered = new Set<string>();
  const listed = new Set<string>();
  for (const row of table.rows) {
    const level = levels.get(row.row);
    if (level === RegionLevel.TOWNSHIP || level === RegionLevel.VILLAGE) covered.add(townshipPrefix(row.code));
    listed.add(row.code);
    if (row.previousCode) listed.add(row.previousCode);
    if (bad.has(row.row) || !level) continue;
    const base = { row: row.row, code: row.code, name: row.name, level };
    if (row.mergedInto) {
      const self = byCode.get(row.code)!;
      plan.retired.push({ ...base, regionId: self.id, name: self.name, oldValue: null, newValue: row.mergedInto });
      continue;
    }
    const before = row.previousCode ? byCode.get(row.previousCode)! : byCode.get(row.code);
    if (!before) {
      plan.created.push({ ...base, regionId: null, oldValue: null, newValue: row.urbanRuralCode });
      continue;
    }
    const change = { ...base, regionId: before.id };
    let changed = false;
    if (row.previousCode) {
      plan.moved.push({ ...change, oldValue: before.code, newValue: row.code });
      changed = true;
    }
    if (before.name !== row.name) {
      plan.renamed.push({ ...change, oldValue: before.name, newValue: row.name });
      changed = true;
    }
    if (table.hasClassColumn && (before.urbanRuralCode ?? null) !== row.urbanRuralCode) {
      plan.reclassified.push({ ...change, oldValue: before.urbanRuralCode ?? null, newValue: row.urbanRuralCode });
      changed = true;
    }
    if (!changed) plan.unchanged.push({ ...change, oldValue: null, newValue: null });
  }
  for (const r of recorded) {
    if (r.level !== RegionLevel.VILLAGE || r.retiredOn || listed.has(r.code) || !covered.has(townshipPrefix(r.code))) continue;
    plan.retired.push({ row: null, regionId: r.id, code: r.code, name: r.name, level: r.level, oldValue: null, newValue: null });
  }
  problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  return { problems, plan };
}
