import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DEMO_PERSONS, DEMO_PROVIDERS, demoAccount, demoOffices, demoPairings, demoRegions, demoRoster, townshipId } from '@fengqiao/seeds';
import { addDays, today } from '../src/common/graphql/dates.js';
import { currentMonth } from '../src/modules/work-log/month.js';
import type { GqlResponse, TestApp } from './app.js';
import { makePng, rest, startAppWithUploads, upload } from './rest.js';
import { updateSettings } from './settings.js';

/**
 * The API's key write paths on a request pool of ONE connection. A transaction that takes a second connection (the
 * global entity manager, the request's own one instead of the transaction's, a raw `getConnection().execute`) waits
 * for the one it holds itself: the request then fails after the acquire wait instead of succeeding here.
 */
const adviser1 = demoAccount('adviser.1');
const ownVillage = demoPairings().find((p) => p.adviserId === adviser1.adviserId)!.villageId;
const paired = new Set(demoPairings().map((p) => p.villageId));
const uncovered = demoRegions().filter((r) => r.level === 'VILLAGE' && !paired.has(r.id));
const unpaired = demoRoster().filter((a) => !demoPairings().some((p) => p.adviserId === a.id));
const office = (key: string) => demoOffices().find((o) => o.townshipId === townshipId(key))!;

function ok<T = any>(res: GqlResponse<T>): T {
  expect(res.errors).toBeUndefined();
  return res.data!;
}

describe('key write paths on a pool of one connection', () => {
  let app: TestApp;
  const t: Record<string, string> = {};
  beforeAll(async () => {
    app = await startAppWithUploads({ db: { poolMax: 1, acquireTimeoutMs: 5000, statementTimeoutMs: 30_000 } });
    for (const u of ['adviser.1', 'office.tianning', 'bureau']) t[u] = await app.login(u);
  });
  afterAll(() => app.close());

  it('registers a case, reads its confidential text (an audited read) and takes it through the workflow', async () => {
    const created = ok(
      await app.gql(
        `mutation($input: CreateMediationCaseInput!) { createMediationCase(input: $input) { id caseNo } }`,
        {
          input: {
            villageId: ownVillage,
            source: 'APPLICATION',
            disputeType: 'NEIGHBOUR',
            amountFen: 0,
            tier: 'ORDINARY',
            receivedOn: '2025-05-02',
            summary: '单连接测试',
            adviserIds: [],
            parties: [
              { role: 'APPLICANT', name: '单连甲', idNumber: '11010519491231002X' },
              { role: 'RESPONDENT', name: '单连乙' },
            ],
          },
        },
        t['adviser.1'],
      ),
    ).createMediationCase;
    const id = created.id;
    expect(
      ok(await app.gql('query($id: ID!) { mediationCase(id: $id) { summary parties { idNumber } } }', { id }, t['adviser.1'])).mediationCase.summary,
    ).toBe('单连接测试');
    const step = (name: string, input: Record<string, unknown> = {}) =>
      app.gql(`mutation($id: ID!, $input: CaseStepInput) { ${name}(id: $id, input: $input) { status } }`, { id, input }, t['adviser.1']);
    ok(await step('acceptMediationCase', { on: '2025-05-03' }));
    ok(
      await app.gql(
        `mutation($id: ID!, $input: MediationSessionInput!) { recordMediationSession(caseId: $id, input: $input) { id } }`,
        { id, input: { at: '2025-05-04T09:00:00+08:00', place: '村调解室', mode: 'OFFLINE', participants: '双方', record: '记录' } },
        t['adviser.1'],
      ),
    );
    ok(
      await app.gql(
        `mutation($id: ID!, $input: AgreementInput!) { recordAgreement(caseId: $id, input: $input) { id } }`,
        { id, input: { form: 'WRITTEN', content: '双方和解', amountFen: 0, signedAt: '2025-05-05' } },
        t['adviser.1'],
      ),
    );
    ok(
      await app.gql(
        `mutation($id: ID!) { reviewAgreement(caseId: $id, input: { approved: true, version: 1 }) { reviewStatus } }`,
        { id },
        t['adviser.1'],
      ),
    );
    ok(
      await app.gql(
        `mutation($id: ID!, $input: ReturnVisitInput!) { recordReturnVisit(caseId: $id, input: $input) { performance } }`,
        { id, input: { visitedOn: '2025-05-20', carriedOut: true, performance: 'PERFORMED', satisfaction: 'SATISFIED' } },
        t['adviser.1'],
      ),
    );
    const pdf = await rest(app, 'GET', `/api/mediation-cases/${id}/case-file.pdf`, { token: t['adviser.1'] });
    expect(pdf.status).toBe(200);
  });

  it('keeps the roster, pairings and a filing', async () => {
    const adviser = ok(
      await app.gql(
        `mutation($input: CreateLegalAdviserInput!) { createLegalAdviser(input: $input) { id version } }`,
        {
          input: {
            name: '单连接',
            gender: 'MALE',
            phone: '13912340000',
            profession: 'LAWYER',
            licenceNo: '11411202600000001',
            providerId: DEMO_PROVIDERS[0]!.id,
            serviceScope: '法律咨询',
            joinedOn: '2025-01-01',
            reason: '新聘',
          },
        },
        t.bureau,
      ),
    ).createLegalAdviser;
    ok(
      await app.gql(
        `mutation($id: ID!, $input: UpdateLegalAdviserInput!) { updateLegalAdviser(id: $id, input: $input) { version } }`,
        { id: adviser.id, input: { phone: '13912340001', version: adviser.version, effectiveOn: '2025-02-01', reason: '更正' } },
        t.bureau,
      ),
    );
    const pairing = ok(
      await app.gql(
        `mutation($input: CreatePairingInput!) { createPairing(input: $input) { id } }`,
        { input: { adviserId: unpaired[0]!.id, villageId: uncovered[0]!.id, validFrom: '2025-01-01', deputyDirector: false } },
        t.bureau,
      ),
    ).createPairing;
    ok(
      await app.gql(
        `mutation($input: ReassignVillageInput!) { reassignVillage(input: $input) { id } }`,
        { input: { adviserId: adviser.id, villageId: uncovered[0]!.id, from: '2025-03-01', deputyDirector: false } },
        t.bureau,
      ),
    );
    expect(pairing.id).toBeTruthy();
    ok(
      await app.gql(
        `mutation($id: ID!) { suspendLegalAdviser(id: $id, input: { effectiveOn: "2025-04-01", reason: "测试" }) { status } }`,
        { id: adviser.id },
        t.bureau,
      ),
    );
    ok(
      await app.gql(
        `mutation($id: ID!) { removeLegalAdviser(id: $id, input: { effectiveOn: "2025-05-01", reason: "测试" }) { status } }`,
        { id: adviser.id },
        t.bureau,
      ),
    );
    const filing = ok(await app.gql('mutation($d: Date!) { fileRoster(asOf: $d) { id } }', { d: '2025-06-01' }, t.bureau)).fileRoster;
    expect((await rest(app, 'GET', `/api/roster-filings/${filing.id}.xlsx`, { token: t.bureau })).status).toBe(200);
  });

  it('keeps a month of the work log through submission, return, approval and the office’s check', async () => {
    const photo = await upload(
      app,
      t['adviser.1'],
      makePng(4, 4, () => [10, 200, 10]),
      'image/png',
    );
    expect(photo.status).toBe(201);
    const input = (patch: Record<string, unknown> = {}) => ({
      villageId: ownVillage,
      at: new Date(Date.now() - 60_000).toISOString(),
      category: 'CONSULTATION',
      mode: 'OFFLINE',
      personServed: '赵大勇',
      phone: '13935801234',
      matter: '咨询',
      content: '解答',
      durationMin: 30,
      photoIds: [photo.json.id],
      ...patch,
    });
    const entry = ok(
      await app.gql(`mutation($input: WorkLogEntryInput!) { createWorkLogEntry(input: $input) { id version } }`, { input: input() }, t['adviser.1']),
    ).createWorkLogEntry;
    ok(
      await app.gql(
        `mutation($id: ID!, $input: WorkLogEntryInput!, $v: Int!) { updateWorkLogEntry(id: $id, input: $input, version: $v) { id } }`,
        { id: entry.id, input: input({ durationMin: 45 }), v: entry.version },
        t['adviser.1'],
      ),
    );
    const spare = ok(
      await app.gql(
        `mutation($input: WorkLogEntryInput!) { createWorkLogEntry(input: $input) { id } }`,
        { input: input({ photoIds: [] }) },
        t['adviser.1'],
      ),
    ).createWorkLogEntry;
    ok(await app.gql('mutation($id: ID!) { deleteWorkLogEntry(id: $id) }', { id: spare.id }, t['adviser.1']));
    const month = currentMonth();
    const report = ok(
      await app.gql('mutation($m: String!) { submitMonthlyReport(month: $m) { id version } }', { m: month }, t['adviser.1']),
    ).submitMonthlyReport;
    const returned = ok(
      await app.gql(
        'mutation($id: ID!, $v: Int!) { returnMonthlyReport(id: $id, comment: "请补充", version: $v) { status version } }',
        { id: report.id, v: report.version },
        t['office.tianning'],
      ),
    ).returnMonthlyReport;
    const resubmitted = ok(
      await app.gql('mutation($m: String!) { submitMonthlyReport(month: $m) { id version } }', { m: month }, t['adviser.1']),
    ).submitMonthlyReport;
    expect(resubmitted.version).toBeGreaterThan(returned.version);
    ok(
      await app.gql(
        'mutation($id: ID!, $v: Int!) { approveMonthlyReport(id: $id, version: $v) { status } }',
        { id: report.id, v: resubmitted.version },
        t['office.tianning'],
      ),
    );

    const evidence = await upload(
      app,
      t['office.tianning'],
      makePng(4, 4, () => [200, 10, 10]),
      'image/png',
    );
    const fields = { logComplete: true, trainingOnTrack: true, noticeBoardPosted: true, casesFollowedUp: true, rating: 'GOOD', notes: '良好' };
    const check = ok(
      await app.gql(
        `mutation($input: MonthlyCheckInput!) { createMonthlyCheck(input: $input) { id version highlights { id } } }`,
        {
          input: {
            adviserId: adviser1.adviserId,
            month,
            ...fields,
            highlights: [{ title: '化解纠纷', text: '当月化解', photoIds: [evidence.json.id] }],
          },
        },
        t['office.tianning'],
      ),
    ).createMonthlyCheck;
    ok(
      await app.gql(
        `mutation($id: ID!, $input: UpdateMonthlyCheckInput!) { updateMonthlyCheck(id: $id, input: $input) { id } }`,
        {
          id: check.id,
          input: {
            ...fields,
            rating: 'EXCELLENT',
            version: check.version,
            highlights: [{ id: check.highlights[0].id, title: '化解纠纷', text: '当月化解', photoIds: [evidence.json.id] }],
          },
        },
        t['office.tianning'],
      ),
    );
    ok(await app.gql('mutation($id: ID!) { markModelCase(highlightId: $id) { modelCase } }', { id: check.highlights[0].id }, t.bureau));
    expect((await rest(app, 'GET', `/api/monthly-reports/${report.id}/log.pdf`, { token: t['office.tianning'] })).status).toBe(200);
  });

  it('records trainings and meetings', async () => {
    const photo = await upload(
      app,
      t['adviser.1'],
      makePng(4, 4, () => [10, 10, 200]),
      'image/png',
    );
    ok(
      await app.gql(
        `mutation($input: RecordVillageTrainingInput!) { recordVillageTraining(input: $input) { id } }`,
        {
          input: {
            villageId: ownVillage,
            title: '民法典',
            at: new Date(Date.now() - 3600_000).toISOString(),
            venue: '村委会',
            mode: 'OFFLINE',
            cadres: 4,
            gridWorkers: 3,
            mediators: 2,
            legalUnderstanding: 5,
            photoIds: [photo.json.id],
          },
        },
        t['adviser.1'],
      ),
    );
    const annual = ok(
      await app.gql(
        `mutation($input: RecordAnnualTrainingInput!) { recordAnnualTraining(input: $input) { id } }`,
        {
          input: {
            title: '年度培训',
            topics: ['ETHICS'],
            at: new Date(Date.now() - 86_400_000).toISOString(),
            venue: '县司法局',
            mode: 'OFFLINE',
            adviserIds: [demoRoster()[0]!.id],
            photoIds: [],
          },
        },
        t.bureau,
      ),
    ).recordAnnualTraining;
    ok(
      await app.gql(
        'mutation($id: ID!, $a: [ID!]!) { setTrainingAttendance(trainingId: $id, adviserIds: $a) { id } }',
        { id: annual.id, a: [demoRoster()[0]!.id, demoRoster()[1]!.id] },
        t.bureau,
      ),
    );

    const meeting = ok(
      await app.gql(
        `mutation($input: CreateConsultationMeetingInput!) { createConsultationMeeting(input: $input) { id version } }`,
        {
          input: {
            title: '会商',
            at: new Date().toISOString(),
            venue: '县司法局',
            agenda: '排查',
            officeIds: [office('tianning').id],
            providerIds: [],
            villageIds: [],
            actionItems: [{ title: '补训', ownerKind: 'OFFICE', ownerOfficeId: office('tianning').id, dueOn: addDays(today(), 7) }],
          },
        },
        t.bureau,
      ),
    ).createConsultationMeeting;
    ok(
      await app.gql(
        'mutation($id: ID!, $v: Int!) { updateConsultationMeeting(id: $id, input: { minutes: "纪要", version: $v }) { id } }',
        { id: meeting.id, v: meeting.version },
        t.bureau,
      ),
    );
    const item = ok(
      await app.gql(
        `mutation($id: ID!, $input: ActionItemInput!) { addActionItem(meetingId: $id, input: $input) { id version } }`,
        { id: meeting.id, input: { title: '回访', ownerKind: 'OFFICE', ownerOfficeId: office('tianning').id, dueOn: addDays(today(), 14) } },
        t.bureau,
      ),
    ).addActionItem;
    ok(
      await app.gql(
        'mutation($id: ID!, $v: Int!) { updateActionItem(id: $id, status: DONE, note: "已办", version: $v) { status } }',
        { id: item.id, v: item.version },
        t['office.tianning'],
      ),
    );
  });

  it('reports a quiet month, changes settings and a committee, and signs a party in by code', async () => {
    ok(
      await app.gql(
        'mutation($v: ID!, $m: String!) { reportZeroDisputes(villageId: $v, month: $m) { month } }',
        { v: ownVillage, m: '2024-02' },
        t['adviser.1'],
      ),
    );
    ok(await updateSettings(app, t.bureau, { adviserLoadCap: 6 }));
    const member = ok(
      await app.gql(
        `mutation($v: ID!, $input: CommitteeMemberInput!) { addCommitteeMember(villageId: $v, input: $input) { id version } }`,
        { v: ownVillage, input: { name: '刘调解', role: 'MEMBER', phone: '0358-3521234' } },
        t['office.tianning'],
      ),
    ).addCommitteeMember;
    ok(
      await app.gql(
        `mutation($id: ID!, $input: CommitteeMemberInput!, $v: Int!) { updateCommitteeMember(id: $id, input: $input, version: $v) { id } }`,
        { id: member.id, input: { name: '刘调解', role: 'DEPUTY' }, v: member.version },
        t['office.tianning'],
      ),
    );
    const phone = DEMO_PERSONS[0]!.phone;
    expect(ok(await app.gql('mutation($p: String!) { requestLoginCode(phone: $p) }', { p: phone })).requestLoginCode).toBe(true);
    await app.server.services.background.settled(); // the code is sent after the answer
    const code = JSON.parse([...app.logs].reverse().find((l) => l.includes('"event":"login_code"'))!).code;
    ok(await app.gql('mutation($p: String!, $c: String!) { loginWithCode(phone: $p, code: $c) { token } }', { p: phone, c: code }));
  });

  it('serves the exports, each in its own batch transaction', async () => {
    for (const path of [
      '/api/exports/mediation-cases.xlsx',
      `/api/exports/work-log.xlsx?month=${currentMonth()}`,
      '/api/exports/monthly-checks.xlsx',
      '/api/exports/trainings.xlsx',
      '/api/exports/consultation-meetings.xlsx',
      `/api/exports/subsidy-payments.xlsx?period=${currentMonth()}`,
      `/api/exports/subsidy-statement.pdf?period=${currentMonth()}&adviserId=${adviser1.adviserId}`,
      '/api/exports/assessment.xlsx',
      '/api/exports/assessment.pdf',
    ]) {
      const res = await rest(app, 'GET', path, { token: t.bureau });
      expect({ path, status: res.status }).toEqual({ path, status: 200 });
    }
  });
});
