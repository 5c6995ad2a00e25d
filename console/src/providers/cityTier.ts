import { parse } from 'graphql';
import type { RegionLevel, Role, RosterFilingStatus } from '../generated/graphql';
import type { CountyCaseCountsQuery, CountyCoverageQuery } from '../generated/operations';

/*
 * The city tier: a bureau whose scope is a city or province. It supervises its counties (figures per county) and
 * receives their roster filings, which it acknowledges (签收) or returns; it files nothing itself.
 */

/** Whether a bureau account stands above the counties (a city's or a province's), by its scope's level. */
export function isAboveCounty(role: Role | undefined, level: RegionLevel | null | undefined): boolean {
  return role === 'BUREAU_ADMIN' && (level === 'CITY' || level === 'PROVINCE');
}

/** Whether the viewer may still decide on a filing: above the county, and nobody has decided yet. */
export function canDecide(aboveCounty: boolean, status: RosterFilingStatus | null | undefined): boolean {
  return aboveCounty && status === 'FILED';
}

/** A filing's status as a chip: the colour and the message key of its words (from @fengqiao/labels). */
export function filingStatusLook(status: RosterFilingStatus): { color: 'warning' | 'success' | 'error'; labelKey: string } {
  const color = status === 'ACKNOWLEDGED' ? 'success' : status === 'RETURNED' ? 'error' : 'warning';
  return { color, labelKey: `fq.enum.RosterFilingStatus.${status}` };
}

export const countyCoverageQuery = parse(/* GraphQL */ `query countyCoverage {
  coverage { byCounty { county { id name code } villageCount coveredCount uncoveredCount ratio } }
}`);

export const countyCaseCountsQuery = parse(/* GraphQL */ `query countyCaseCounts($from: Date, $to: Date) {
  caseStatistics(from: $from, to: $to) { byCounty { county { id } total resolved } }
}`);

export type CountyCoverage = CountyCoverageQuery['coverage']['byCounty'][number];
export type CountyCases = CountyCaseCountsQuery['caseStatistics']['byCounty'][number];

/** One county's line on the city's dashboard. */
export interface CountyRollupRow {
  id: string;
  name: string;
  villageCount: number;
  coveredCount: number;
  ratio: number;
  cases: number;
  resolved: number;
}

/** The counties as coverage lists them (by division code), each with its case counts (0 when it has none). */
export function countyRollup(coverage: readonly CountyCoverage[], cases: readonly CountyCases[]): CountyRollupRow[] {
  const byId = new Map(cases.map((c) => [c.county.id, c]));
  return coverage.map((c) => ({
    id: c.county.id,
    name: c.county.name,
    villageCount: c.villageCount,
    coveredCount: c.coveredCount,
    ratio: c.ratio,
    cases: byId.get(c.county.id)?.total ?? 0,
    resolved: byId.get(c.county.id)?.resolved ?? 0,
  }));
}
