import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { COUNTY_ID } from '@fengqiao/seeds';
import { startTestApp, type TestApp } from '../../../test/app.js';
import { addSecondCounty, type SecondCounty } from '../../../test/second-county.js';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { AssessmentScheme } from './assessment-scheme.entity.js';
import { ASSESSMENT_SCHEME_SAVED, defaultIndicators } from './assessment.service.js';

const SCHEME = `query($year: Int!, $countyId: ID) { assessmentScheme(year: $year, countyId: $countyId) {
  year county { id } saved version excellentCapPercent objectionDays
  thresholds { excellent pass basicPass } ratingScores { excellent good fair poor }
  indicators { code kind weight target } } }`;
const SAVE = `mutation($input: SaveAssessmentSchemeInput!) { saveAssessmentScheme(input: $input) {
  year saved version excellentCapPercent thresholds { excellent pass basicPass } indicators { code weight target } } }`;

/** A valid scheme: the default indicators, a lower 优秀 threshold, a 20% cap. */
const validInput = (patch: Record<string, unknown> = {}) => ({
  year: 2026,
  indicators: defaultIndicators(),
  thresholds: { excellent: 88, pass: 75, basicPass: 60 },
  excellentCapPercent: 20,
  ratingScores: { excellent: 100, good: 85, fair: 70, poor: 50 },
  objectionDays: 10,
  version: 0,
  ...patch,
});

describe('assessment schemes', () => {
  let app: TestApp;
  let bureau: string;
  let second: SecondCounty;
  const tokens: Record<string, string> = {};
  beforeAll(async () => {
    app = await startTestApp({}, { at: '2026-11-20T10:00:00+08:00' });
    second = await addSecondCounty(app);
    bureau = await app.login('bureau');
    for (const name of ['office.tianning', 'adviser.1', 'party.1', 'analyst']) tokens[name] = await app.login(name);
  });
  afterAll(() => app.close());

  const rows = () => app.orm.em.fork().count(AssessmentScheme, {});

  it('gives the built-in scheme for a year nobody has set: weights summing to 100, default thresholds and cap', async () => {
    const { data, errors } = await app.gql(SCHEME, { year: 2026 }, bureau);
    expect(errors).toBeUndefined();
    const scheme = data.assessmentScheme;
    expect(scheme).toMatchObject({
      year: 2026,
      county: { id: COUNTY_ID },
      saved: false,
      version: 0,
      excellentCapPercent: 15,
      thresholds: { excellent: 90, pass: 75, basicPass: 60 },
      ratingScores: { excellent: 100, good: 85, fair: 70, poor: 50 },
    });
    expect(scheme.indicators.reduce((sum: number, i: { weight: number }) => sum + i.weight, 0)).toBe(100);
    expect(scheme.indicators.find((i: { code: string }) => i.code === 'CONSULTATIONS')).toEqual({
      code: 'CONSULTATIONS',
      kind: 'COUNT',
      weight: 5,
      target: 24,
    });
    expect(scheme.indicators.find((i: { code: string }) => i.code === 'CHECK_RATINGS')).toMatchObject({ kind: 'MEAN', target: null });
  });

  it.each([
    ['weights not summing to 100', { indicators: defaultIndicators().map((i, n) => (n === 0 ? { ...i, weight: i.weight + 1 } : i)) }, 'indicators'],
    [
      'an indicator listed twice',
      { indicators: [...defaultIndicators().slice(0, -1), { ...defaultIndicators()[0]!, weight: 5 }] },
      'indicators.12.code',
    ],
    [
      'a count without a target',
      { indicators: defaultIndicators().map((i) => (i.code === 'CONSULTATIONS' ? { ...i, target: null } : i)) },
      'indicators.10.target',
    ],
    [
      'a ratio with a target',
      { indicators: defaultIndicators().map((i) => (i.code === 'TRAININGS_HELD' ? { ...i, target: 4 } : i)) },
      'indicators.0.target',
    ],
    ['thresholds out of order', { thresholds: { excellent: 80, pass: 85, basicPass: 60 } }, 'thresholds.pass'],
    ['a rating scoring above the one before it', { ratingScores: { excellent: 100, good: 85, fair: 90, poor: 50 } }, 'ratingScores.fair'],
    ['a cap above 100%', { excellentCapPercent: 101 }, 'excellentCapPercent'],
  ])('refuses %s, naming the field, and writes nothing', async (_what, patch, field) => {
    const { errors } = await app.gql(SAVE, { input: validInput(patch) }, bureau);
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(String(errors?.[0]?.extensions?.field)).toContain(field);
    expect(await rows()).toBe(0);
  });

  it('saves a scheme, records who did it, and then asks for the version it read', async () => {
    const first = await app.gql(SAVE, { input: validInput() }, bureau);
    expect(first.errors).toBeUndefined();
    expect(first.data.saveAssessmentScheme).toMatchObject({
      year: 2026,
      saved: true,
      version: 1,
      excellentCapPercent: 20,
      thresholds: { excellent: 88 },
    });
    const read = await app.gql(SCHEME, { year: 2026 }, tokens['office.tianning']);
    expect(read.data.assessmentScheme).toMatchObject({ saved: true, version: 1, thresholds: { excellent: 88 } });

    const stale = await app.gql(SAVE, { input: validInput({ version: 0, excellentCapPercent: 10 }) }, bureau);
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION' });
    const second = await app.gql(SAVE, { input: validInput({ version: 1, excellentCapPercent: null }) }, bureau);
    expect(second.data.saveAssessmentScheme).toMatchObject({ version: 2, excellentCapPercent: null });

    const events = await app.orm.em.fork().find(AuditEvent, { action: ASSESSMENT_SCHEME_SAVED }, { orderBy: { at: 'asc' } });
    expect(events).toHaveLength(2);
    expect(events[0]).toMatchObject({ entityType: 'AssessmentScheme', details: { year: 2026, version: 1 } });
    expect(events[0]!.county?.id).toBe(COUNTY_ID);
  });

  it('lets one of two racing first saves of a year win; the other is CONFLICT', async () => {
    const input = validInput({ year: 2025 });
    const results = await Promise.all([app.gql(SAVE, { input }, bureau), app.gql(SAVE, { input }, bureau)]);
    const codes = results.map((r) => r.errors?.[0]?.extensions?.code ?? 'OK').sort();
    expect(codes).toEqual(['CONFLICT', 'OK']);
    expect(await app.orm.em.fork().count(AssessmentScheme, { year: 2025 })).toBe(1);
  });

  it('lets offices and advisers read their own county’s scheme, and nobody reach another county', async () => {
    expect((await app.gql(SCHEME, { year: 2026 }, tokens['adviser.1'])).data.assessmentScheme.county.id).toBe(COUNTY_ID);
    for (const token of [bureau, tokens['office.tianning']!, tokens['adviser.1']!]) {
      const { errors } = await app.gql(SCHEME, { year: 2026, countyId: second.countyId }, token);
      expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'countyId' });
    }
    const otherBureau = await app.login(second.bureau);
    expect((await app.gql(SCHEME, { year: 2026 }, otherBureau)).data.assessmentScheme).toMatchObject({
      county: { id: second.countyId },
      saved: false,
    });
  });

  it('refuses a year outside the calendar, naming it', async () => {
    for (const year of [-5, 0, 2147483647]) {
      const { errors } = await app.gql(SCHEME, { year }, bureau);
      expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'year' });
    }
  });

  it('keeps saving to the bureau and reading from parties and analysts', async () => {
    for (const name of ['office.tianning', 'adviser.1', 'party.1', 'analyst']) {
      const { errors } = await app.gql(SAVE, { input: validInput({ year: 2024 }) }, tokens[name]);
      expect(errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    for (const name of ['party.1', 'analyst']) {
      expect((await app.gql(SCHEME, { year: 2026 }, tokens[name])).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect(await app.orm.em.fork().count(AssessmentScheme, { year: 2024 })).toBe(0);
  });
});
