// The fuzz suite's world: a seeded database where a mediation case and a work-log entry carry a canary in every
// confidential or personal field, the viewers around them (entitled or not), and a pool of record ids to attack with.
import { DEMO_ACCOUNTS, DEMO_PROVIDERS, demoAccount, demoPairings, townshipId } from '@fengqiao/seeds';
import { Role } from '../../src/common/access/role.js';
import { pdfSheet } from '../../src/common/pdf/table.js';
import { shanghaiDate } from '../../src/common/graphql/scalars.js';
import { LegalAdviser } from '../../src/modules/adviser/legal-adviser.entity.js';
import { Region } from '../../src/modules/region/region.entity.js';
import { User } from '../../src/modules/user/user.entity.js';
import type { TestApp } from '../app.js';
import type { IdPool } from './generator.js';

/** A valid resident ID number (GB 11643 check character) from its first 17 digits. */
function withCheckDigit(first17: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = weights.reduce((acc, w, i) => acc + w * Number(first17[i]), 0);
  return `${first17}${'10X98765432'[sum % 11]}`;
}

// Tokens no seed, schema or generator produces. Text canaries sit in the middle of their value, so a mask that keeps
// the first and last characters (names) hides them, and only a broken mask or an unguarded path reveals them. Phones
// and ID numbers are distinctive numbers, checked in full (and, for ID numbers, the birth date and sequence that the
// mask hides).
const APPLICANT_ID = withCheckDigit('14112219770405873');
const RESPONDENT_ID = withCheckDigit('14112219830917264');
export const CANARY = {
  summary: 'QZXCANARYSUMMARY71',
  sessionRecord: 'QZXCANARYRECORD72',
  agreementContent: 'QZXCANARYAGREEMENT73',
  reviewComment: 'QZXCANARYREVIEW74',
  applicantName: 'QZXCANARYAPPNAME75',
  respondentName: 'QZXCANARYRESNAME76',
  applicantAddress: 'QZXCANARYAPPADDR77',
  respondentAddress: 'QZXCANARYRESADDR78',
  applicantPhone: '13991357246',
  respondentPhone: '15882461379',
  applicantId: APPLICANT_ID,
  applicantIdHidden: APPLICANT_ID.slice(6, 17),
  respondentId: RESPONDENT_ID,
  respondentIdHidden: RESPONDENT_ID.slice(6, 17),
  servedName: 'QZXCANARYSERVED81',
  servedPhone: '18673920415',
  workMatter: 'QZXCANARYMATTER82',
  workContent: 'QZXCANARYCONTENT83',
  /** The text of the canary case's signed agreement scan (a PDF). */
  agreementScan: 'QZXCANARYSCAN84',
} as const;

/** The signed scan's canary: served by its own route (a PDF, read back as text), never through GraphQL. */
export const SCAN_CANARIES = [CANARY.agreementScan];

/** A one-page PDF whose text is `text`, as a scanner with text recognition would make (fonts embedded, so pdf.js reads it). */
export function pdfWithText(text: string): Promise<Buffer> {
  const sheet = pdfSheet('签字协议书', 'portrait');
  sheet.doc.font('regular').fontSize(14).text(text);
  return sheet.end();
}

/** Canaries by what entitles a viewer to them. */
export const CASE_CANARIES = [
  CANARY.summary,
  CANARY.sessionRecord,
  CANARY.agreementContent,
  CANARY.reviewComment,
  CANARY.applicantName,
  CANARY.respondentName,
  CANARY.applicantAddress,
  CANARY.respondentAddress,
  CANARY.applicantPhone,
  CANARY.respondentPhone,
  CANARY.applicantId,
  CANARY.applicantIdHidden,
  CANARY.respondentId,
  CANARY.respondentIdHidden,
];
/**
 * What a party (the canary case's applicant, fuzz.party.in) reads of the case: everything but the other party's ID
 * number, which a party sees masked — its digits are a canary the party must never get.
 */
export const PARTY_CASE_CANARIES = CASE_CANARIES.filter((c) => c !== CANARY.respondentId && c !== CANARY.respondentIdHidden);
export const WORK_LOG_CANARIES = [CANARY.servedName, CANARY.servedPhone, CANARY.workMatter, CANARY.workContent];

export interface FuzzRole {
  name: string;
  /** The account's role; undefined: anonymous. */
  role?: Role;
  /** Undefined: anonymous. */
  token?: string;
  /** Canaries this viewer must never receive. */
  forbidden: string[];
  /** Whether fuzzed destructive mutations of this role leave the canary records alone (it may change them legitimately). */
  protect: boolean;
}

export interface FuzzWorld {
  roles: FuzzRole[];
  pool: IdPool;
  caseId: string;
  workLogEntryId: string;
  tokens: Record<string, string>;
}

async function ok<T = any>(app: TestApp, query: string, variables: Record<string, unknown>, token: string): Promise<T> {
  const res = await app.gql<T>(query, variables, token);
  if (res.errors?.length || !res.data) throw new Error(`fuzz fixture: ${query.slice(0, 60)} failed: ${JSON.stringify(res.errors)}`);
  return res.data;
}

/** The Shanghai calendar day of an instant, as the server reads dates. */
const ymd = (d: Date) => shanghaiDate(d);

export async function buildFuzzWorld(app: TestApp): Promise<FuzzWorld> {
  const now = app.clock.now();
  const daysAgo = (n: number) => ymd(new Date(now.getTime() - n * 86_400_000));
  const bureau = await app.login('bureau');
  const adviser1 = demoAccount('adviser.1');
  const adviser2 = demoAccount('adviser.2');
  const caseVillage = demoPairings().find((p) => p.adviserId === adviser2.adviserId)!.villageId;
  const logVillage = demoPairings().find((p) => p.adviserId === adviser1.adviserId)!.villageId;

  // Two more advisers: one whose assignment to the canary case ends (reassigned away), one suspended while assigned.
  const CREATE_ADVISER = 'mutation($input: CreateLegalAdviserInput!) { createLegalAdviser(input: $input) { id } }';
  const newAdviser = async (name: string, phone: string, licenceNo: string) =>
    (
      await ok(
        app,
        CREATE_ADVISER,
        {
          input: {
            name,
            gender: 'MALE',
            phone,
            profession: 'LAWYER',
            licenceNo,
            providerId: DEMO_PROVIDERS[0]!.id,
            serviceScope: '人民调解',
            joinedOn: daysAgo(60),
            reason: '模糊测试',
          },
        },
        bureau,
      )
    ).createLegalAdviser.id as string;
  const formerId = await newAdviser('钱前任', '13700001111', '11411202699990001');
  const suspendedId = await newAdviser('孙停职', '13700002222', '11411202699990002');

  // Accounts no demo seed has: the canary case's own party, advisers for the two above, an office of another township.
  const em = app.orm.em.fork();
  const account = (username: string, role: Role, extra: Partial<User>) =>
    em.create(User, { id: crypto.randomUUID(), username, passwordHash: '!', role, displayName: username, ...extra } as User);
  const partyIn = account('fuzz.party.in', Role.PARTY, { verifiedPhone: CANARY.applicantPhone });
  const former = account('fuzz.adviser.former', Role.ADVISER, { adviser: em.getReference(LegalAdviser, formerId) as never });
  const suspended = account('fuzz.adviser.suspended', Role.ADVISER, { adviser: em.getReference(LegalAdviser, suspendedId) as never });
  const officeOther = account('fuzz.office.other', Role.OFFICE_STAFF, { scopeRegion: em.getReference(Region, townshipId('xiajiaying')) as never });
  await em.flush();
  const sign = (u: User) => app.server.services.tokens.sign(u.id, u.role, 0);
  const tokens: Record<string, string> = {
    bureau,
    'office.tianning': await app.login('office.tianning'),
    'adviser.1': await app.login('adviser.1'),
    'adviser.2': await app.login('adviser.2'),
    'party.1': await app.login('party.1'),
    analyst: await app.login('analyst'),
    // 吕梁市's bureau: the canary case lies in its jurisdiction, yet it is entitled to none of it.
    city: await app.login('city'),
    'fuzz.party.in': await sign(partyIn),
    'fuzz.adviser.former': await sign(former),
    'fuzz.adviser.suspended': await sign(suspended),
    'fuzz.office.other': await sign(officeOther),
  };

  // The canary case: registered in adviser.2's village (so adviser.2 sees its metadata), first assigned to the two new
  // advisers, then reassigned to adviser.1, who mediates it.
  const created = (
    await ok(
      app,
      `mutation($input: CreateMediationCaseInput!) { createMediationCase(input: $input) { id version } }`,
      {
        input: {
          villageId: caseVillage,
          source: 'APPLICATION',
          disputeType: 'HOUSING_HOMESTEAD',
          tier: 'ORDINARY',
          receivedOn: daysAgo(10),
          amountFen: 120000,
          adviserIds: [formerId, suspendedId],
          summary: `宅基地界址纠纷，${CANARY.summary}，双方各执一词`,
          parties: [
            {
              role: 'APPLICANT',
              name: `张${CANARY.applicantName}国`,
              phone: CANARY.applicantPhone,
              idNumber: CANARY.applicantId,
              address: `交城县${CANARY.applicantAddress}号`,
            },
            {
              role: 'RESPONDENT',
              name: `李${CANARY.respondentName}华`,
              phone: CANARY.respondentPhone,
              idNumber: CANARY.respondentId,
              address: `交城县${CANARY.respondentAddress}号`,
            },
          ],
        },
      },
      bureau,
    )
  ).createMediationCase;
  const caseId = created.id as string;
  await ok(
    app,
    `mutation($id: ID!, $input: ReassignMediationCaseInput!) { reassignMediationCase(id: $id, input: $input) { id } }`,
    {
      id: caseId,
      input: { adviserId: adviser1.adviserId, replaceAdviserId: formerId, reason: '模糊测试改派', version: created.version },
    },
    bureau,
  );
  await ok(
    app,
    `mutation($id: ID!) { suspendLegalAdviser(id: $id, input: { effectiveOn: "${daysAgo(1)}", reason: "模糊测试停职" }) { id } }`,
    { id: suspendedId },
    bureau,
  );
  const a1 = tokens['adviser.1']!;
  await ok(app, `mutation($id: ID!) { acceptMediationCase(id: $id) { id } }`, { id: caseId }, a1);
  await ok(app, `mutation($id: ID!) { startMediation(id: $id) { id } }`, { id: caseId }, a1);
  await ok(
    app,
    `mutation($id: ID!, $input: MediationSessionInput!) { recordMediationSession(caseId: $id, input: $input) { id } }`,
    {
      id: caseId,
      input: {
        at: new Date(now.getTime() - 3_600_000).toISOString(),
        mode: 'OFFLINE',
        place: '村调委会调解室',
        participants: '申请人、被申请人、调解员',
        record: `第一次调解：${CANARY.sessionRecord}，双方同意重新测量`,
      },
    },
    a1,
  );
  await ok(
    app,
    `mutation($id: ID!, $input: AgreementInput!) { recordAgreement(caseId: $id, input: $input) { id } }`,
    {
      id: caseId,
      input: {
        form: 'WRITTEN',
        signedAt: daysAgo(0),
        amountFen: 50000,
        content: `调解协议：${CANARY.agreementContent}，界桩以测量为准`,
      },
    },
    a1,
  );
  await ok(
    app,
    `mutation($id: ID!) { reviewAgreement(caseId: $id, input: { approved: false, comment: "请补充${CANARY.reviewComment}条款", version: 1 }) { id } }`,
    { id: caseId },
    a1,
  );

  // The signed paper of the agreement, as a PDF whose text is the canary.
  const scan = await fetch(`${app.url}/api/mediation-cases/${caseId}/agreement-scan`, {
    method: 'PUT',
    headers: { authorization: `Bearer ${a1}`, 'content-type': 'application/pdf' },
    body: await pdfWithText(`Signed agreement ${CANARY.agreementScan}`),
  });
  if (scan.status !== 201) throw new Error(`agreement scan upload failed: ${scan.status} ${await scan.text()}`);

  // The canary work-log entry: adviser.1's, in a 天宁镇 village (so the bureau and office.tianning read it, the other
  // office and the analyst do not).
  const workLogEntryId = (
    await ok(
      app,
      `mutation($input: WorkLogEntryInput!) { createWorkLogEntry(input: $input) { id } }`,
      {
        input: {
          at: new Date(now.getTime() - 120_000).toISOString(),
          category: 'CONSULTATION',
          mode: 'OFFLINE',
          durationMin: 30,
          villageId: logVillage,
          personServed: `王${CANARY.servedName}明`,
          phone: CANARY.servedPhone,
          matter: `咨询${CANARY.workMatter}`,
          content: `解答${CANARY.workContent}问题`,
        },
      },
      a1,
    )
  ).createWorkLogEntry.id as string;

  const pool = await idPool(app, [
    caseId,
    workLogEntryId,
    caseVillage,
    logVillage,
    formerId,
    suspendedId,
    adviser1.adviserId!,
    adviser2.adviserId!,
    partyIn.id,
    former.id,
    suspended.id,
    officeOther.id,
  ]);
  // Never passed to destructive mutations by the roles that may change them: the canary records and the advisers whose
  // status decides who reads them.
  // The viewers' own accounts too: disabling one, resetting its password or moving its scope would change who reads what.
  pool.protectedIds = new Set([
    caseId,
    workLogEntryId,
    formerId,
    suspendedId,
    adviser1.adviserId!,
    adviser2.adviserId!,
    ...DEMO_ACCOUNTS.map((a) => a.id),
    partyIn.id,
    former.id,
    suspended.id,
    officeOther.id,
  ]);

  const all = [...CASE_CANARIES, ...SCAN_CANARIES, ...WORK_LOG_CANARIES];
  const except = (...allowed: string[][]) => all.filter((c) => !allowed.some((list) => list.includes(c)));
  const roleOf: Record<string, Role> = {
    bureau: Role.BUREAU_ADMIN,
    city: Role.BUREAU_ADMIN,
    'office.tianning': Role.OFFICE_STAFF,
    'fuzz.office.other': Role.OFFICE_STAFF,
    'adviser.1': Role.ADVISER,
    'adviser.2': Role.ADVISER,
    'fuzz.adviser.former': Role.ADVISER,
    'fuzz.adviser.suspended': Role.ADVISER,
    'fuzz.party.in': Role.PARTY,
    'party.1': Role.PARTY,
    analyst: Role.ANALYST,
  };
  const role = (name: string, forbidden: string[], protect = false): FuzzRole => ({
    name,
    role: roleOf[name],
    token: tokens[name],
    forbidden,
    protect,
  });
  const roles: FuzzRole[] = [
    { name: 'anonymous', forbidden: all, protect: false },
    role('bureau', except(WORK_LOG_CANARIES), true),
    role('city', all, true),
    role('office.tianning', except(WORK_LOG_CANARIES), true),
    role('fuzz.office.other', all),
    role('adviser.1', [], true),
    role('adviser.2', all),
    role('fuzz.adviser.former', all),
    role('fuzz.adviser.suspended', all),
    role('fuzz.party.in', except(PARTY_CASE_CANARIES, SCAN_CANARIES)),
    role('party.1', all),
    role('analyst', all),
  ];
  return { roles, pool, caseId, workLogEntryId, tokens };
}

/**
 * Ids of every table keyed by a uuid, a few dozen each in a fixed order, plus the canary records and the people and
 * places around them (`hot`), which the generator asks for more often.
 */
async function idPool(app: TestApp, hotIds: string[]): Promise<IdPool> {
  const conn = app.orm.em.fork().getConnection();
  const tables = (
    await conn.execute<{ table_name: string }[]>(
      `select table_name from information_schema.columns where table_schema = 'public' and column_name = 'id' and data_type = 'uuid' order by table_name`,
    )
  ).map((r) => r.table_name);
  const byTable = new Map<string, string[]>();
  for (const table of tables) {
    const rows = await conn.execute<{ id: string }[]>(`select id from "${table}" order by id limit 40`);
    byTable.set(
      table,
      rows.map((r) => r.id),
    );
  }
  const caseId = hotIds[0]!;
  const related = async (sql: string) => (await conn.execute<{ id: string }[]>(sql, [caseId])).map((r) => r.id);
  const agreement = await related('select id from agreement where case_id = ?');
  const sessions = await related('select id from mediation_session where case_id = ?');
  const parties = await related('select id from case_party where case_id = ?');
  const persons = await related('select person_id as id from case_party where case_id = ?');
  const events = await related('select id from case_event where case_id = ?');
  const hot = [...hotIds, ...agreement, ...sessions, ...parties, ...persons, ...events];
  const [, entryId, caseVillage, logVillage, formerId, suspendedId, adviser1, adviser2] = hotIds;
  const canaryByTable = new Map<string, string[]>([
    ['mediation_case', [caseId]],
    ['agreement', agreement],
    ['mediation_session', sessions],
    ['case_party', parties],
    ['person', persons],
    ['work_log_entry', [entryId!]],
    ['region', [caseVillage!, logVillage!]],
    ['legal_adviser', [adviser1!, adviser2!, formerId!, suspendedId!]],
  ]);
  for (const [table, ids] of canaryByTable) byTable.set(table, [...ids, ...(byTable.get(table) ?? []).filter((id) => !ids.includes(id))]);
  const all = [...new Set([...byTable.values()].flat())];
  return { byTable, all, hot, canaryByTable, protectedIds: new Set() };
}
