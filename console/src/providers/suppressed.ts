import { parse } from 'graphql';
import type {
  AssessmentGradeCountsQuery,
  AssessmentGradeCountsQueryVariables,
  CaseCountsQuery,
  CaseCountsQueryVariables,
} from '../generated/operations';
import type { StatisticsPeriodKind } from '../generated/graphql';

/*
 * The analyst's figures: counts as `CountCell`s, exact for other roles, small-cell suppressed for an analyst (a count
 * of 1 or 2 reads "<3", others withheld as "x" so that no total gives it away). The console shows the API's `display`
 * and never works a number back out.
 */

export type CountCellValue = { value?: number | null; suppressed?: string | null; display: string };

export type CaseCounts = CaseCountsQuery['caseCounts'];
export type CaseCountsParams = CaseCountsQueryVariables & { signal?: AbortSignal };
export type GradeTable = AssessmentGradeCountsQuery['assessmentGradeCounts'];
export type GradeTableParams = AssessmentGradeCountsQueryVariables & { signal?: AbortSignal };
export type { StatisticsPeriodKind };

export const caseCountsQuery = parse(/* GraphQL */ `query caseCounts($period: StatisticsPeriodInput!, $regionId: ID) {
  caseCounts(period: $period, regionId: $regionId) {
    region { id name }
    period { kind year number from to }
    total { value suppressed display } amountFen
    byStatus { key count { value suppressed display } } byDisputeType { key count { value suppressed display } } bySource { key count { value suppressed display } } byLevel { key count { value suppressed display } }
    byRegion { region { id name } count { value suppressed display } }
    resolution { resolved { value suppressed display } village { value suppressed display } township { value suppressed display } county { value suppressed display } villageShare townshipShare countyShare }
  }
}`);

export const assessmentGradeCountsQuery = parse(/* GraphQL */ `query assessmentGradeCounts($year: Int!, $countyId: ID) {
  assessmentGradeCounts(year: $year, countyId: $countyId) {
    year status county { id name }
    townships { township { id name } counts { grade count { value suppressed display } } total { value suppressed display } }
    totals { grade count { value suppressed display } } total { value suppressed display }
  }
}`);

/** Whether any figure of these was withheld (the page then explains "<3" and "x"). */
export function anySuppressed(cells: readonly CountCellValue[]): boolean {
  return cells.some((c) => c.suppressed);
}

/** The numbers a period kind takes: months 1–12, quarters 1–4, none for a year. */
export function periodNumbers(kind: StatisticsPeriodKind): number[] {
  return kind === 'MONTH' ? Array.from({ length: 12 }, (_, i) => i + 1) : kind === 'QUARTER' ? [1, 2, 3, 4] : [];
}
