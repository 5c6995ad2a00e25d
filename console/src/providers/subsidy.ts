import { parse } from 'graphql';
import type { SubsidyRatesQuery, SubsidyStatementsQuery } from '../generated/operations';

/*
 * Subsidies (经费补贴): a county's rates (in fen, entered in yuan), the statements of a period drafted from the
 * records, their confirmation and payment. Queries, types and the pure rules the page shows. Later operations (a
 * draft of one statement, downloads) add a query here and a method on the data provider.
 */

export type SubsidyRate = SubsidyRatesQuery['subsidyRates'][number];
export type SubsidyStatement = SubsidyStatementsQuery['subsidyStatements'][number];
export type SubsidyLine = SubsidyStatement['lines'][number];

export const subsidyRatesQuery = parse(/* GraphQL */ `query subsidyRates($countyId: ID) {
  subsidyRates(countyId: $countyId) {
    id effectiveFrom ordinaryFen difficultFen majorFen consultationFen consultationMonthlyCapFen version
  }
}`);

export const subsidyStatementsQuery = parse(/* GraphQL */ `query subsidyStatements($period: String!, $countyId: ID) {
  subsidyStatements(period: $period, countyId: $countyId) {
    id period status totalFen confirmedAt paidOn voucherNo version
    adviser { id name }
    lines { kind caseId caseNo tier closedOn month count amountFen reason }
  }
}`);

const pad = (n: number) => String(n).padStart(2, '0');

/** The last day of a period, `2026-07` or `2026-Q3`, as `YYYY-MM-DD`. */
export function periodEnd(period: string): string {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
  const year = Number(period.slice(0, 4));
  const month = quarter ? Number(quarter[2]) * 3 : Number(period.slice(5, 7));
  return `${year}-${pad(month)}-${pad(new Date(Date.UTC(year, month, 0)).getUTCDate())}`;
}

/** A statement can be confirmed only once its period has ended. */
export const periodEnded = (period: string, today: string) => periodEnd(period) < today;

/**
 * The periods to choose from, the last ended quarter first (what is usually paid): then the current quarter and the
 * three before the last ended one, then this year's months up to the current one and the last months of last year.
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
  return [...quarters, ...months];
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

/** Fen as yuan for a form field: `120000` → `1200.00`. */
export const fenToYuanText = (fen: number | null | undefined) => (fen === null || fen === undefined ? '' : (fen / 100).toFixed(2));

export type RateFormValues = {
  effectiveFrom: string;
  ordinary: string;
  difficult: string;
  major: string;
  consultation: string;
  cap: string;
};

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
  };
}

/** The lines that pay nothing, each with its reason: what an adviser fixes in the file. */
export const nonQualifying = (statement: Pick<SubsidyStatement, 'lines'>) => statement.lines.filter((l) => l.reason !== null);

/** The whole period's figures across the statements shown. */
export function statementSummary(statements: readonly SubsidyStatement[]) {
  let totalFen = 0;
  let paying = 0;
  let failing = 0;
  for (const s of statements) {
    totalFen += s.totalFen;
    for (const l of s.lines) {
      if (l.reason) failing += 1;
      else paying += 1;
    }
  }
  return { advisers: statements.length, totalFen, paying, failing };
}
