import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { demoAccount, demoPairings } from '@fengqiao/seeds';
import { startTestApp, type TestApp } from '../../../test/app.js';

const adviser1 = demoAccount('adviser.1');
const village = demoPairings().find((p) => p.adviserId === adviser1.adviserId)!.villageId;
const CREATE = `mutation($input: CreateMediationCaseInput!) { createMediationCase(input: $input) { id status version } }`;
const STEP = (name: string) =>
  `mutation($id: ID!, $input: CaseStepInput) { ${name}(id: $id, input: $input) { id status acceptedOn closedOn closureReason level version } }`;

describe('CaseWorkflowService', () => {
  let app: TestApp;
  let adviser: string;
  beforeAll(async () => {
    app = await startTestApp();
    adviser = await app.login('adviser.1');
  });
  afterAll(() => app.close());

  async function newCase(receivedOn = '2026-11-01'): Promise<string> {
    const res = await app.gql(
      CREATE,
      {
        input: {
          villageId: village,
          source: 'APPLICATION',
          disputeType: 'NEIGHBOUR',
          amountFen: 0,
          tier: 'ORDINARY',
          receivedOn,
          summary: '流程测试',
          adviserIds: [],
          parties: [{ role: 'APPLICANT', name: '流程甲' }],
        },
      },
      adviser,
    );
    return res.data.createMediationCase.id;
  }

  it('takes a case from registration through sessions to an agreement resolved at village level', async () => {
    const id = await newCase();
    const accepted = await app.gql(STEP('acceptMediationCase'), { id, input: { on: '2026-11-02' } }, adviser);
    expect(accepted.data.acceptMediationCase).toMatchObject({ status: 'ACCEPTED', acceptedOn: '2026-11-02' });
    const session = await app.gql(
      `mutation($id: ID!, $input: MediationSessionInput!) { recordMediationSession(caseId: $id, input: $input) { id record mode } }`,
      {
        id,
        input: { at: '2026-11-03T09:00:00+08:00', place: '村调解室', mode: 'OFFLINE', participants: '申请人、被申请人', record: '双方陈述事实' },
      },
      adviser,
    );
    expect(session.data.recordMediationSession).toMatchObject({ record: '双方陈述事实', mode: 'OFFLINE' });
    const agreement = await app.gql(
      `mutation($id: ID!, $input: AgreementInput!) { recordAgreement(caseId: $id, input: $input) { id form content signedAt reviewStatus } }`,
      { id, input: { form: 'WRITTEN', content: '双方同意各退一步', amountFen: 50000, signedAt: '2026-11-05' } },
      adviser,
    );
    expect(agreement.data.recordAgreement).toMatchObject({ form: 'WRITTEN', content: '双方同意各退一步', reviewStatus: 'PENDING' });
    const kase = await app.gql(
      'query($id: ID!) { mediationCase(id: $id) { status closureReason closedOn resolvedLevel sessions { record } } }',
      { id },
      adviser,
    );
    expect(kase.data.mediationCase).toMatchObject({
      status: 'AGREEMENT_REACHED',
      closureReason: 'AGREEMENT_SIGNED',
      closedOn: '2026-11-05',
      resolvedLevel: 'VILLAGE',
    });
    const review = await app.gql(
      `mutation($id: ID!) { reviewAgreement(caseId: $id, input: { approved: false, comment: "第二条表述不清", version: 1 }) { reviewStatus reviewComment } }`,
      { id },
      adviser,
    );
    expect(review.data.reviewAgreement).toEqual({ reviewStatus: 'CHANGES_REQUESTED', reviewComment: '第二条表述不清' });
    const bureau = await app.gql(
      'query($id: ID!) { mediationCase(id: $id) { agreement { reviewStatus reviewComment content } sessions { record } } }',
      { id },
      await app.login('bureau'),
    );
    expect(bureau.data.mediationCase).toEqual({
      agreement: { reviewStatus: 'CHANGES_REQUESTED', reviewComment: null, content: null },
      sessions: [{ record: null }],
    });
  });

  it('refuses an invalid transition with BAD_USER_INPUT naming status', async () => {
    const id = await newCase();
    const res = await app.gql(
      `mutation($id: ID!, $input: AgreementInput!) { recordAgreement(caseId: $id, input: $input) { id } }`,
      { id, input: { form: 'ORAL', content: 'x', amountFen: 0, signedAt: '2026-11-05' } },
      adviser,
    );
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'status' });
    await app.gql(STEP('declineMediationCase'), { id }, adviser);
    const again = await app.gql(STEP('acceptMediationCase'), { id }, adviser);
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'status' });
  });

  it('escalates only upwards, and the office of the township may do it', async () => {
    const id = await newCase();
    const office = await app.login('office.tianning');
    const up = await app.gql(`mutation($id: ID!) { escalateMediationCase(id: $id, input: { level: TOWNSHIP }) { level } }`, { id }, office);
    expect(up.data.escalateMediationCase.level).toBe('TOWNSHIP');
    const down = await app.gql(`mutation($id: ID!) { escalateMediationCase(id: $id, input: { level: VILLAGE }) { level } }`, { id }, office);
    expect(down.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'level' });
  });

  it('refers an open case out and records why it closed', async () => {
    const id = await newCase();
    const res = await app.gql(
      `mutation($id: ID!) { referMediationCase(id: $id, input: { to: LITIGATION }) { status closureReason } }`,
      { id },
      adviser,
    );
    expect(res.data.referMediationCase).toEqual({ status: 'REFERRED', closureReason: 'REFERRED_LITIGATION' });
  });

  it('lets only assigned advisers write sessions; office staff may not write what they cannot read', async () => {
    const id = await newCase();
    await app.gql(STEP('acceptMediationCase'), { id }, adviser);
    const input = { at: '2026-11-03T09:00:00+08:00', place: '村调解室', mode: 'ONLINE', participants: '双方', record: '记录' };
    const SESSION = `mutation($id: ID!, $input: MediationSessionInput!) { recordMediationSession(caseId: $id, input: $input) { id } }`;
    expect((await app.gql(SESSION, { id, input }, await app.login('office.tianning'))).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await app.gql(SESSION, { id, input }, await app.login('adviser.2'))).errors?.[0]?.extensions?.code).toMatch(/NOT_FOUND|FORBIDDEN/);
    expect((await app.gql(SESSION, { id, input }, adviser)).errors).toBeUndefined();
  });

  it('refuses a step based on a stale version with CONFLICT', async () => {
    const id = await newCase();
    const res = await app.gql(STEP('acceptMediationCase'), { id, input: { version: 99 } }, adviser);
    expect(res.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('flags an open case overdue 30 days after acceptance', async () => {
    const id = await newCase('2026-01-02');
    const early = await app.gql(STEP('acceptMediationCase'), { id, input: { on: '2026-01-01' } }, adviser);
    expect(early.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'on' });
    await app.gql(STEP('acceptMediationCase'), { id, input: { on: '2026-01-05' } }, adviser);
    const kase = await app.gql('query($id: ID!) { mediationCase(id: $id) { deadline overdue } }', { id }, adviser);
    expect(kase.data.mediationCase).toEqual({ deadline: '2026-02-04', overdue: true });
  });
});

describe('after the agreement: judicial confirmation, return visits and performance', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('records the confirmation with its window, and a return visit that updates performance', async () => {
    const { demoCases } = await import('@fengqiao/seeds');
    const kase = demoCases().find((c) => c.agreement && c.agreement.performance === 'PENDING')!;
    const adviser = kase.adviserIds[0]!;
    const username = adviser === demoAccount('adviser.1').adviserId ? 'adviser.1' : 'bureau';
    const token = await app.login(username);
    const before = await app.gql(
      'query($id: ID!) { mediationCase(id: $id) { agreement { confirmationDeadline confirmationDueSoon version } } }',
      { id: kase.id },
      token,
    );
    const version = before.data.mediationCase.agreement.version;
    expect(before.data.mediationCase.agreement.confirmationDeadline).toBeTruthy();
    const bad = await app.gql(
      `mutation($id: ID!) { recordJudicialConfirmation(caseId: $id, input: { appliedOn: "2000-01-01", court: "交城县人民法院", version: ${version} }) { id } }`,
      { id: kase.id },
      token,
    );
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'appliedOn' });
    const confirmed = await app.gql(
      `mutation($id: ID!, $input: JudicialConfirmationInput!) { recordJudicialConfirmation(caseId: $id, input: $input) {
      confirmationCourt confirmationResult confirmationRulingNo confirmationDueSoon } }`,
      {
        id: kase.id,
        input: {
          appliedOn: kase.agreement!.signedAt,
          court: '交城县人民法院',
          result: 'CONFIRMED',
          rulingNo: '（2026）晋1122民特1号',
          decidedOn: kase.agreement!.signedAt,
          version,
        },
      },
      token,
    );
    expect(confirmed.data.recordJudicialConfirmation).toEqual({
      confirmationCourt: '交城县人民法院',
      confirmationResult: 'CONFIRMED',
      confirmationRulingNo: '（2026）晋1122民特1号',
      confirmationDueSoon: false,
    });
    const visit = await app.gql(
      `mutation($id: ID!, $input: ReturnVisitInput!) { recordReturnVisit(caseId: $id, input: $input) { performance satisfaction } }`,
      { id: kase.id, input: { visitedOn: '2026-11-20', carriedOut: true, performance: 'PERFORMED', satisfaction: 'SATISFIED' } },
      token,
    );
    expect(visit.data.recordReturnVisit).toEqual({ performance: 'PERFORMED', satisfaction: 'SATISFIED' });
    const after = await app.gql(
      'query($id: ID!) { mediationCase(id: $id) { agreement { performance } returnVisits { visitedOn } } }',
      { id: kase.id },
      token,
    );
    expect(after.data.mediationCase).toEqual({ agreement: { performance: 'PERFORMED' }, returnVisits: [{ visitedOn: '2026-11-20' }] });
  });

  it('refuses a confirmation for a case without an agreement', async () => {
    const { demoCases } = await import('@fengqiao/seeds');
    const kase = demoCases().find((c) => !c.agreement)!;
    const res = await app.gql(
      `mutation($id: ID!) { recordJudicialConfirmation(caseId: $id, input: { appliedOn: "2026-11-01", court: "法院", version: 1 }) { id } }`,
      { id: kase.id },
      await app.login('bureau'),
    );
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'caseId' });
  });
});
