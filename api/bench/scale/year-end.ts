import type { BenchContext, Scenario } from './scenario.js';

/**
 * Issue 13's year-end computations at province size: the county's assessment, a month's and a quarter's subsidy
 * drafts (the bureau of the county) and the analyst's `caseCounts` (a fixed period, small cells suppressed). Each is
 * set-based in the API (a fixed number of statements whatever the number of advisers; the integration tests count
 * them), so SQL/req here should not grow with the county. They have no floor: the figures are rules computed in
 * TypeScript (scores, weights, caps, the split of a case, suppression) that one statement would have to restate.
 */

const NO_FLOOR = 'the figures are rules computed in TypeScript (scoring, caps, subsidy lines, suppression), not one statement';
const NO_PG = 'a computation over many tables with rules (scores, subsidy lines, suppression); PostGraphile serves tables';

/** The year, the month (YYYY-MM) and its quarter of the data set's last month. */
function periodOf(ctx: BenchContext): { year: number; month: string; quarter: number } {
  const year = Number(ctx.month.slice(0, 4));
  return { year, month: ctx.month, quarter: Math.floor((Number(ctx.month.slice(5, 7)) - 1) / 3) + 1 };
}

export const assessment: Scenario = {
  key: 'assessment',
  title: 'assessment: the county’s year, every adviser with indicators (the console’s selection)',
  kind: 'aggregate',
  // console/src/providers/assessment.ts
  query: `query assessment($year: Int!, $countyId: ID) {
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
      } } }`,
  variables: (ctx) => ({ year: periodOf(ctx).year }),
  noFloor: NO_FLOOR,
  postgraphile: () => ({ unsupported: NO_PG }),
  ids: (data) => (data?.assessment?.results ?? []).map((r: { adviser: { id: string } }) => r.adviser.id),
  scopes: ['county'],
};

const DRAFT = `query draftSubsidyStatement($period: String!, $regionId: ID) {
  draftSubsidyStatement(period: $period, regionId: $regionId) {
    id period status totalFen version adviser { id name }
    lines { kind caseId caseNo tier closedOn month count amountFen reason note }
  } }`;

function draft(which: 'month' | 'quarter'): Scenario {
  return {
    key: 'draftSubsidyStatement',
    title: `draftSubsidyStatement: the county’s drafts of a ${which}, every line`,
    kind: 'aggregate',
    query: DRAFT,
    variables: (ctx) => {
      const p = periodOf(ctx);
      return { period: which === 'month' ? p.month : `${p.year}-Q${p.quarter}` };
    },
    noFloor: NO_FLOOR,
    postgraphile: () => ({ unsupported: NO_PG }),
    ids: (data) => (data?.draftSubsidyStatement ?? []).map((s: { adviser: { id: string } }) => s.adviser.id),
    scopes: ['county'],
  };
}

const CELL = '{ value suppressed display }';

export const caseCounts: Scenario = {
  key: 'caseCounts',
  title: 'caseCounts: a quarter’s case counts, small cells suppressed for the analyst',
  kind: 'aggregate',
  // console/src/providers/suppressed.ts
  query: `query caseCounts($period: StatisticsPeriodInput!, $regionId: ID) {
    caseCounts(period: $period, regionId: $regionId) {
      region { id name }
      period { kind year number from to }
      total ${CELL} amountFen
      byStatus { key count ${CELL} } byDisputeType { key count ${CELL} } bySource { key count ${CELL} } byLevel { key count ${CELL} }
      byRegion { region { id name } count ${CELL} }
      resolution { resolved ${CELL} village ${CELL} township ${CELL} county ${CELL} villageShare townshipShare countyShare }
    } }`,
  variables: (ctx) => {
    const p = periodOf(ctx);
    return { period: { kind: 'QUARTER', year: p.year, number: p.quarter } };
  },
  noFloor: NO_FLOOR,
  postgraphile: () => ({ unsupported: NO_PG }),
  ids: (data) => (data?.caseCounts?.byRegion ?? []).map((r: { region: { id: string } }) => r.region.id),
  // As the analyst (when the database has one) and as the county's bureau, whose cells are exact.
  scopes: ['analyst', 'county'],
};

export const YEAR_END: Scenario[] = [assessment, draft('month'), draft('quarter'), caseCounts];
