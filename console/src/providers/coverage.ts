import { parse, type DocumentNode } from 'graphql';
import type { CoverageQuery, CoverageQueryVariables, CoverageWithLoadsQuery } from '../generated/operations';

/** A county or township (the viewer's own when empty) on a date `YYYY-MM-DD` (today when empty). */
export type CoverageParams = CoverageQueryVariables & {
  /** Adviser loads carry names: the bureau and offices only (the API refuses analysts the field). */
  withLoads?: boolean;
  signal?: AbortSignal;
};

/** A region's coverage on a date; `adviserLoads` only when asked for (`withLoads`). */
export type Coverage = CoverageQuery['coverage'] &
  Partial<Pick<CoverageWithLoadsQuery['coverage'], 'adviserLoads' | 'servingAdviserCount' | 'overloadedAdviserCount'>>;
export type TownshipCoverage = Coverage['townships'][number];
export type AdviserLoad = NonNullable<Coverage['adviserLoads']>[number];

/**
 * The coverage of a region on a date: counts, the first uncovered villages (the API lists at most 100 unless asked;
 * `uncoveredCount` counts them all), per township. No adviser is named.
 */
const coverageDocument = parse(/* GraphQL */ `query coverage($regionId: ID, $asOf: Date) {
  coverage(regionId: $regionId, asOf: $asOf) {
    region { id name level }
    asOf villageCount coveredCount ratio loadCap uncoveredCount
    uncovered { id name township { id name } }
    townships { township { id name } villageCount coveredCount ratio }
  }
}`);

/**
 * The same, with each adviser's load: names, so for the bureau and offices only (the API refuses analysts the field).
 * The most loaded 100 are listed; the two counts cover every adviser serving the region.
 */
const coverageWithLoadsDocument = parse(/* GraphQL */ `query coverageWithLoads($regionId: ID, $asOf: Date) {
  coverage(regionId: $regionId, asOf: $asOf) {
    region { id name level }
    asOf villageCount coveredCount ratio loadCap uncoveredCount
    uncovered { id name township { id name } }
    townships { township { id name } villageCount coveredCount ratio }
    servingAdviserCount overloadedAdviserCount
    adviserLoads { adviser { id name } villageCount overloaded }
  }
}`);

/**
 * The coverage query; `adviserLoads` only with `withLoads`, so an analyst's request never names anyone. Two whole
 * documents rather than one assembled from parts, so that codegen types each (`CoverageQuery`, `CoverageWithLoadsQuery`).
 */
export function coverageQuery({ withLoads = false }: Pick<CoverageParams, 'withLoads'> = {}): DocumentNode {
  return withLoads ? coverageWithLoadsDocument : coverageDocument;
}

/** 0.9737 → "97.4%" (one decimal, so that one more village out of 150 shows). */
export function formatRatio(ratio: number | undefined | null): string {
  if (ratio === undefined || ratio === null || !Number.isFinite(ratio)) return '—';
  return `${(Math.round(ratio * 1000) / 10).toFixed(1)}%`;
}

/** Bars for the chart: covered and uncovered villages per township. */
export function townshipBars(townships: readonly TownshipCoverage[]) {
  return townships.map((t) => ({
    id: t.township.id,
    name: t.township.name,
    covered: t.coveredCount,
    uncovered: Math.max(0, t.villageCount - t.coveredCount),
    ratio: t.ratio,
  }));
}
