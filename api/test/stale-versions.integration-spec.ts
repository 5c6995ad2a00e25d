import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  DEMO_PROVIDERS,
  demoAccount,
  demoCases,
  demoCommittees,
  demoMeetings,
  demoOffices,
  demoPairings,
  demoRegions,
  demoWorkLogs,
  townshipId,
} from '@fengqiao/seeds';
import { startTestApp, type GqlResponse, type TestApp } from './app.js';
import { settingsVersion, updateSettings } from './settings.js';

// Every editable record refuses a change made from a version someone else has changed since: two people read the
// same version, the first one's change is kept, and the second one's is CONFLICT (field `version`, reason
// STALE_VERSION) and writes nothing. A client then offers to reload.

const tianning = townshipId('tianning');
const townshipOf = new Map(demoRegions().map((r) => [r.id, r.parentId]));
const adviser1 = demoAccount('adviser.1').adviserId!;
const adviser2 = demoAccount('adviser.2').adviserId!;
const committee = demoCommittees().find((c) => townshipOf.get(c.villageId) === tianning)!;
const member = committee.members[0]!;
const meeting = demoMeetings()[0]!;
const tianningOffice = demoOffices().find((o) => o.townshipId === tianning)!;
const item = meeting.actionItems.find((a) => a.ownerOfficeId === tianningOffice.id)!;
const demo = demoWorkLogs();
const check = demo.checks[0]!;
// adviser.1's previous month awaits the office's review; adviser.2 submits theirs in beforeAll.
const report = demo.reports.find((r) => r.status === 'SUBMITTED' && r.adviserId === adviser1)!;
const OPEN = ['REGISTERED', 'ACCEPTED', 'IN_MEDIATION'];
const openCase = demoCases().find((c) => c.adviserIds.includes(adviser1) && OPEN.includes(c.status))!;
const registeredCase = demoCases().find((c) => c.id !== openCase.id && c.status === 'REGISTERED' && townshipOf.get(c.villageId) === tianning)!;
const ownVillage = demoPairings().find((p) => p.adviserId === adviser2)!.villageId;
const third = demoPairings().find((p) => p.validTo === null && ![adviser1, adviser2, ...openCase.adviserIds].includes(p.adviserId))!.adviserId;

interface Row {
  entity: string;
  /** Who changes it. */
  user: string;
  /** The record as its editor sees it, its version included. */
  read(token: string): Promise<{ version: number } & Record<string, unknown>>;
  /** Someone else's change, from the same version: it is kept. */
  first(version: number, token: string): Promise<GqlResponse>;
  /** The change sent from the version read before the first one. */
  second(version: number, token: string): Promise<GqlResponse>;
}

describe('a stale version is CONFLICT and writes nothing', () => {
  let app: TestApp;
  const t: Record<string, string> = {};
  /** Runs a query and returns its one top-level field, failing loudly on an error. */
  const one = async (query: string, variables: Record<string, unknown>, token: string) => {
    const res = await app.gql(query, variables, token);
    if (res.errors || !res.data) throw new Error(`${query}: ${JSON.stringify(res.errors)}`);
    return Object.values(res.data)[0] as any;
  };
  let entryId: string;
  let report2: string;
  const entryInput = (content: string) => ({
    villageId: ownVillage,
    at: new Date(app.clock.now().getTime() - 60_000).toISOString(),
    category: 'CONSULTATION',
    mode: 'OFFLINE',
    personServed: '赵大勇',
    phone: '13935801234',
    matter: '宅基地使用权咨询',
    content,
    durationMin: 30,
    photoIds: [],
  });

  beforeAll(async () => {
    app = await startTestApp();
    for (const u of ['bureau', 'office.tianning', 'adviser.1', 'adviser.2']) t[u] = await app.login(u);
    report2 = (await one('mutation($m: String!) { submitMonthlyReport(month: $m) { id } }', { m: demo.months.previous }, t['adviser.2'])).id;
    entryId = (
      await one(
        `mutation($input: WorkLogEntryInput!) { createWorkLogEntry(input: $input) { id } }`,
        { input: entryInput('首次记录') },
        t['adviser.2'],
      )
    ).id;
  });
  afterAll(() => app.close());

  const checkInput = (version: number, rating: string, notes: string, highlights: Array<{ id: string; title: string; text: string }>) => ({
    logComplete: true,
    trainingOnTrack: true,
    noticeBoardPosted: true,
    casesFollowedUp: true,
    rating,
    notes,
    version,
    highlights: highlights.map((h) => ({ id: h.id, title: h.title, text: h.text, photoIds: [] })),
  });
  const REVIEW = (action: 'approveMonthlyReport' | 'returnMonthlyReport') =>
    `mutation($id: ID!, $v: Int!) { ${action}(id: $id, version: $v, comment: "${action === 'returnMonthlyReport' ? '请补充' : '同意'}") { status version } }`;
  /** The office returns a report and its adviser submits it again: two changes, and the report is SUBMITTED again. */
  const returnAndResubmit = (id: () => string, adviser: string) => async (version: number, token: string) => {
    const returned = await app.gql(REVIEW('returnMonthlyReport'), { id: id(), v: version }, token);
    if (returned.errors) return returned;
    return app.gql('mutation($m: String!) { submitMonthlyReport(month: $m) { status version } }', { m: demo.months.previous }, t[adviser]);
  };
  const REPORT = 'query($id: ID!) { monthlyReport(id: $id) { version status reviewComment } }';
  const REASSIGN =
    'mutation($id: ID!, $input: ReassignMediationCaseInput!) { reassignMediationCase(id: $id, input: $input) { version advisers { id } } }';
  const CASE = 'query($id: ID!) { mediationCase(id: $id) { version status advisers { id } } }';

  const agreementCase = demoCases().find((c) => c.agreement && c.adviserIds.includes(adviser1))!;
  const AGREEMENT = 'query($id: ID!) { mediationCase(id: $id) { agreement { version reviewStatus reviewComment confirmationCourt } } }';
  const REVIEW_AGREEMENT = 'mutation($id: ID!, $input: AgreementReviewInput!) { reviewAgreement(caseId: $id, input: $input) { version } }';
  const CONFIRM = 'mutation($id: ID!, $input: JudicialConfirmationInput!) { recordJudicialConfirmation(caseId: $id, input: $input) { version } }';

  const rows: Row[] = [
    {
      entity: 'Agreement (reviewAgreement)',
      user: 'adviser.1',
      read: async (tk) => (await one(AGREEMENT, { id: agreementCase.id }, tk)).agreement,
      first: (v, tk) => app.gql(REVIEW_AGREEMENT, { id: agreementCase.id, input: { approved: false, comment: '甲：第二条不清', version: v } }, tk),
      second: (v, tk) => app.gql(REVIEW_AGREEMENT, { id: agreementCase.id, input: { approved: true, version: v } }, tk),
    },
    {
      entity: 'Agreement (recordJudicialConfirmation)',
      user: 'adviser.1',
      read: async (tk) => (await one(AGREEMENT, { id: agreementCase.id }, tk)).agreement,
      first: (v, tk) =>
        app.gql(CONFIRM, { id: agreementCase.id, input: { appliedOn: agreementCase.agreement!.signedAt, court: '交城县人民法院', version: v } }, tk),
      second: (v, tk) =>
        app.gql(
          CONFIRM,
          { id: agreementCase.id, input: { appliedOn: agreementCase.agreement!.signedAt, court: '吕梁市中级人民法院', version: v } },
          tk,
        ),
    },
    {
      entity: 'LegalAdviser (updateLegalAdviser)',
      user: 'bureau',
      read: (tk) => one('query($id: ID!) { legalAdviser(id: $id) { version phone } }', { id: adviser2 }, tk),
      first: (v, tk) =>
        app.gql(
          'mutation($id: ID!, $input: UpdateLegalAdviserInput!) { updateLegalAdviser(id: $id, input: $input) { version } }',
          { id: adviser2, input: { version: v, phone: '13912349901' } },
          tk,
        ),
      second: (v, tk) =>
        app.gql(
          'mutation($id: ID!, $input: UpdateLegalAdviserInput!) { updateLegalAdviser(id: $id, input: $input) { version } }',
          { id: adviser2, input: { version: v, phone: '13912349902' } },
          tk,
        ),
    },
    {
      entity: 'MediationCommittee (updateMediationCommittee)',
      user: 'office.tianning',
      read: async (tk) =>
        (await one('query($id: ID!) { village(id: $id) { committee { version name fixedOffice } } }', { id: committee.villageId }, tk)).committee,
      first: (v, tk) =>
        app.gql(
          'mutation($id: ID!, $input: UpdateCommitteeInput!) { updateMediationCommittee(villageId: $id, input: $input) { version } }',
          { id: committee.villageId, input: { version: v, name: '甲村人民调解委员会' } },
          tk,
        ),
      second: (v, tk) =>
        app.gql(
          'mutation($id: ID!, $input: UpdateCommitteeInput!) { updateMediationCommittee(villageId: $id, input: $input) { version } }',
          { id: committee.villageId, input: { version: v, name: '乙村人民调解委员会', fixedOffice: false } },
          tk,
        ),
    },
    {
      entity: 'CommitteeMember (updateCommitteeMember)',
      user: 'office.tianning',
      read: async (tk) =>
        (
          await one('query($id: ID!) { village(id: $id) { committee { members { id version name role phone } } } }', { id: committee.villageId }, tk)
        ).committee.members.find((m: any) => m.id === member.id),
      first: (v, tk) =>
        app.gql(
          'mutation($id: ID!, $input: CommitteeMemberInput!, $v: Int!) { updateCommitteeMember(id: $id, input: $input, version: $v) { version } }',
          { id: member.id, input: { name: '刘调解', role: 'DEPUTY' }, v },
          tk,
        ),
      second: (v, tk) =>
        app.gql(
          'mutation($id: ID!, $input: CommitteeMemberInput!, $v: Int!) { updateCommitteeMember(id: $id, input: $input, version: $v) { version } }',
          { id: member.id, input: { name: '张调解', role: 'MEMBER', phone: '13935809999' }, v },
          tk,
        ),
    },
    {
      entity: 'Provider (updateProvider)',
      user: 'bureau',
      read: (tk) => one('query($id: ID!) { provider(id: $id) { version kind name phone address } }', { id: DEMO_PROVIDERS[0]!.id }, tk),
      first: (v, tk) =>
        app.gql(
          'mutation($id: ID!, $input: ProviderInput!, $v: Int!) { updateProvider(id: $id, input: $input, version: $v) { version } }',
          { id: DEMO_PROVIDERS[0]!.id, input: { kind: 'LAW_FIRM', name: '交城县甲律师事务所' }, v },
          tk,
        ),
      second: (v, tk) =>
        app.gql(
          'mutation($id: ID!, $input: ProviderInput!, $v: Int!) { updateProvider(id: $id, input: $input, version: $v) { version } }',
          { id: DEMO_PROVIDERS[0]!.id, input: { kind: 'NOTARY_OFFICE', name: '交城县乙公证处', address: '城关' }, v },
          tk,
        ),
    },
    {
      entity: 'ConsultationMeeting (updateConsultationMeeting)',
      user: 'bureau',
      read: (tk) =>
        one('query($id: ID!) { consultationMeeting(id: $id) { version minutes decisions participants { kind name } } }', { id: meeting.id }, tk),
      first: (v, tk) =>
        app.gql(
          'mutation($id: ID!, $input: UpdateConsultationMeetingInput!) { updateConsultationMeeting(id: $id, input: $input) { version } }',
          { id: meeting.id, input: { version: v, minutes: '甲的纪要' } },
          tk,
        ),
      // Only the participants: that too is a change of the meeting.
      second: (v, tk) =>
        app.gql(
          'mutation($id: ID!, $input: UpdateConsultationMeetingInput!) { updateConsultationMeeting(id: $id, input: $input) { version } }',
          { id: meeting.id, input: { version: v, villageIds: [] } },
          tk,
        ),
    },
    {
      entity: 'ActionItem (updateActionItem)',
      user: 'office.tianning',
      // The bureau marks the office's item done meanwhile.
      read: (tk) => one('query($id: ID!) { actionItem(id: $id) { version status note doneAt } }', { id: item.id }, tk),
      first: (v, tk) =>
        app.gql(
          'mutation($id: ID!, $v: Int!) { updateActionItem(id: $id, status: DONE, note: "甲已办结", version: $v) { version } }',
          { id: item.id, v },
          t.bureau!,
        ),
      second: (v, tk) =>
        app.gql(
          'mutation($id: ID!, $v: Int!) { updateActionItem(id: $id, status: OPEN, note: "乙重新打开", version: $v) { version } }',
          { id: item.id, v },
          tk,
        ),
    },
    {
      entity: 'Settings (updateSettings)',
      user: 'bureau',
      read: (tk) => one('{ settings { version adviserLoadCap monthlyReportDeadlineDay keepPhotoLocation noticeBoardQrUrl } }', {}, tk),
      first: (v, tk) => updateSettings(app, tk, { adviserLoadCap: 7 }, 'version', v),
      second: (v, tk) => updateSettings(app, tk, { adviserLoadCap: 3, monthlyReportDeadlineDay: 9 }, 'version', v),
    },
    {
      entity: 'WorkLogEntry (updateWorkLogEntry)',
      user: 'adviser.2',
      read: (tk) => one('query($id: ID!) { workLogEntry(id: $id) { version content durationMin } }', { id: entryId }, tk),
      first: (v, tk) =>
        app.gql(
          'mutation($id: ID!, $input: WorkLogEntryInput!, $v: Int!) { updateWorkLogEntry(id: $id, input: $input, version: $v) { version } }',
          { id: entryId, input: entryInput('甲的改写'), v },
          tk,
        ),
      second: (v, tk) =>
        app.gql(
          'mutation($id: ID!, $input: WorkLogEntryInput!, $v: Int!) { updateWorkLogEntry(id: $id, input: $input, version: $v) { version } }',
          { id: entryId, input: { ...entryInput('乙的改写'), durationMin: 90 }, v },
          tk,
        ),
    },
    {
      entity: 'MonthlyCheck (updateMonthlyCheck)',
      user: 'office.tianning',
      read: (tk) =>
        one('query($id: ID!) { monthlyCheck(id: $id) { version rating notes highlights { id title text modelCase } } }', { id: check.id }, tk),
      first: (v, tk) =>
        app.gql(
          'mutation($id: ID!, $input: UpdateMonthlyCheckInput!) { updateMonthlyCheck(id: $id, input: $input) { version } }',
          { id: check.id, input: checkInput(v, 'EXCELLENT', '甲的评语', check.highlights) },
          tk,
        ),
      second: (v, tk) =>
        app.gql(
          'mutation($id: ID!, $input: UpdateMonthlyCheckInput!) { updateMonthlyCheck(id: $id, input: $input) { version } }',
          { id: check.id, input: checkInput(v, 'POOR', '乙的评语', []) },
          tk,
        ),
    },
    {
      entity: 'MonthlyReport (approveMonthlyReport)',
      user: 'office.tianning',
      read: (tk) => one(REPORT, { id: report.id }, tk),
      first: returnAndResubmit(() => report.id, 'adviser.1'),
      second: (v, tk) => app.gql(REVIEW('approveMonthlyReport'), { id: report.id, v }, tk),
    },
    {
      entity: 'MonthlyReport (returnMonthlyReport)',
      user: 'office.tianning',
      read: (tk) => one(REPORT, { id: report2 }, tk),
      first: returnAndResubmit(() => report2, 'adviser.2'),
      second: (v, tk) => app.gql(REVIEW('returnMonthlyReport'), { id: report2, v }, tk),
    },
    {
      entity: 'MediationCase (reassignMediationCase)',
      user: 'office.tianning',
      read: (tk) => one(CASE, { id: openCase.id }, tk),
      first: (v, tk) => app.gql(REASSIGN, { id: openCase.id, input: { adviserId: adviser2, reason: '甲改派', version: v } }, tk),
      second: (v, tk) =>
        app.gql(REASSIGN, { id: openCase.id, input: { adviserId: third, replaceAdviserId: adviser1, reason: '乙改派', version: v } }, tk),
    },
    {
      entity: 'MediationCase (a workflow step given a version: acceptMediationCase)',
      user: 'office.tianning',
      read: (tk) => one(CASE, { id: registeredCase.id }, tk),
      first: (v, tk) => app.gql(REASSIGN, { id: registeredCase.id, input: { adviserId: adviser2, reason: '甲改派', version: v } }, tk),
      second: (v, tk) =>
        app.gql(
          'mutation($id: ID!, $v: Int) { acceptMediationCase(id: $id, input: { version: $v }) { version status } }',
          { id: registeredCase.id, v },
          tk,
        ),
    },
  ];

  it.each(rows.map((r) => [r.entity, r] as const))('%s', async (_entity, row) => {
    const token = t[row.user]!;
    const before = await row.read(token);
    const first = await row.first(before.version, token);
    expect(first.errors).toBeUndefined();
    const kept = await row.read(token);
    expect(kept.version).toBeGreaterThan(before.version);
    expect(kept).not.toEqual(before);

    const second = await row.second(before.version, token);
    expect(second.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'version', reason: 'STALE_VERSION' });
    expect(await row.read(token)).toEqual(kept);
    // From the version it holds now the same change goes through: the version was all that stood in the way.
    const fresh = await row.second(kept.version, token);
    expect(fresh.errors).toBeUndefined();
  });

  it('counts the settings’ version over every setting, defaults included', async () => {
    const start = await settingsVersion(app, t.bureau!);
    expect((await updateSettings(app, t.bureau!, { keepPhotoLocation: true }, 'version')).data.updateSettings.version).toBe(start + 1);
    expect((await updateSettings(app, t.bureau!, { noticeBoardQrUrl: 'https://example.gov.cn/qr' }, 'version')).data.updateSettings.version).toBe(
      start + 2,
    );
    expect(await settingsVersion(app, t['office.tianning']!)).toBe(start + 2);
  });
});
