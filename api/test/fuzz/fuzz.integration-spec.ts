import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { TestApp } from '../app.js';
import { startAppWithUploads } from '../rest.js';
import { demoAccount } from '@fengqiao/seeds';
import { buildFuzzWorld, CANARY, CASE_CANARIES, type FuzzWorld, WORK_LOG_CANARIES } from './canaries.js';
import { describeFailure, formatReport, generatorsFor, judge, missingCanaries, operationFor, runFuzz, send } from './run.js';

// The attack as a test: operations generated from the committed SDL, valid and malformed, as every kind of viewer,
// and requests to the REST routes (PDFs, workbooks, uploads), against a database whose confidential fields hold
// canaries. `npm test` runs FQ_FUZZ_PER_ROLE (default 500) per role; `npm run fuzz` runs 10,000. FQ_FUZZ_SEED picks
// the seed; FQ_FUZZ_ONLY='role:index' replays one operation.
const SEED = Number(process.env.FQ_FUZZ_SEED ?? 20260917);
const PER_ROLE = Number(process.env.FQ_FUZZ_PER_ROLE ?? 500);
const ONLY = process.env.FQ_FUZZ_ONLY || undefined;
// About 11 ms per operation here when the machine is otherwise idle; room for a full `npm test` beside it.
const BUDGET_MS = Math.max(180_000, PER_ROLE * 12 * 50);

describe('fuzz: generated operations as every viewer', () => {
  let app: TestApp;
  let world: FuzzWorld;
  beforeAll(async () => {
    // The per-user query cost budget (CostBudget) would answer RATE_LIMITED after a few hundred operations and leave the
    // rest of the run untested; it has its own tests (query-cost.integration-spec). Off here.
    // The clock stands early on a Shanghai morning, when the UTC calendar still shows the day before: dates the
    // fixtures write must be Shanghai days, as the server reads them, whatever hour the suite runs.
    app = await startAppWithUploads({ queryCostPerMinute: Infinity }, { at: '2026-12-02T05:40:00+08:00' });
    world = await buildFuzzWorld(app);
  }, 120_000);
  afterAll(() => app?.close());

  it('the entitled viewers read every canary, so a leak to anyone else would be seen', async () => {
    expect(await missingCanaries(app, world)).toEqual({});
    // The checker itself: adviser.1's own response, judged as if adviser.2 had received it, is a leak of each canary.
    const res = await send(
      app,
      {
        kind: 'valid',
        variant: 'check',
        field: 'mediationCase',
        contentType: 'application/json',
        body: JSON.stringify({
          query: 'query($id: ID!) { mediationCase(id: $id) { summary parties { name phone idNumber address } } }',
          variables: { id: world.caseId },
        }),
      },
      world.tokens['adviser.1'],
    );
    const outsider = world.roles.find((r) => r.name === 'adviser.2')!;
    const { problems } = judge(res.status, res.body, outsider.forbidden);
    for (const canary of [CANARY.summary, CANARY.applicantName, CANARY.applicantPhone, CANARY.applicantId, CANARY.respondentAddress]) {
      expect(problems.join()).toContain(canary);
    }
    expect(judge(500, '{"errors":[{"extensions":{"code":"INTERNAL_SERVER_ERROR"}}]}', []).problems).toEqual(['HTTP 500', 'INTERNAL_SERVER_ERROR']);
    // It reads three PDFs back as text (the case file and the signed scan twice): seconds each under load.
  }, 180_000);

  it('lists the canary case and consultation behind the assessment indicators by number and place, never their text', async () => {
    const RECORDS = `query($indicator: AssessmentIndicator!, $adviserId: ID!) {
      assessmentIndicatorRecords(year: 2026, adviserId: $adviserId, indicator: $indicator) { kind recordId label on period } }`;
    const adviserId = demoAccount('adviser.1').adviserId;
    const indicators = ['CASES_MEDIATED', 'AGREEMENT_SHARE', 'AGREEMENTS_REVIEWED', 'RETURN_VISITS', 'CONSULTATIONS', 'REPORTS_ON_TIME'];
    const reached = new Set<string>();
    // The adviser on the case is entitled to its text, yet the records carry none of it either.
    for (const name of ['bureau', 'office.tianning', 'adviser.1']) {
      for (const indicator of indicators) {
        const res = await app.gql(RECORDS, { indicator, adviserId }, world.tokens[name]);
        expect(res.errors).toBeUndefined();
        const body = JSON.stringify(res);
        for (const canary of [...CASE_CANARIES, ...WORK_LOG_CANARIES])
          expect([name, indicator, body.includes(canary)]).toEqual([name, indicator, false]);
        for (const r of res.data.assessmentIndicatorRecords as { recordId: string | null }[]) if (r.recordId) reached.add(r.recordId);
      }
    }
    expect(reached.has(world.caseId)).toBe(true);
    expect(reached.has(world.workLogEntryId)).toBe(true);
  });

  it('generates the same operations from the same seed, and others from another', async () => {
    const generators = await generatorsFor(app, world);
    const role = world.roles.find((r) => r.name === 'bureau')!;
    const ops = (seed: number) => Array.from({ length: 60 }, (_, i) => operationFor(generators, seed, role, i).body);
    expect(ops(SEED)).toEqual(ops(SEED));
    expect(ops(SEED + 1)).not.toEqual(ops(SEED));
  });

  it(
    `sends ${ONLY ? `only ${ONLY}` : `${PER_ROLE} operations per role`}: no canary reaches a viewer outside, no internal error`,
    async () => {
      const report = await runFuzz(app, world, { seed: SEED, perRole: PER_ROLE, only: ONLY });
      process.stdout.write(`${formatReport(report, SEED, PER_ROLE)}\n`);
      for (const failure of report.failures.slice(0, 20)) process.stdout.write(`${describeFailure(failure)}\n`);
      expect(report.failures.map((f) => `${f.role}:${f.index} ${f.problem}`)).toEqual([]);
      // Every role reached the server with valid operations that succeeded, not only with refusals.
      if (!ONLY)
        for (const [role, counts] of report.counts)
          if (role !== 'fuzz.adviser.suspended') expect([role, counts.get('ok') ?? 0]).not.toEqual([role, 0]);
    },
    BUDGET_MS,
  );

  it('leaves the canaries in place: the run attacked the real thing until its end', async () => {
    expect(await missingCanaries(app, world)).toEqual({});
  });
});
