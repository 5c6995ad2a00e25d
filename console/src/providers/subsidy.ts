import { parse } from 'graphql';
import type { AssessmentGrade, CaseSplit } from '../generated/graphql';
import type { SubsidyRatesQuery, SubsidySettingsQuery, SubsidyStatementsQuery } from '../generated/operations';

/*
 * Subsidies (经费补贴): a county's rates (in fen, entered in yuan), the statements of a period drafted from the
 * records, their confirmation and payment. Queries, types and the pure rules the page shows. Later operations (a
 * draft of one statement, downloads) add a query here and a method on the data provider.
 */

export type SubsidyRate = SubsidyRatesQuery['subsidyRates'][number];
export type SubsidyStatement = SubsidyStatementsQuery['subsidyStatements'][number];
export type SubsidyLine = SubsidyStatement['lines'][number];
export type SubsidySettings = SubsidySettingsQuery['subsidySettings'];

export const subsidyRatesQuery = parse(/* GraphQL */ `query subsidyRates($countyId: ID) {
  subsidyRates(countyId: $countyId) {
    id effectiveFrom ordinaryFen difficultFen majorFen consultationFen consultationMonthlyCapFen version
    gradeFactors { grade factor }
  }
}`);

export const subsidyStatementsQuery = parse(/* GraphQL */ `query subsidyStatements($period: String!, $countyId: ID) {
  subsidyStatements(period: $period, countyId: $countyId) {
    id period status totalFen confirmedAt paidOn voucherNo version
    adviser { id name }
    lines { kind caseId caseNo tier closedOn month count amountFen reason note }
  }
}`);

export const subsidySettingsQuery = parse(/* GraphQL */ `query subsidySettings($countyId: ID) {
  subsidySettings(countyId: $countyId) { countyId caseSplit version }
}`);

/** Whether a year's assessment is published: the year-end settlement applies its grades, so it waits for it. */
export const subsidyAssessmentStatusQuery = parse(/* GraphQL */ `query subsidyAssessmentStatus($year: Int!, $countyId: ID) {
  assessment(year: $year, countyId: $countyId) { year status publishedAt }
}`);

export const CASE_SPLITS: readonly CaseSplit[] = ['EQUAL', 'LEAD'];

const pad = (n: number) => String(n).padStart(2, '0');

/** A year's settlement period (`2026-Y`): the adjustment lines of the year-end settlement by assessment grade. */
export const settlementPeriod = (year: number) => `${year}-Y`;

/** The year of a settlement period, or null for a month or quarter. */
export function settlementYear(period: string): number | null {
  const match = /^(\d{4})-Y$/.exec(period);
  return match ? Number(match[1]) : null;
}

/** The last day of a period, `2026-07`, `2026-Q3` or `2026-Y`, as `YYYY-MM-DD`. */
export function periodEnd(period: string): string {
  if (settlementYear(period) !== null) return `${period.slice(0, 4)}-12-31`;
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
  const year = Number(period.slice(0, 4));
  const month = quarter ? Number(quarter[2]) * 3 : Number(period.slice(5, 7));
  return `${year}-${pad(month)}-${pad(new Date(Date.UTC(year, month, 0)).getUTCDate())}`;
}

/** A statement can be confirmed only once its period has ended. */
export const periodEnded = (period: string, today: string) => periodEnd(period) < today;

/**
 * The periods to choose from, the last ended quarter first (what is usually paid): then the current quarter and the
 * three before the last ended one, then this year's months up to the current one and the last months of last year,
 * then the year-end settlements of last year and this year.
 */
export function periodChoices(today: string): string[] {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  const quarterIndex = year * 4 + Math.floor((month - 1) / 3);
  const quarterCode = (i: number) => `${Math.floor(i / 4)}-Q${(i % 4) + 1}`;
  const quarters = [quarterIndex - 1, quarterIndex, quarterIndex - 2, quarterIndex - 3, quarterIndex - 4].map(quarterCode);
  const months = Array.from({ length: 12 }, (_, k) => {
    const i = year * 12 + month - 1 - k;
    return `${Math.floor(i / 12)}-${pad((i % 12) + 1)}`;
  });
  return [...quarters, ...months, settlementPeriod(year - 1), settlementPeriod(year)];
}

/** The rates in force on a day: the latest saved from that day or before (rates come newest first). */
export function rateOn(rates: readonly SubsidyRate[], day: string): SubsidyRate | undefined {
  return rates.find((r) => r.effectiveFrom <= day);
}

/** Yuan as typed (`1,200.5`, `80`) in integer fen; blank is null; anything else NaN (the form refuses it). */
export function yuanInput(yuan: unknown): number | null {
  if (yuan === null || yuan === undefined || String(yuan).trim() === '') return null;
  const text = String(yuan).replace(/[,，\s]/g, '');
  if (!/^\d+(\.\d{1,2})?$/.test(text)) return Number.NaN;
  const [whole, cents = ''] = text.split('.');
  return Number(whole) * 100 + Number(cents.padEnd(2, '0'));
}

/** Yuan that may be negative (`-50`, `120.5`) in integer fen, for an adjustment; blank null, anything else NaN. */
export function signedYuanInput(yuan: unknown): number | null {
  const text =
    yuan === null || yuan === undefined
      ? ''
      : String(yuan)
          .trim()
          .replace(/^[−－]/, '-');
  const negative = text.startsWith('-');
  const fen = yuanInput(negative ? text.slice(1) : text);
  return fen === null || Number.isNaN(fen) ? (negative ? Number.NaN : fen) : negative ? -fen : fen;
}

/** Fen as yuan for a form field: `120000` → `1200.00`. */
export const fenToYuanText = (fen: number | null | undefined) => (fen === null || fen === undefined ? '' : (fen / 100).toFixed(2));

/** The assessment grades a rate may carry a factor for, best first. */
export const FACTOR_GRADES: readonly AssessmentGrade[] = ['EXCELLENT', 'PASS', 'BASIC_PASS', 'FAIL'];

/** The form field of a grade's factor. */
export const factorField = (grade: AssessmentGrade) => `factor_${grade}` as const;

type FactorFields = { [G in AssessmentGrade as `factor_${G}`]: string };

export type RateFormValues = {
  effectiveFrom: string;
  ordinary: string;
  difficult: string;
  major: string;
  consultation: string;
  cap: string;
} & Partial<FactorFields>;

/** A grade factor as typed: blank (none), or a decimal from 0 to 10 with at most six places (the API's rule). */
export function factorProblem(value: unknown): boolean {
  const text = value === null || value === undefined ? '' : String(value).trim();
  if (text === '') return false;
  return !/^\d+(\.\d{1,6})?$/.test(text) || Number(text) > 10;
}

/** The factors filled in, as `gradeFactors`; null when none (the year's amounts stand). */
export function gradeFactorsInput(values: Partial<FactorFields>) {
  const factors = FACTOR_GRADES.flatMap((grade) => {
    const factor = String(values[factorField(grade)] ?? '').trim();
    return factor === '' ? [] : [{ grade, factor }];
  });
  return factors.length ? factors : null;
}

export const RATE_FIELDS = ['ordinary', 'difficult', 'major', 'consultation', 'cap'] as const;

/** The form's yuan as `saveSubsidyRate`'s input in fen, with the version of the rates saved on that date (0: new). */
export function rateInput(values: RateFormValues, rates: readonly SubsidyRate[]) {
  const fen = (v: string) => yuanInput(v) ?? 0;
  return {
    effectiveFrom: values.effectiveFrom,
    ordinaryFen: fen(values.ordinary),
    difficultFen: fen(values.difficult),
    majorFen: fen(values.major),
    consultationFen: fen(values.consultation),
    consultationMonthlyCapFen: yuanInput(values.cap),
    gradeFactors: gradeFactorsInput(values),
    version: rates.find((r) => r.effectiveFrom === values.effectiveFrom)?.version ?? 0,
  };
}

/** The form's starting values: the rates in force today, from today. */
export function rateFormDefaults(current: SubsidyRate | undefined, today: string): RateFormValues {
  return {
    effectiveFrom: today,
    ordinary: fenToYuanText(current?.ordinaryFen),
    difficult: fenToYuanText(current?.difficultFen),
    major: fenToYuanText(current?.majorFen),
    consultation: fenToYuanText(current?.consultationFen),
    cap: fenToYuanText(current?.consultationMonthlyCapFen),
    ...(Object.fromEntries(
      FACTOR_GRADES.map((grade) => [factorField(grade), current?.gradeFactors.find((f) => f.grade === grade)?.factor ?? '']),
    ) as FactorFields),
  };
}

/** The lines that pay nothing, each with its reason: what an adviser fixes in the file. */
export const nonQualifying = (statement: Pick<SubsidyStatement, 'lines'>) => statement.lines.filter((l) => l.reason !== null);

/** The lines that pay: cases and months of consultations (adjustments are listed apart, with their reasons). */
export const payingLines = (statement: Pick<SubsidyStatement, 'lines'>) =>
  statement.lines.filter((l) => l.reason === null && l.kind !== 'ADJUSTMENT');

/** The adjustment lines of a confirmed statement (corrections, year-end settlement), each with why. */
export const adjustmentLines = (statement: Pick<SubsidyStatement, 'lines'>) => statement.lines.filter((l) => l.kind === 'ADJUSTMENT');

/** A confirmed, unpaid statement can still be corrected with an adjustment line. */
export const canAdjust = (statement: Pick<SubsidyStatement, 'status' | 'id'>) => statement.status === 'CONFIRMED' && Boolean(statement.id);

/** The whole period's figures across the statements shown. */
export function statementSummary(statements: readonly SubsidyStatement[]) {
  let totalFen = 0;
  let paying = 0;
  let failing = 0;
  for (const s of statements) {
    totalFen += s.totalFen;
    for (const l of s.lines) {
      // Adjustments are corrections of lines counted before, not lines of their own.
      if (l.kind === 'ADJUSTMENT') continue;
      if (l.reason) failing += 1;
      else paying += 1;
    }
  }
  return { advisers: statements.length, totalFen, paying, failing };
}
