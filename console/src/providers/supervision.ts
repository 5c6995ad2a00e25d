import { parse } from 'graphql';
import type * as Api from '../generated/graphql';
import type { AnnualTrainingAttendanceQuery, TrainingComplianceQuery, TrainingComplianceQueryVariables } from '../generated/operations';

/*
 * Supervision of the programme (督导): quarterly village trainings (village × quarter), the bureau's annual training,
 * consultation meetings and their action items. Queries, types and the pure rules the pages show.
 */

export type { QuarterStatus } from '../generated/graphql';

export type TrainingCompliance = TrainingComplianceQuery['trainingCompliance'];
export type QuarterTotal = TrainingCompliance['quarterTotals'][number];
export type ComplianceRow = TrainingCompliance['rows'][number];
export type QuarterCell = ComplianceRow['quarters'][number];
export type AdviserAttendance = AnnualTrainingAttendanceQuery['annualTrainingAttendance'][number];

/** A year and a county or township (the viewer's own when empty). */
export type ComplianceParams = TrainingComplianceQueryVariables & { signal?: AbortSignal };

export const trainingComplianceQuery = parse(/* GraphQL */ `query trainingCompliance($year: Int!, $regionId: ID) {
  trainingCompliance(year: $year, regionId: $regionId) {
    year regionId regionName villageCount quartersEnded required done missing ratio
    quarterTotals { quarter done missing }
    rows {
      doneCount missingCount townshipId
      village { id name township { id name } currentAdviser { id name } }
      quarters { quarter status trainingCount }
    }
  }
}`);

export const annualTrainingAttendanceQuery = parse(/* GraphQL */ `query annualTrainingAttendance($year: Int!) {
  annualTrainingAttendance(year: $year) {
    attended
    adviser { id name phone provider { id name } }
    trainings { id title at }
  }
}`);

/** How a grid cell looks: a colour tone for the MUI palette and the message key of its label. */
export interface CellLook {
  tone: 'success' | 'error' | 'warning' | 'default';
  labelKey: string;
  /** A mark that reads without colour (printouts, colour blindness). */
  symbol: string;
}

export function cellLook(cell: Pick<QuarterCell, 'status' | 'trainingCount'>): CellLook {
  switch (cell.status) {
    case 'DONE':
      return { tone: 'success', labelKey: 'fq.enum.QuarterStatus.DONE', symbol: '✓' };
    case 'MISSING':
      return { tone: 'error', labelKey: 'fq.enum.QuarterStatus.MISSING', symbol: '✗' };
    case 'DUE':
      // The current quarter: a training already held counts as done by the API; none yet is still to come.
      return { tone: 'warning', labelKey: 'fq.enum.QuarterStatus.DUE', symbol: '…' };
    default:
      return { tone: 'default', labelKey: 'fq.enum.QuarterStatus.UPCOMING', symbol: '–' };
  }
}

/** Rows with a gap (a missing quarter) first, then by village name as the API gave them. */
export function rowsWithGapsFirst(rows: readonly ComplianceRow[]): ComplianceRow[] {
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => b.row.missingCount - a.row.missingCount || a.index - b.index)
    .map((x) => x.row);
}

/** Filters the grid: only villages with a missing quarter, and/or a name or adviser containing the text. */
export function filterRows(rows: readonly ComplianceRow[], { gapsOnly, text }: { gapsOnly: boolean; text: string }): ComplianceRow[] {
  const needle = text.trim();
  return rows.filter(
    (r) =>
      (!gapsOnly || r.missingCount > 0) && (!needle || r.village.name.includes(needle) || (r.village.currentAdviser?.name ?? '').includes(needle)),
  );
}

/** Bars per quarter: villages done, missing (quarter ended) and not yet held (current or future quarter). */
export function quarterBars(compliance: Pick<TrainingCompliance, 'quarterTotals' | 'villageCount'>) {
  return [1, 2, 3, 4].map((quarter) => {
    const t = compliance.quarterTotals.find((q) => q.quarter === quarter) ?? { done: 0, missing: 0 };
    return {
      quarter,
      done: t.done,
      missing: t.missing,
      pending: Math.max(0, compliance.villageCount - t.done - t.missing),
    };
  });
}

/** The ratio of one quarter: villages done of all villages, or null when there are none. */
export function quarterRatio(total: Pick<QuarterTotal, 'done'>, villageCount: number): number | null {
  return villageCount > 0 ? total.done / villageCount : null;
}

/** Advisers who missed the annual training first, then by name. */
export function absenteesFirst(rows: readonly AdviserAttendance[]): AdviserAttendance[] {
  return [...rows].sort((a, b) => Number(a.attended) - Number(b.attended) || a.adviser.name.localeCompare(b.adviser.name, 'zh-CN'));
}

/** The year and quarter of a `YYYY-MM-DD`. */
export function quarterOf(date: string): { year: number; quarter: number } {
  const [y, m] = date.split('-').map(Number);
  return { year: y!, quarter: Math.floor((m! - 1) / 3) + 1 };
}

export { previousMonth } from './dates';

/** An action item as a meeting's page and the list of items select it (`meeting` only in the list). */
export type ActionItem = Pick<
  Api.ActionItem,
  'id' | 'title' | 'dueOn' | 'status' | 'overdue' | 'canUpdate' | 'version' | 'note' | 'doneAt' | 'ownerKind' | 'ownerName'
> & { meeting?: Pick<Api.ConsultationMeeting, 'id' | 'title'> };

/** Days from `today` to an item's due date (negative: past due), both `YYYY-MM-DD`. */
export function daysUntil(dueOn: string, today: string): number {
  return Math.round((Date.parse(`${dueOn}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}

/** How an action item reads: done, overdue (the API's word, Shanghai calendar), due within a week, or open. */
export function itemState(item: Pick<ActionItem, 'status' | 'overdue' | 'dueOn'>, today: string): 'done' | 'overdue' | 'due_soon' | 'open' {
  if (item.status === 'DONE') return 'done';
  if (item.overdue) return 'overdue';
  return daysUntil(item.dueOn, today) <= 7 ? 'due_soon' : 'open';
}

/** Open items first (overdue before the rest, earliest due first), done ones last. */
export function sortActionItems<T extends Pick<ActionItem, 'status' | 'overdue' | 'dueOn'>>(items: readonly T[]): T[] {
  const rank = (i: T) => (i.status === 'DONE' ? 2 : i.overdue ? 0 : 1);
  return [...items].sort((a, b) => rank(a) - rank(b) || a.dueOn.localeCompare(b.dueOn));
}

/** The compliance export for a year and region (bureau and offices; a township's own for an office). */
export function trainingsExportUrl(year: number, regionId?: string | null): string {
  const params = new URLSearchParams({ year: String(year) });
  if (regionId) params.set('regionId', regionId);
  return `/api/exports/trainings.xlsx?${params.toString()}`;
}

export function meetingsExportUrl(year: number): string {
  return `/api/exports/consultation-meetings.xlsx?year=${year}`;
}

/** Attendees of a village training by category (the API's input fields), in the order of the paper form. */
export const ATTENDEE_FIELDS = ['cadres', 'gridWorkers', 'mediators', 'legalUnderstanding', 'others'] as const;

export function attendeeSum(values: Partial<Record<(typeof ATTENDEE_FIELDS)[number], unknown>>): number {
  return ATTENDEE_FIELDS.reduce((sum, f) => {
    const n = Number(values[f] ?? 0);
    return sum + (Number.isFinite(n) && n > 0 ? Math.floor(n) : 0);
  }, 0);
}

/** A `datetime-local` value (device time) as an instant for the API. */
export function localToIso(value: unknown): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString();
  if (typeof value !== 'string' || !value) return undefined;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString();
}

/** Now as a `datetime-local` value, to the minute. */
export function nowLocal(now = new Date()): string {
  const d = new Date(now);
  d.setSeconds(0, 0);
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}

/** Per township (county-wide grids): village-quarters done and missing, and the ratio of those required. */
export function townshipCompliance(rows: readonly ComplianceRow[]) {
  const byId = new Map<string, { id: string; name: string; done: number; missing: number; ratio: number }>();
  for (const row of rows) {
    const id = row.townshipId;
    const entry = byId.get(id) ?? { id, name: row.village.township?.name ?? id, done: 0, missing: 0, ratio: 1 };
    entry.done += row.doneCount;
    entry.missing += row.missingCount;
    byId.set(id, entry);
  }
  return [...byId.values()].map((t) => ({ ...t, ratio: t.done + t.missing > 0 ? t.done / (t.done + t.missing) : 1 }));
}
