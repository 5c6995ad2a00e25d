/*
 * The region import's preview as the wizard shows it: the bad rows with their reasons in the console's language, and
 * the changes the import would make, by kind.
 */

import type * as Api from '../../generated/graphql';
import { CSV_TYPE, XLSX_TYPE } from '../../providers/files';

export type RegionImportProblem = Pick<Api.RegionImportProblem, 'row' | 'column' | 'code' | 'message' | 'value'>;
export type RegionImportChange = Pick<Api.RegionImportChange, 'row' | 'code' | 'name' | 'level' | 'oldValue' | 'newValue' | 'regionId'>;

/** The kinds of change, in the order the summary lists them. */
export const CHANGE_KINDS = ['created', 'renamed', 'moved', 'retired', 'reclassified'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/** `previewRegionImport`'s answer as the page selects it (providers/selections.ts). */
export type RegionImportPreview = Pick<
  Api.RegionImportPreview,
  'attachmentId' | 'canImport' | 'rowCount' | 'createdCount' | 'renamedCount' | 'movedCount' | 'retiredCount' | 'reclassifiedCount' | 'unchangedCount'
> & { problems: RegionImportProblem[] } & Record<ChangeKind, RegionImportChange[]>;

export type RegionImportResult = Pick<
  Api.RegionImportResult,
  'createdCount' | 'renamedCount' | 'movedCount' | 'retiredCount' | 'reclassifiedCount' | 'unchangedCount' | 'endedPairingCount' | 'effectiveOn'
>;

/** The Content-Type to upload a chosen file with, by its name; null for anything but XLSX and CSV. */
export function tableTypeOf(fileName: string): string | null {
  const name = fileName.toLowerCase();
  if (name.endsWith('.xlsx')) return XLSX_TYPE;
  if (name.endsWith('.csv')) return CSV_TYPE;
  return null;
}

export const countOf = (preview: RegionImportPreview, kind: ChangeKind): number => preview[`${kind}Count`];

/** Whether confirming may be offered: the API says every row is right, and there are rows. */
export function canApply(preview: RegionImportPreview | null | undefined): boolean {
  return !!preview && preview.canImport && preview.problems.length === 0 && preview.rowCount > 0;
}

/** Nothing would change: the file is the regions on record. */
export function changesNothing(preview: RegionImportPreview): boolean {
  return CHANGE_KINDS.every((kind) => countOf(preview, kind) === 0);
}

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** A problem's React key: the API names a kind of problem at most once per row and column. */
export function problemKey(p: RegionImportProblem): string {
  return [p.row ?? '', p.column ?? '', p.code].join('|');
}

/** Where a problem is: the row, or the whole file. */
export function problemPlace(translate: Translate, p: RegionImportProblem): string {
  return p.row === null || p.row === undefined ? translate('fq.region_import.whole_file') : translate('fq.region_import.row', { row: p.row });
}

/** Why a row is bad, in the console's language; the API's English for a code new to the console. */
export function problemReason(translate: Translate, p: RegionImportProblem): string {
  return translate(`fq.region_import.problem.${p.code}`, { _: p.message });
}

/** The cell as read, named by its column ("名称 “”"), or nothing when the problem has no cell. */
export function problemCell(translate: Translate, p: RegionImportProblem): string | null {
  if (!p.column) return null;
  return translate('fq.region_import.cell', { column: p.column, value: p.value ?? '' });
}

/** What one change does, in words: "前塔村 → 前塔新村", "并入 141122106201", "城乡分类 220". */
export function changeDetail(translate: Translate, kind: ChangeKind, c: RegionImportChange): string {
  switch (kind) {
    case 'renamed':
      return translate('fq.region_import.renamed_to', { old: c.oldValue ?? '', new: c.newValue ?? '' });
    case 'moved':
      return translate('fq.region_import.moved_to', { old: c.oldValue ?? '', new: c.newValue ?? '' });
    case 'reclassified':
      return translate('fq.region_import.reclassified_to', { old: c.oldValue ?? '—', new: c.newValue ?? '—' });
    case 'retired':
      return c.newValue ? translate('fq.region_import.merged_into', { code: c.newValue }) : translate('fq.region_import.left_out');
    case 'created':
      return c.newValue ? translate('fq.region_import.new_class', { code: c.newValue }) : '';
  }
}
