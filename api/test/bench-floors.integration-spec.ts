import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { AGGREGATES } from '../bench/scale/aggregates.js';
import { benchContext, placeOf } from '../bench/scale/context.js';
import { deepCaseList, LIST_SPECS, listScenario, PAGE } from '../bench/scale/lists.js';
import { postgraphilePreset } from '../bench/scale/postgraphile-preset.js';
import type { BenchContext, Scenario } from '../bench/scale/scenario.js';
import { compareWithFloor } from '../bench/scale/verify.js';
import { type ScaleSizes, SMALL_SIZES, scalePasswordHash, seedScale } from '../src/ops/seed-scale.js';
import { startTestApp, type TestApp } from './app.js';
import { createTestDatabase } from './database.js';

/**
 * The scale benchmark's floors (api/bench/scale) are one SQL statement per scenario that must build exactly the JSON
 * the API answers: a floor that returns less would flatter the API. Checked here on the demo county (trainings,
 * meetings, reports, checks, agreements, committees: every list has rows) and on a small generated province, as the
 * bureau of a county and of a city, at a fixed instant.
 */

const AT = '2026-11-20T10:00:00+08:00';

async function apiData(app: TestApp, token: string, s: Scenario, ctx: BenchContext): Promise<Record<string, unknown>> {
  const res = await app.gql(s.query, s.variables(ctx), token);
  if (res.errors) throw new Error(`${s.key}: ${JSON.stringify(res.errors)}`);
  return res.data!;
}

/** Every list (a page of 100 and the console's 25 from row 3) and every aggregate: the floor's JSON is the API's. */
async function expectFloorsEqual(app: TestApp, client: pg.Client, username: string, regionId: string, period?: { from: string; to: string }) {
  const token = await app.login(username);
  const ctx = benchContext(await placeOf(client, regionId), app.clock.now(), period);
  const scenarios: Scenario[] = [
    ...LIST_SPECS.map((spec) => listScenario(spec, { take: 100 })),
    ...LIST_SPECS.map((spec) => listScenario(spec, { skip: 3 })),
    ...AGGREGATES,
  ];
  const differences: string[] = [];
  let nonEmpty = 0;
  for (const s of scenarios) {
    const data = await apiData(app, token, s, ctx);
    const result = await compareWithFloor(client, s, ctx, data);
    if (!result.equal) differences.push(`${s.key}: ${result.difference}`);
    if (s.ids(data).length) nonEmpty += 1;
  }
  expect(differences).toEqual([]);
  return nonEmpty;
}

/**
 * Where PostGraphile can express a list at county scope, it selects the same rows in the same order as the API: its
 * throughput is compared with the API's on the same work. Run in-process through grafast, with the bench's preset.
 */
async function expectPostGraphileSameRows(app: TestApp, url: string, client: pg.Client, username: string, regionId: string): Promise<number> {
  const { postgraphile } = await import('postgraphile');
  const { grafast } = await import('postgraphile/grafast');
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  const pgl = postgraphile(postgraphilePreset({ pool }));
  try {
    const schema = await pgl.getSchema();
    const resolvedPreset = pgl.getResolvedPreset();
    const token = await app.login(username);
    const ctx = benchContext(await placeOf(client, regionId), app.clock.now());
    let compared = 0;
    for (const spec of LIST_SPECS) {
      const s = listScenario(spec);
      const request = s.postgraphile(ctx, 'county');
      if ('unsupported' in request) continue;
      const result = (await grafast({ schema, source: request.query, variableValues: request.variables, resolvedPreset, requestContext: {} })) as {
        data?: unknown;
        errors?: unknown[];
      };
      expect(result.errors).toBeUndefined();
      const apiIds = s.ids(await apiData(app, token, s, ctx));
      expect({ [s.key]: request.ids(result.data) }).toEqual({ [s.key]: apiIds });
      if (apiIds.length) compared += 1;
    }
    return compared;
  } finally {
    await pgl.release();
    await pool.end();
  }
}

describe('scale bench floors: the demo county', () => {
  let app: TestApp;
  let client: pg.Client;
  beforeAll(async () => {
    app = await startTestApp({}, { at: AT });
    client = new pg.Client({ connectionString: app.config.databaseUrl });
    await client.connect();
  }, 120_000);
  afterAll(async () => {
    await client?.end();
    await app?.close();
  });

  it('builds, as the county bureau, the JSON the API answers for every console list and dashboard aggregate', async () => {
    // The demo county has no roster filing and no audit event yet: one of each (an adviser reading their cases' summaries).
    const filed = await app.gql('mutation { fileRoster(asOf: "2026-11-01") { id } }', {}, await app.login('bureau'));
    expect(filed.errors).toBeUndefined();
    const read = await app.gql('{ mediationCases(options: { take: 5 }) { items { id summary } } }', {}, await app.login('adviser.1'));
    expect(read.data.mediationCases.items.some((c: { summary: string | null }) => c.summary)).toBe(true);

    const {
      rows: [bureau],
    } = await client.query<{ scope_region_id: string }>(`select scope_region_id from app_user where username = 'bureau'`);
    const nonEmpty = await expectFloorsEqual(app, client, 'bureau', bureau!.scope_region_id);
    // The comparison means something only where there are rows: every list and aggregate has some on its first page.
    expect(nonEmpty).toBeGreaterThanOrEqual(LIST_SPECS.length + AGGREGATES.length);
    // The county's cases, advisers, trainings, meetings, filings and providers, through PostGraphile.
    expect(await expectPostGraphileSameRows(app, app.config.databaseUrl!, client, 'bureau', bureau!.scope_region_id)).toBe(6);
  }, 120_000);
});

describe('scale bench floors: a small generated province', () => {
  // city.1 has two counties, 200 advisers and about 1,070 villages: coverage lists the 100 most loaded advisers, the
  // training grid and the month reports the first 1,000 villages, and the floors must cut where the API does.
  const sizes: ScaleSizes = { ...SMALL_SIZES, townships: 20, villages: 1600, advisers: 300, cases: 1200, workLogs: 800 };
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let app: TestApp;
  let client: pg.Client;
  beforeAll(async () => {
    db = await createTestDatabase({ seeded: false });
    client = new pg.Client({ connectionString: db.url });
    await client.connect();
    await seedScale(client, { sizes, passwordHash: await scalePasswordHash() });
    app = await startTestApp({ databaseUrl: db.url }, { at: AT });
  }, 120_000);
  afterAll(async () => {
    await client?.end();
    await app?.close();
    await db?.drop();
  });

  const scopeOf = async (username: string) =>
    (await client.query<{ scope_region_id: string }>('select scope_region_id from app_user where username = $1', [username])).rows[0]!
      .scope_region_id;

  it('builds the API’s JSON as a county’s bureau (bureau.1) and a city’s (city.1), statistics over the whole generated span', async () => {
    const period = { from: '2024-01-01', to: '2026-11-30' };
    await expectFloorsEqual(app, client, 'bureau.1', await scopeOf('bureau.1'), period);
    await expectFloorsEqual(app, client, 'city.1', await scopeOf('city.1'), period);
    // Cases, advisers and providers have rows here (seed:scale makes no trainings, meetings or filings).
    expect(await expectPostGraphileSameRows(app, db.url, client, 'bureau.1', await scopeOf('bureau.1'))).toBe(3);
  }, 120_000);

  it('pages far down the county case list by skip and by cursor alike, and so do the floors', async () => {
    const token = await app.login('bureau.1');
    const ctx = benchContext(await placeOf(client, await scopeOf('bureau.1')), app.clock.now());
    const offset = 150;
    // The API's cursor after row `offset`: the nextCursor of the page that ends there.
    const before = listScenario(LIST_SPECS[0]!, { skip: offset - PAGE });
    const page = (await apiData(
      app,
      token,
      { ...before, query: before.query.replace('totalItems totalItemsExact', 'totalItems nextCursor') },
      ctx,
    )) as any;
    const last = page.mediationCases.items.at(-1);
    const cursor = { api: page.mediationCases.nextCursor as string, postgraphile: null, last: { receivedOn: last.receivedOn, id: last.id } };
    const bySkip = deepCaseList('skip', offset, cursor);
    const byCursor = deepCaseList('after', offset, cursor);
    const skipData = await apiData(app, token, bySkip, ctx);
    const cursorData = await apiData(app, token, byCursor, ctx);
    expect(bySkip.ids(skipData)).toHaveLength(PAGE);
    expect(byCursor.ids(cursorData)).toEqual(bySkip.ids(skipData));
    for (const [s, data] of [
      [bySkip, skipData],
      [byCursor, cursorData],
    ] as const) {
      const result = await compareWithFloor(client, s, ctx, data);
      expect(result.difference).toBeUndefined();
    }
  }, 60_000);
});
