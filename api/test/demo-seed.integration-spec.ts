import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { MikroORM } from '@mikro-orm/postgresql';
import { ASSESSMENT_PROFILES, demoAssessmentRecords, demoSubsidies, SUBSIDY_CASE_PLANS } from '@fengqiao/seeds';
import { setClock } from '../src/common/clock.js';
import { FieldCipher } from '../src/common/crypto/field-cipher.js';
import { ormConfig } from '../src/db/mikro-orm.config.js';
import { seedDemoCounty } from '../src/db/seed.js';
import { NonQualifyingReason } from '../src/modules/subsidy/subsidy.enums.js';
import { startTestApp, type TestApp } from './app.js';
import { createTestDatabase } from './database.js';
import { TEST_FIELD_KEYS, TEST_LOOKUP_KEY } from './secrets.js';

// The demo county seeded on a day of a year other than the one the fixed demo cases are in: what depends on the day
// (the live assessment, the subsidy statements) follows the seed day, never a year written into the seeds.
const AT = '2027-08-20T10:00:00+08:00';

const ASSESSMENT = `query($year: Int!) { assessment(year: $year) {
  gradeCounts { grade count } results { adviser { id } total grade } } }`;
const STATEMENTS = `query($period: String!) { subsidyStatements(period: $period) {
  status adviser { id } totalFen lines { kind caseNo amountFen reason } } }`;

/** A fresh database with the demo county seeded on the day `at`, and the server's clock there. */
async function seededOn(at: string): Promise<{ app: TestApp; drop: () => Promise<void> }> {
  const db = await createTestDatabase({ seeded: false });
  const orm = await MikroORM.init(ormConfig(db.url, { preferTs: true }));
  const restore = setClock(() => Date.parse(at));
  try {
    await seedDemoCounty(orm.em.fork(), { cipher: new FieldCipher(TEST_FIELD_KEYS), lookupKey: TEST_LOOKUP_KEY });
  } finally {
    restore();
    await orm.close(true);
  }
  return { app: await startTestApp({ databaseUrl: db.url }, { at }), drop: db.drop };
}

/** Every grade in the year's live draft, and each profile's adviser in the grade it was written for. */
async function expectEveryGrade(app: TestApp, at: string, year: number): Promise<void> {
  const { data, errors } = await app.gql(ASSESSMENT, { year }, await app.login('bureau'));
  expect(errors).toBeUndefined();
  const counts = Object.fromEntries(data.assessment.gradeCounts.map((g: any) => [g.grade, g.count]));
  for (const grade of ['EXCELLENT', 'PASS', 'BASIC_PASS', 'FAIL']) expect(counts[grade]).toBeGreaterThan(0);
  const { advisers } = demoAssessmentRecords(new Date(at));
  const gradeOf = new Map(data.assessment.results.map((r: any) => [r.adviser.id, r.grade]));
  for (const p of ASSESSMENT_PROFILES) expect(gradeOf.get(advisers[p.grade])).toBe(p.grade);
}

describe('the demo county seeded in January', () => {
  const JANUARY = '2027-01-10T10:00:00+08:00';
  let seeded: { app: TestApp; drop: () => Promise<void> } | undefined;
  beforeAll(async () => {
    seeded = await seededOn(JANUARY);
  });
  afterAll(async () => {
    await seeded?.app.close();
    await seeded?.drop();
  });

  it('shows every grade in the draft of the year that has just ended, which the county is assessing', async () => {
    await expectEveryGrade(seeded!.app, JANUARY, 2026);
  });
});

describe('the demo county seeded on a given day', () => {
  let app: TestApp;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    ({ app, drop } = await seededOn(AT));
  });
  afterAll(async () => {
    await app?.close();
    await drop?.();
  });

  it('puts advisers in every grade of the year’s live assessment', async () => {
    await expectEveryGrade(app, AT, 2027);
  });

  it('drafts the last ended quarter with paying cases and a non-qualifying one for every reason', async () => {
    const demo = demoSubsidies(new Date(AT));
    expect(demo.period.code).toBe('2027-Q2');
    const { data, errors } = await app.gql(STATEMENTS, { period: demo.period.code }, await app.login('bureau'));
    expect(errors).toBeUndefined();
    const own = data.subsidyStatements.find((s: any) => s.adviser.id === demo.adviserId);
    expect(own.status).toBe('DRAFT');
    const reasons = new Set(own.lines.map((l: any) => l.reason));
    // NOT_LEAD arises only where a county pays shared cases to the lead alone (caseSplit LEAD); the demo county
    // splits them equally, as the built-in setting does, so every other reason is the file's or the month's.
    const fileReasons = Object.values(NonQualifyingReason).filter((r) => r !== NonQualifyingReason.NOT_LEAD);
    expect(fileReasons.filter((r) => !reasons.has(r))).toEqual([]);
    const paying = own.lines.filter((l: any) => l.kind === 'CASE' && l.reason === null);
    expect(paying).toHaveLength(SUBSIDY_CASE_PLANS.filter((p) => p.expect === null).length);
    // 200 + 500 + 1,000 yuan: an ordinary, a difficult and a major case at the rates of the quarter.
    expect(paying.map((l: any) => l.amountFen).sort((a: number, b: number) => a - b)).toEqual([20_000, 50_000, 100_000]);
    expect(own.totalFen).toBe(own.lines.reduce((sum: number, l: any) => sum + l.amountFen, 0));
  });

  it('has the quarter’s first month confirmed and paid for adviser.1, and shows adviser.1 their own draft', async () => {
    const demo = demoSubsidies(new Date(AT));
    const month = await app.gql(STATEMENTS, { period: demo.paidMonth }, await app.login('bureau'));
    const paid = month.data.subsidyStatements.find((s: any) => s.adviser.id === demo.adviserId);
    expect(paid).toMatchObject({ status: 'PAID' });
    const mine = await app.gql(STATEMENTS, { period: demo.period.code }, await app.login('adviser.1'));
    expect(mine.data.subsidyStatements.map((s: any) => s.adviser.id)).toEqual([demo.adviserId]);
  });
});
