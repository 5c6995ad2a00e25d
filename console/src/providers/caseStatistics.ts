import { parse } from 'graphql';
import type { CaseStatisticsQuery, CaseStatisticsQueryVariables, VillageMonthReportsQuery } from '../generated/operations';

/** A county or township (the viewer's own when empty) and a period, `YYYY-MM-DD` (default: 1 January to today). */
export type CaseStatisticsParams = CaseStatisticsQueryVariables & { signal?: AbortSignal };

export type CaseStatistics = CaseStatisticsQuery['caseStatistics'];
export type KeyCount = CaseStatistics['byStatus'][number];

/** Counts only: the API's statistics carry no names, phones or confidential text. */
export const caseStatisticsQuery = parse(/* GraphQL */ `query caseStatistics($regionId: ID, $from: Date, $to: Date) {
  caseStatistics(regionId: $regionId, from: $from, to: $to) {
    region { id name }
    from to total amountFen
    byStatus { key count } byDisputeType { key count } bySource { key count } byLevel { key count }
    resolution { resolved village township county villageShare townshipShare countyShare }
  }
}`);

/** Chart rows for counts under enum keys: labelled, largest first, zero counts left out. */
export function countBars(counts: readonly KeyCount[], label: (key: string) => string): { key: string; name: string; count: number }[] {
  return counts
    .filter((c) => c.count > 0)
    .map((c) => ({ key: c.key, name: label(c.key), count: c.count }))
    .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}

/** 0.8765 → "87.7%". */
export function formatShare(share: number): string {
  return `${(Math.round(share * 1000) / 10).toFixed(1)}%`;
}

export type VillageMonthReport = VillageMonthReportsQuery['villageMonthReports'][number];

/**
 * Every village of a township (or the county) for a month: its cases, its zero report (零上报), or silence. A county
 * has at most a few hundred villages; asking for 500 keeps the request well within its cost.
 */
export const villageMonthReportsQuery = parse(/* GraphQL */ `query villageMonthReports($month: String!, $townshipId: ID) {
  villageMonthReports(month: $month, townshipId: $townshipId, limit: 500) {
    village { id name township { id name } } caseCount silent zeroReport { id reportedAt }
  }
}`);

/** How many villages had cases, reported none, or said nothing. */
export function monthSummary(rows: readonly VillageMonthReport[]) {
  return {
    withCases: rows.filter((r) => r.caseCount > 0).length,
    zeroReported: rows.filter((r) => r.zeroReport).length,
    silent: rows.filter((r) => r.silent).length,
  };
}
