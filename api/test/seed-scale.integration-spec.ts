import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { SCALE_AS_OF, SMALL_SIZES, scaleId, scalePasswordHash, seedScale, type SeedScaleReport, type StepProgress } from '../src/ops/seed-scale.js';
import { startTestApp, type TestApp } from './app.js';
import { createTestDatabase } from './database.js';
import { digestDatabase } from './digest.js';

const S = SMALL_SIZES;

async function withClient<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

async function rows<T = any>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  return withClient(url, async (c) => (await c.query(sql, params)).rows as T[]);
}

describe('npm run seed:scale, small preset', () => {
  let a: Awaited<ReturnType<typeof createTestDatabase>>;
  let b: Awaited<ReturnType<typeof createTestDatabase>>;
  let report: SeedScaleReport;
  const progress: StepProgress[] = [];

  beforeAll(async () => {
    // Two empty, migrated databases, seeded in different chunk sizes: the data must not depend on how it was batched.
    [a, b] = [await createTestDatabase({ seeded: false }), await createTestDatabase({ seeded: false })];
    const passwordHash = await scalePasswordHash();
    report = await withClient(a.url, (c) => seedScale(c, { sizes: S, passwordHash, chunk: 70, onProgress: (p) => progress.push(p) }));
    await withClient(b.url, (c) => seedScale(c, { sizes: S, passwordHash }));
  }, 120_000);
  afterAll(async () => {
    await a?.drop();
    await b?.drop();
  });

  it('writes the requested number of rows per table', () => {
    expect(report.rows).toMatchObject({
      region: 1 + S.cities + S.counties + S.townships + S.villages,
      judicial_office: S.townships,
      provider: 3 * S.counties,
      legal_adviser: S.advisers,
      roster_event: S.advisers,
      app_user: 1 + S.cities + S.counties + S.advisers,
      pairing: S.villages,
      mediation_case: S.cases,
      person: 2 * S.cases,
      case_party: 2 * S.cases,
      case_adviser: S.cases,
      case_number_counter: 3 * S.counties,
      work_log_entry: S.workLogs,
      agreement: 0,
      audit_event: 0,
    });
    expect(report.steps.map((s) => s.step)).toEqual([
      'regions',
      'offices and providers',
      'advisers and roster',
      'accounts',
      'pairings',
      'cases, parties and advisers',
      'case number counters',
      'work-log months',
      'work-log entries',
      'analyze',
    ]);
    // The case step advanced in chunks of 70 and ended at its total.
    const caseSteps = progress.filter((p) => p.step === 'cases, parties and advisers').map((p) => p.done);
    expect(caseSteps).toEqual([0, 70, 140, 210, 280, 300]);
  });

  it("writes work-log entries into their months' partitions, none into the default partition", async () => {
    const parts = await rows<{ name: string; n: number }>(
      a.url,
      `select c.relname as name, (select count(*)::int from work_log_entry w where w.tableoid = c.oid) as n
         from pg_inherits i join pg_class c on c.oid = i.inhrelid where i.inhparent = 'work_log_entry'::regclass`,
    );
    const byName = new Map(parts.map((p) => [p.name, p.n]));
    expect(byName.get('work_log_entry_default')).toBe(0);
    // The data set's first and last months have partitions of their own, and the months' rows add up.
    expect(byName.has('work_log_entry_2024_01')).toBe(true);
    expect(byName.has(`work_log_entry_${SCALE_AS_OF.slice(0, 7).replace('-', '_')}`)).toBe(true);
    expect([...byName.values()].reduce((sum, n) => sum + n, 0)).toBe(S.workLogs);
  });

  it('builds the region tree by level under one province, with unique 12-digit codes and paths under their parents', async () => {
    const levels = await rows(a.url, `select level, count(*)::int as n from region group by level order by level`);
    expect(levels).toEqual([
      { level: 'CITY', n: S.cities },
      { level: 'COUNTY', n: S.counties },
      { level: 'PROVINCE', n: 1 },
      { level: 'TOWNSHIP', n: S.townships },
      { level: 'VILLAGE', n: S.villages },
    ]);
    expect(await rows(a.url, `select id, level, code from region where parent_id is null`)).toEqual([
      { id: scaleId('province', 0), level: 'PROVINCE', code: '140000000000' },
    ]);
    // Each code starts with its parent's significant digits (province 2, city 4, county 6, township 9); the database
    // itself checks the form of each code against its level.
    const [bad] = await rows(
      a.url,
      `select count(*)::int as n from region r left join region p on p.id = r.parent_id
      where r.parent_id is not null and (p.level is distinct from (case r.level when 'CITY' then 'PROVINCE' when 'COUNTY' then 'CITY'
          when 'TOWNSHIP' then 'COUNTY' when 'VILLAGE' then 'TOWNSHIP' end)
        or r.path <> p.path || r.id || '/'
        or left(r.code, (case p.level when 'PROVINCE' then 2 when 'CITY' then 4 when 'COUNTY' then 6 else 9 end)) <>
           left(p.code, (case p.level when 'PROVINCE' then 2 when 'CITY' then 4 when 'COUNTY' then 6 else 9 end)))`,
    );
    expect(bad.n).toBe(0);
    const [checks] = await rows(
      a.url,
      `select count(*)::int as n from pg_constraint where conrelid = 'region'::regclass
      and conname in ('region_code_12_digits', 'region_code_matches_level') and convalidated`,
    );
    expect(checks.n).toBe(2);
  });

  it('keeps cases consistent: in their county and township, numbered 1…last per county and year, assigned to the village adviser', async () => {
    const [c] = await rows(
      a.url,
      `select
        count(*) filter (where v.parent_id <> m.township_id or t.parent_id <> m.county_id)::int as misplaced,
        count(*) filter (where not exists (select 1 from case_adviser ca join pairing p on p.adviser_id = ca.adviser_id and p.village_id = m.village_id
                                            where ca.case_id = m.id))::int as unpaired,
        count(*) filter (where m.received_on > date '${SCALE_AS_OF}' or m.closed_on < m.received_on)::int as bad_dates
      from mediation_case m join region v on v.id = m.village_id join region t on t.id = v.parent_id`,
    );
    expect(c).toEqual({ misplaced: 0, unpaired: 0, bad_dates: 0 });
    const gaps = await rows(
      a.url,
      `select m.county_id, m.year, count(*)::int as n, max(m.seq) as last, min(m.seq) as first, n.last as counter,
        count(distinct m.case_no)::int as numbers
      from mediation_case m join case_number_counter n on n.county_id = m.county_id and n.year = m.year group by m.county_id, m.year, n.last`,
    );
    expect(gaps).toHaveLength(3 * S.counties);
    for (const g of gaps) expect([g.first, g.last, g.counter, g.numbers]).toEqual([1, g.n, g.n, g.n]);
    // A mediation entry in the work log names a case its adviser is assigned to, in the entry's village.
    const [w] = await rows(
      a.url,
      `select count(*) filter (where w.case_id is not null)::int as with_case,
        count(*) filter (where w.case_id is not null and not exists (
          select 1 from case_adviser ca join mediation_case m on m.id = ca.case_id
           where ca.case_id = w.case_id and ca.adviser_id = w.adviser_id and m.village_id = w.village_id))::int as foreign_case,
        count(*) filter (where w.created_by_id <> u.id)::int as not_by_adviser
      from work_log_entry w join app_user u on u.adviser_id = w.adviser_id`,
    );
    expect(w.with_case).toBeGreaterThan(0);
    expect([w.foreign_case, w.not_by_adviser]).toEqual([0, 0]);
  });

  it('leaves every foreign key and trigger enforced, and refuses to write into a database that holds data', async () => {
    const [state] = await rows(
      a.url,
      `select
        (select count(*)::int from pg_constraint c join pg_namespace n on n.oid = c.connamespace where n.nspname = 'public' and c.contype = 'f' and not c.convalidated) as unvalidated,
        (select count(*)::int from pg_trigger where tgenabled <> 'O') as disabled,
        (select count(*)::int from pg_constraint c join pg_namespace n on n.oid = c.connamespace where n.nspname = 'public' and c.contype = 'f') as fks`,
    );
    expect(state).toEqual({ unvalidated: 0, disabled: 0, fks: expect.any(Number) });
    expect(state.fks).toBeGreaterThan(20);
    // The database enforces them: a case party pointing at no person is refused.
    await expect(
      rows(a.url, `insert into case_party (id, case_id, person_id, role) values ($1, $2, $3, 'APPLICANT')`, [
        scaleId('caseParty', 10 ** 9),
        scaleId('case', 0),
        scaleId('person', 10 ** 9),
      ]),
    ).rejects.toMatchObject({ code: '23503' });

    const before = await digestDatabase(a.url);
    await expect(withClient(a.url, async (c) => seedScale(c, { sizes: S, passwordHash: 'x' }))).rejects.toThrow(
      /already holds data \(app_user, case_adviser/,
    );
    expect(await digestDatabase(a.url)).toEqual(before);
  });

  it('is deterministic: a second run into another database gives the same rows in every table', async () => {
    const [first, second] = [await digestDatabase(a.url), await digestDatabase(b.url)];
    expect(first.get('mediation_case')!.rows).toBe(S.cases);
    expect(second).toEqual(first);
  });

  describe('served by the API', () => {
    let app: TestApp;
    beforeAll(async () => {
      app = await startTestApp({ databaseUrl: a.url }, { at: `${SCALE_AS_OF}T10:00:00+08:00` });
    });
    afterAll(() => app?.close());

    const LIST = `query($take: Int) { mediationCases(options: { take: $take }) { totalItems items { id caseNo village { id } advisers { id } summary } } }`;

    it("answers a county bureau its own county's cases, a city bureau its counties' and the province's bureau all", async () => {
      const perCounty = await rows<{ k: string; n: number; first: string }>(
        a.url,
        `select r.id as k, count(*)::int as n, left(r.name, 1) as first
        from mediation_case m join region r on r.id = m.county_id group by r.id order by r.id`,
      );
      expect(perCounty.map((c) => c.k)).toEqual([0, 1, 2].map((i) => scaleId('county', i)));

      const county = await app.gql(LIST, { take: 100 }, await app.login('bureau.1'));
      expect(county.errors).toBeUndefined();
      expect(county.data.mediationCases.totalItems).toBe(perCounty[0]!.n);
      expect(county.data.mediationCases.items).toHaveLength(100);
      for (const item of county.data.mediationCases.items) {
        expect(item.caseNo).toMatch(new RegExp(`^（202[456]）${perCounty[0]!.first}调字第\\d+号$`));
        expect(item.advisers).toHaveLength(1);
        expect(item.summary).toBeNull();
      }

      // Counties are spread evenly over cities: the first two of three belong to the first city.
      const city = await app.gql(LIST, { take: 1 }, await app.login('city.1'));
      expect(city.errors).toBeUndefined();
      expect(city.data.mediationCases.totalItems).toBe(perCounty[0]!.n + perCounty[1]!.n);

      // The province's bureau reads every county's.
      const province = await app.gql(LIST, { take: 1 }, await app.login('province.1'));
      expect(province.errors).toBeUndefined();
      expect(province.data.mediationCases.totalItems).toBe(S.cases);

      const adviser = await app.gql(LIST, { take: 100 }, await app.login('adviser.1'));
      const [own] = await rows(a.url, `select count(*)::int as n from case_adviser where adviser_id = $1`, [scaleId('adviser', 0)]);
      expect(adviser.data.mediationCases.totalItems).toBe(own.n);
    });
  });
});
