import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { COUNTY_ID, demoCases, demoRegions, townshipId } from '@fengqiao/seeds';
import { startTestApp, type TestApp } from '../../../test/app.js';

const regions = demoRegions();
const cases = demoCases();
const TIANNING = townshipId('tianning');
const villagesUnder = (id: string): number => {
  const townships = new Set(regions.filter((r) => r.id === id || r.parentId === id).map((r) => r.id));
  return regions.filter((r) => r.level === 'VILLAGE' && townships.has(r.parentId!)).length;
};
const townshipOf = (villageId: string) => regions.find((r) => r.id === villageId)!.parentId;

const COVERAGE = '{ coverage { region { id } villageCount } }';
const STATS = '{ caseStatistics(from: "2026-01-01", to: "2026-12-31") { region { id } total } }';
const TRAINING = '{ trainingCompliance(year: 2026) { regionId villageCount } }';

/**
 * Without a regionId, a report measures the viewer's own region: not whichever region of their subtree the database
 * happens to return first.
 */
describe('reports without a regionId', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
    // Rewrite the county's and Tianning's rows: PostgreSQL stores the new versions after their townships and
    // villages, so a scan of the table no longer meets the viewer's own region first. Without the prefix index the
    // planner scans the table, as it does whenever a subtree is a large share of it (a city's, at province scale).
    const em = app.orm.em.fork();
    await em.execute('update region set name = name where id in (?, ?)', [COUNTY_ID, TIANNING]);
    await em.execute('drop index region_path_prefix_idx');
  });
  afterAll(() => app.close());

  it.each([
    ['bureau', COUNTY_ID],
    ['office.tianning', TIANNING],
  ])('gives %s their own region’s coverage, statistics and training compliance', async (username, own) => {
    const token = await app.login(username);
    const [coverage, stats, training] = await Promise.all([COVERAGE, STATS, TRAINING].map((q) => app.gql(q, {}, token)));
    expect([coverage.errors, stats.errors, training.errors]).toEqual([undefined, undefined, undefined]);
    expect(coverage.data.coverage).toEqual({ region: { id: own }, villageCount: villagesUnder(own) });
    const ownCases = cases.filter((c) => own === COUNTY_ID || townshipOf(c.villageId) === own);
    expect(ownCases.length).toBeGreaterThan(0);
    expect(stats.data.caseStatistics).toEqual({ region: { id: own }, total: ownCases.filter((c) => c.receivedOn.startsWith('2026')).length });
    expect(training.data.trainingCompliance).toEqual({ regionId: own, villageCount: villagesUnder(own) });
  });

  it('gives the analyst the county’s statistics and coverage', async () => {
    const token = await app.login('analyst');
    expect((await app.gql(COVERAGE, {}, token)).data.coverage.region.id).toBe(COUNTY_ID);
    const counts = await app.gql('{ caseCounts(period: { kind: YEAR, year: 2026 }) { region { id } } }', {}, token);
    expect(counts.data.caseCounts.region.id).toBe(COUNTY_ID);
  });
});
