import { parse } from 'graphql';
import type { AssessmentGrade, AssessmentRecordKind } from '../generated/graphql';
import type { AssessmentIndicatorRecordsQuery, AssessmentQuery, AssessmentSchemeQuery } from '../generated/operations';
import { canAccess } from './canAccess';
import type { Role } from './session';

/*
 * The year-end assessment (考核): the scheme a county sets for a year, the results computed live or frozen at
 * publication, and objections. Queries, types and the pure rules the page shows.
 */

export type Assessment = AssessmentQuery['assessment'];
export type AssessmentResult = Assessment['results'][number];
export type IndicatorResult = AssessmentResult['indicators'][number];
export type AssessmentScheme = AssessmentSchemeQuery['assessmentScheme'];

export const assessmentQuery = parse(/* GraphQL */ `query assessment($year: Int!, $countyId: ID) {
  assessment(year: $year, countyId: $countyId) {
    year status publishedAt objectionsUntil closedEarlyReason through excellentAllowed capBites
    county { id name }
    gradeCounts { grade count }
    results {
      id total computedTotal adjustmentPoints adjustmentReason grade cappedFromExcellent exemptFromCap
      adviser { id name }
      townships { id name }
      objection { id reason status decisionReason adjustmentPoints raisedAt decidedAt version }
      indicators { code kind weight target numerator denominator applicable score effectiveWeight points }
    }
  }
}`);

export const assessmentSchemeQuery = parse(/* GraphQL */ `query assessmentScheme($year: Int!, $countyId: ID) {
  assessmentScheme(year: $year, countyId: $countyId) {
    year saved version excellentCapPercent objectionDays
    county { id name }
    thresholds { excellent pass basicPass }
    ratingScores { excellent good fair poor }
    indicators { code kind weight target }
  }
}`);

export type IndicatorRecord = AssessmentIndicatorRecordsQuery['assessmentIndicatorRecords'][number];

export const assessmentIndicatorRecordsQuery = parse(/* GraphQL */ `query assessmentIndicatorRecords(
  $year: Int!, $adviserId: ID!, $indicator: AssessmentIndicator!, $countyId: ID
) {
  assessmentIndicatorRecords(year: $year, adviserId: $adviserId, indicator: $indicator, countyId: $countyId) {
    kind recordId on period label inNumerator inDenominator points openable
  }
}`);

/** The console resource that shows each kind of record (a zero report has no page of its own). */
const RECORD_RESOURCE: Record<AssessmentRecordKind, string | null> = {
  VILLAGE_TRAINING: 'trainings',
  BUREAU_TRAINING: 'trainings',
  MONTHLY_REPORT: 'monthlyReports',
  MONTHLY_CHECK: 'monthlyChecks',
  HIGHLIGHT: 'monthlyChecks',
  MEDIATION_CASE: 'mediationCases',
  AGREEMENT: 'mediationCases',
  CONSULTATION: 'workLogEntries',
  ZERO_REPORT: null,
};

/**
 * Where a record behind an indicator opens in the console, or null: no record, no page, a page the role has not, or a
 * record outside the viewer's jurisdiction (the API's `openable`: an office's view of an adviser who also serves elsewhere).
 */
export function recordLink(record: Pick<IndicatorRecord, 'kind' | 'recordId' | 'openable'>, role: Role | null | undefined): string | null {
  const resource = RECORD_RESOURCE[record.kind];
  if (!record.recordId || !record.openable || !resource || !canAccess(role, resource, 'show')) return null;
  return `/${resource}/${encodeURIComponent(record.recordId)}/show`;
}

/** A record's period as people read it: "2025-07" stays, a quarter "2025-Q3" becomes "2025 Q3". */
export function formatPeriod(period: string | null | undefined): string {
  return period ? period.replace('-Q', ' Q') : '';
}

export const GRADES: readonly AssessmentGrade[] = ['EXCELLENT', 'PASS', 'BASIC_PASS', 'FAIL'];

/** What an indicator counted, as people read it: "7 / 8", a count against its target "18 / 24", a mean "85.0". */
export function indicatorFigures(i: Pick<IndicatorResult, 'kind' | 'numerator' | 'denominator' | 'target'>): string {
  if (i.kind === 'COUNT') return `${i.numerator} / ${i.target ?? '–'}`;
  if (i.kind === 'MEAN') return i.denominator ? (i.numerator / i.denominator).toFixed(1) : '–';
  return `${i.numerator} / ${i.denominator}`;
}

/** A score or total with two decimals at most, as the API computes them ("87.5", "66.67"). */
export function formatPoints(value: number | null | undefined): string {
  if (value === null || value === undefined) return '–';
  return String(Math.round(value * 100) / 100);
}

/** The sum of the weights of a scheme being edited: it must be 100 to save. */
export function weightSum(indicators: readonly { weight: number }[]): number {
  return indicators.reduce((sum, i) => sum + (Number.isFinite(i.weight) ? i.weight : 0), 0);
}

/** Whether an adviser may still object: a published year, within the window, no objection yet. */
export function canObject(
  assessment: Pick<Assessment, 'status' | 'objectionsUntil'>,
  result: Pick<AssessmentResult, 'id' | 'objection'>,
  today: string,
): boolean {
  return (
    assessment.status === 'PUBLISHED' &&
    Boolean(result.id) &&
    !result.objection &&
    Boolean(assessment.objectionsUntil) &&
    today <= assessment.objectionsUntil!
  );
}

/** A year can be published after it has ended; before, only with a reason (closing it early). */
export function yearEnded(year: number, today: string): boolean {
  return today > `${year}-12-31`;
}

/** The year's results table (bureau: the county; office: its township), the published snapshot or a draft marked 草稿. */
export function assessmentTableUrl(year: number, format: 'xlsx' | 'pdf', countyId?: string | null): string {
  const params = new URLSearchParams({ year: String(year) });
  if (countyId) params.set('countyId', countyId);
  return `/api/exports/assessment.${format}?${params.toString()}`;
}
