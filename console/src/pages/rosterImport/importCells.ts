/*
 * The import preview as a table: every cell named in a problem is marked with its messages; problems without a
 * cell (a whole row) mark the row; problems without a row, or on a row not parsed (the header), concern the file.
 */

import type * as Api from '../../generated/graphql';

export const IMPORT_FIELDS = ['name', 'gender', 'phone', 'profession', 'licenceNo', 'providerName', 'serviceScope', 'joinedOn'] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

export type ImportProblem = Pick<Api.RosterImportProblem, 'row' | 'column' | 'field' | 'code' | 'message' | 'value'>;

export type ImportRow = Pick<
  Api.RosterImportRow,
  'row' | 'name' | 'gender' | 'phone' | 'profession' | 'licenceNo' | 'providerName' | 'providerId' | 'serviceScope' | 'joinedOn' | 'valid'
>;

/** `previewRosterImport`'s answer as the page selects it (providers/selections.ts). */
export type ImportPreview = Pick<Api.RosterImportPreview, 'attachmentId' | 'canImport' | 'rowCount' | 'validRowCount'> & {
  rows: ImportRow[];
  problems: ImportProblem[];
};

export interface CellView {
  /** What to show: the parsed value, or the cell as read when it failed its check. */
  value: string | null;
  /** Enum values are labelled by the caller (gender, profession). */
  isEnum: boolean;
  problems: ImportProblem[];
}

export interface MarkedRow {
  row: number;
  valid: boolean;
  cells: Record<ImportField, CellView>;
  /** Problems about the row without a field of their own. */
  rowProblems: ImportProblem[];
}

export interface MarkedPreview {
  rows: MarkedRow[];
  fileProblems: ImportProblem[];
  badCellCount: number;
}

const ENUM_FIELDS: readonly string[] = ['gender', 'profession'];

export function markPreview(preview: Pick<ImportPreview, 'rows' | 'problems'>): MarkedPreview {
  const rowNumbers = new Set(preview.rows.map((r) => r.row));
  const byCell = new Map<string, ImportProblem[]>();
  const byRow = new Map<number, ImportProblem[]>();
  const fileProblems: ImportProblem[] = [];
  for (const p of preview.problems) {
    if (p.row === null || !rowNumbers.has(p.row)) fileProblems.push(p);
    else if (p.field && (IMPORT_FIELDS as readonly string[]).includes(p.field)) {
      const key = `${p.row}:${p.field}`;
      byCell.set(key, [...(byCell.get(key) ?? []), p]);
    } else byRow.set(p.row, [...(byRow.get(p.row) ?? []), p]);
  }
  let badCellCount = 0;
  const rows = preview.rows.map((r): MarkedRow => {
    const cells = Object.fromEntries(
      IMPORT_FIELDS.map((field) => {
        const problems = byCell.get(`${r.row}:${field}`) ?? [];
        if (problems.length) badCellCount += 1;
        const parsed = r[field];
        const asRead = problems.find((p) => p.value !== null)?.value ?? null;
        const value = parsed !== null && parsed !== undefined && parsed !== '' ? String(parsed) : asRead;
        // A failed enum shows the text as typed, not a code to label.
        return [field, { value, isEnum: ENUM_FIELDS.includes(field) && !problems.length && value !== null, problems }];
      }),
    ) as Record<ImportField, CellView>;
    const rowProblems = byRow.get(r.row) ?? [];
    return { row: r.row, valid: r.valid && rowProblems.length === 0 && Object.values(cells).every((c) => !c.problems.length), cells, rowProblems };
  });
  return { rows, fileProblems, badCellCount };
}

/**
 * A problem's React key: where it is (row, field, column) and what kind. The API names a kind of problem at most once
 * for a cell, a row or the file, so the key is unique within any list of them, and stable across renders.
 */
export function problemKey(p: ImportProblem): string {
  return [p.row ?? '', p.field ?? '', p.column ?? '', p.code].join('|');
}

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** A problem in the console's language, by its code; the API's English message when the code is new to us. */
export function problemMessage(translate: Translate, p: ImportProblem): string {
  return translate(`fq.enum.RosterImportProblemCode.${p.code}`, { column: p.column ?? '', value: p.value ?? '', _: p.message });
}

/** Only when the API says so and nothing is marked: the confirm button's condition. */
export function canConfirm(preview: ImportPreview | null | undefined): boolean {
  return !!preview && preview.canImport && preview.problems.length === 0 && preview.rowCount > 0;
}
