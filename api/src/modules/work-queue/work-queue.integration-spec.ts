import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { demoAccount, demoPairings } from '@fengqiao/seeds';
import { countQueries, startTestApp, type TestApp } from '../../../test/app.js';

/*
 * The home pages' work queue. The clock is fixed at 2026-11-20 10:00 in Shanghai: the current month is 2026-11, the
 * quarter 2026-Q4, and a case accepted on 2026-10-02 is overdue (its 30 days ended on 2026-11-01).
 */
const AT = '2026-11-20T02:00:00Z';

const QUEUE = `{ workQueue { asOf items { kind count attention list filter month deadline status } } }`;

interface Item {
  kind: string;
  count: number;
  attention: boolean;
  list: string;
  filter: string;
  month: string | null;
  deadline: string | null;
  status: string | null;
}

/** The options input of each list a work item may point at. */
const OPTIONS: Record<string, string> = {
  mediationCases: 'MediationCaseListOptions',
  villages: 'VillageListOptions',
  legalAdvisers: 'LegalAdviserListOptions',
  monthlyReports: 'MonthlyReportListOptions',
  workLogEntries: 'WorkLogEntryListOptions',
  consultationMeetings: 'ConsultationMeetingListOptions',
  rosterFilings: 'RosterFilingListOptions',
};

const adviser1 = demoAccount('adviser.1');
const village = demoPairings().find((p) => p.adviserId === adviser1.adviserId)!.villageId;

describe('workQueue', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({}, { at: AT });
  });
  afterAll(() => app.close());

  async function ok<T = Record<string, unknown>>(query: string, variables: Record<string, unknown>, username: string): Promise<T> {
    const res = await app.gql<T>(query, variables, await app.login(username));
    expect(res.errors).toBeUndefined();
    return res.data as T;
  }

  const queue = async (username: string) => (await ok<{ workQueue: { asOf: string; items: Item[] } }>(QUEUE, {}, username)).workQueue;

  /** The rows the item's link shows: its list with its filter, through the list query itself. */
  async function listed(item: Item, username: string, select = 'totalItems'): Promise<Record<string, unknown>> {
    const type = OPTIONS[item.list];
    expect(type).toBeDefined();
    const data = await ok<Record<string, Record<string, unknown>>>(
      `query($o: ${type}) { ${item.list}(options: $o) { ${select} } }`,
      { o: { filter: JSON.parse(item.filter), take: 100 } },
      username,
    );
    return data[item.list]!;
  }

  async function newCase(username: string, receivedOn: string, acceptedOn: string): Promise<string> {
    const created = await ok<{ createMediationCase: { id: string; version: number } }>(
      `mutation($input: CreateMediationCaseInput!) { createMediationCase(input: $input) { id version } }`,
      {
        input: {
          villageId: village,
          source: 'APPLICATION',
          disputeType: 'NEIGHBOUR',
          amountFen: 0,
          tier: 'ORDINARY',
          receivedOn,
          summary: '待办测试',
          adviserIds: [],
          parties: [{ role: 'APPLICANT', name: '待办甲' }],
        },
      },
      username,
    );
    const { id, version } = created.createMediationCase;
    await ok(
      `mutation($id: ID!, $input: CaseStepInput) { acceptMediationCase(id: $id, input: $input) { id } }`,
      { id, input: { on: acceptedOn, version } },
      username,
    );
    return id;
  }

  it.each([
    ['adviser.1', ['MONTHLY_REPORT', 'OVERDUE_CASES', 'CONFIRMATIONS_CLOSING', 'TRAINING_DUE']],
    ['office.tianning', ['REPORTS_TO_REVIEW', 'CHECKS_TO_DO', 'OVERDUE_CASES', 'SILENT_VILLAGES']],
    ['bureau', ['UNCOVERED_VILLAGES', 'OVERDUE_ACTION_ITEMS', 'ROSTER_FILINGS', 'LATE_REPORTS']],
  ])('gives %s its items, each counting exactly the rows its link lists', async (username, kinds) => {
    await newCase('adviser.1', '2026-10-01', '2026-10-02');
    const { asOf, items } = await queue(username);
    expect(asOf).toBe('2026-11-20');
    expect(items.map((i) => i.kind)).toEqual(kinds);
    for (const item of items) {
      const { totalItems } = await listed(item, username);
      expect({ kind: item.kind, count: item.count }).toEqual({ kind: item.kind, count: totalItems });
      if (item.kind !== 'MONTHLY_REPORT') expect(item.attention).toBe(item.count > 0);
    }
    // The overdue case registered above is counted for its adviser and for its township's office.
    const overdue = items.find((i) => i.kind === 'OVERDUE_CASES');
    if (overdue) expect(overdue.count).toBeGreaterThan(0);
  });

  it('links each item to the list filter it counts', async () => {
    const byKind = async (username: string) => Object.fromEntries((await queue(username)).items.map((i) => [i.kind, JSON.parse(i.filter)]));
    expect(await byKind('adviser.1')).toMatchObject({
      OVERDUE_CASES: { adviserId: adviser1.adviserId, overdue: true },
      CONFIRMATIONS_CLOSING: { adviserId: adviser1.adviserId, confirmationDueSoon: true },
      TRAINING_DUE: { untrainedInQuarter: '2026-Q4' },
    });
    expect(await byKind('office.tianning')).toEqual({
      REPORTS_TO_REVIEW: { status: ['SUBMITTED'] },
      CHECKS_TO_DO: { status: 'ACTIVE', uncheckedInMonth: '2026-11' },
      OVERDUE_CASES: { overdue: true },
      SILENT_VILLAGES: { covered: true, silentInMonth: '2026-11' },
    });
    // The deadline day is the 5th: October's reports were due on 2026-11-05, the last deadline passed.
    expect(await byKind('bureau')).toEqual({
      UNCOVERED_VILLAGES: { covered: false },
      OVERDUE_ACTION_ITEMS: { withOverdueItems: true },
      ROSTER_FILINGS: { status: ['RETURNED'] },
      LATE_REPORTS: { month: '2026-10', late: true },
    });
  });

  it('shows the adviser the month to submit with its status and deadline from the settings', async () => {
    const item = (await queue('adviser.1')).items.find((i) => i.kind === 'MONTHLY_REPORT')!;
    expect(item.list).toBe('workLogEntries');
    expect(['2026-10', '2026-11']).toContain(item.month);
    expect(item.deadline).toBe(item.month === '2026-10' ? '2026-11-05' : '2026-12-05');
    expect(JSON.parse(item.filter)).toEqual({ month: item.month });
    expect(item.attention).toBe(!['SUBMITTED', 'APPROVED'].includes(item.status!));
    const report = await ok<{ workLogMonth: { status: string } }>(
      'query($m: String!) { workLogMonth(month: $m) { status } }',
      { m: item.month },
      'adviser.1',
    );
    expect(item.status).toBe(report.workLogMonth.status);
  });

  it('costs a fixed number of SQL statements, one count per item', async () => {
    for (const username of ['adviser.1', 'office.tianning', 'bureau']) {
      await app.login(username);
      const { count } = await countQueries(() => queue(username));
      expect({ username, fixed: count <= 10 }).toEqual({ username, fixed: true });
    }
  });

  it.each(['party.1', 'analyst'])('refuses %s', async (username) => {
    const res = await app.gql(QUEUE, {}, await app.login(username));
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('the filters the work items link to', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({}, { at: AT });
  });
  afterAll(() => app.close());

  async function ids(list: string, type: string, filter: Record<string, unknown>, username: string): Promise<string[]> {
    const res = await app.gql<Record<string, { items: { id: string }[] }>>(
      `query($o: ${type}) { ${list}(options: $o) { items { id } } }`,
      { o: { filter, take: 100 } },
      await app.login(username),
    );
    expect(res.errors).toBeUndefined();
    return res.data![list]!.items.map((i) => i.id);
  }

  const sql = <T>(query: string, params: unknown[] = []) => app.orm.em.fork().getConnection().execute<T[]>(query, params);

  it('mediationCases: overdue means open and accepted more than 30 days ago', async () => {
    const token = await app.login('adviser.1');
    const make = async (acceptedOn: string) => {
      const res = await app.gql<{ createMediationCase: { id: string; version: number } }>(
        `mutation($input: CreateMediationCaseInput!) { createMediationCase(input: $input) { id version } }`,
        {
          input: {
            villageId: village,
            source: 'APPLICATION',
            disputeType: 'NEIGHBOUR',
            amountFen: 0,
            tier: 'ORDINARY',
            receivedOn: '2026-10-01',
            summary: '超期测试',
            adviserIds: [],
            parties: [{ role: 'APPLICANT', name: '超期甲' }],
          },
        },
        token,
      );
      const { id, version } = res.data!.createMediationCase;
      const accepted = await app.gql(
        `mutation($id: ID!, $input: CaseStepInput) { acceptMediationCase(id: $id, input: $input) { id } }`,
        { id, input: { on: acceptedOn, version } },
        token,
      );
      expect(accepted.errors).toBeUndefined();
      return id;
    };
    const late = await make('2026-10-02'); // deadline 2026-11-01: overdue on 2026-11-20
    const onTime = await make('2026-10-21'); // deadline 2026-11-20: due today, not yet overdue
    const overdue = await ids('mediationCases', 'MediationCaseListOptions', { overdue: true, adviserId: adviser1.adviserId }, 'adviser.1');
    const notOverdue = await ids('mediationCases', 'MediationCaseListOptions', { overdue: false, adviserId: adviser1.adviserId }, 'adviser.1');
    expect(overdue).toContain(late);
    expect(overdue).not.toContain(onTime);
    expect(notOverdue).toContain(onTime);
    expect(notOverdue).not.toContain(late);
    // The office of the case's township finds it too; every case listed says it is overdue.
    const office = await app.gql<{ mediationCases: { items: { id: string; overdue: boolean }[] } }>(
      `query($o: MediationCaseListOptions) { mediationCases(options: $o) { items { id overdue } } }`,
      { o: { filter: { overdue: true }, take: 100 } },
      await app.login('office.tianning'),
    );
    expect(office.data!.mediationCases.items.map((c) => c.id)).toContain(late);
    expect(office.data!.mediationCases.items.every((c) => c.overdue)).toBe(true);
  });

  it('mediationCases: confirmationDueSoon means an agreement not brought to court whose window closes within 7 days', async () => {
    const rows = await sql<{ id: string; case_id: string }>('select id, case_id from agreement order by id limit 3');
    expect(rows.length).toBe(3);
    const [soon, closed, applied] = rows as [{ id: string; case_id: string }, { id: string; case_id: string }, { id: string; case_id: string }];
    await sql('update agreement set signed_at = ?, confirmation_applied_on = null where id = ?', ['2026-10-25', soon.id]); // closes 11-24
    await sql('update agreement set signed_at = ?, confirmation_applied_on = null where id = ?', ['2026-10-15', closed.id]); // closed 11-14
    await sql('update agreement set signed_at = ?, confirmation_applied_on = ? where id = ?', ['2026-10-25', '2026-11-01', applied.id]);
    const found = await ids('mediationCases', 'MediationCaseListOptions', { confirmationDueSoon: true }, 'bureau');
    expect(found).toContain(soon.case_id);
    expect(found).not.toContain(closed.case_id);
    expect(found).not.toContain(applied.case_id);
    const res = await app.gql<{ mediationCases: { items: { agreement: { confirmationDueSoon: boolean } }[] } }>(
      `query($o: MediationCaseListOptions) { mediationCases(options: $o) { items { agreement { confirmationDueSoon } } } }`,
      { o: { filter: { confirmationDueSoon: true }, take: 100 } },
      await app.login('bureau'),
    );
    expect(res.data!.mediationCases.items.every((c) => c.agreement.confirmationDueSoon)).toBe(true);
  });

  it('villages: silentInMonth leaves out villages with a work-log entry that month', async () => {
    const [entry] = await sql<{ village_id: string; month: string }>('select village_id, month from work_log_entry order by id limit 1');
    expect(entry).toBeDefined();
    const filter = (silentInMonth: string) => ({ ids: [entry!.village_id], silentInMonth });
    expect(await ids('villages', 'VillageListOptions', filter(entry!.month), 'bureau')).toEqual([]);
    expect(await ids('villages', 'VillageListOptions', filter('2019-01'), 'bureau')).toEqual([entry!.village_id]);
  });

  it('villages: untrainedInQuarter leaves out villages with a quarterly training in that quarter', async () => {
    const [t] = await sql<{ village_id: string; year: number; quarter: number }>(
      `select village_id, year, quarter from training where kind = 'VILLAGE_QUARTERLY' order by id limit 1`,
    );
    expect(t).toBeDefined();
    const filter = (q: string) => ({ ids: [t!.village_id], untrainedInQuarter: q });
    expect(await ids('villages', 'VillageListOptions', filter(`${t!.year}-Q${t!.quarter}`), 'bureau')).toEqual([]);
    expect(await ids('villages', 'VillageListOptions', filter('2019-Q1'), 'bureau')).toEqual([t!.village_id]);
    const bad = await app.gql(
      `query { villages(options: { filter: { untrainedInQuarter: "2026-Q5" } }) { totalItems } }`,
      {},
      await app.login('bureau'),
    );
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('legalAdvisers: uncheckedInMonth leaves out advisers checked that month', async () => {
    const [c] = await sql<{ adviser_id: string; month: string }>('select adviser_id, month from monthly_check order by id limit 1');
    expect(c).toBeDefined();
    const filter = (m: string) => ({ ids: [c!.adviser_id], uncheckedInMonth: m });
    expect(await ids('legalAdvisers', 'LegalAdviserListOptions', filter(c!.month), 'bureau')).toEqual([]);
    expect(await ids('legalAdvisers', 'LegalAdviserListOptions', filter('2019-01'), 'bureau')).toEqual([c!.adviser_id]);
  });

  it('consultationMeetings: withOverdueItems lists meetings with an open item past its due date', async () => {
    const res = await app.gql<{ consultationMeetings: { totalItems: number; items: { overdueCount: number }[] } }>(
      `query { consultationMeetings(options: { filter: { withOverdueItems: true }, take: 100 }) { totalItems items { overdueCount } } }`,
      {},
      await app.login('bureau'),
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.consultationMeetings.totalItems).toBeGreaterThan(0);
    expect(res.data!.consultationMeetings.items.every((m) => m.overdueCount > 0)).toBe(true);
  });

  it('mediationCases: a statistics bar opens the list of exactly its cases (status, type, source, level, resolved level, dates)', async () => {
    const token = await app.login('bureau');
    const period = { from: '2020-01-01', to: '2026-11-20' };
    const stats = await app.gql<{
      caseStatistics: Record<string, { key: string; count: number }[]> & { resolution: { village: number; township: number; county: number } };
    }>(
      `query($from: Date, $to: Date) { caseStatistics(from: $from, to: $to) {
        byStatus { key count } byDisputeType { key count } bySource { key count } byLevel { key count }
        resolution { village township county } } }`,
      period,
      token,
    );
    expect(stats.errors).toBeUndefined();
    const s = stats.data!.caseStatistics;
    const total = async (filter: Record<string, unknown>) => {
      const res = await app.gql<{ mediationCases: { totalItems: number } }>(
        'query($o: MediationCaseListOptions) { mediationCases(options: $o) { totalItems } }',
        { o: { filter: { receivedFrom: period.from, receivedTo: period.to, ...filter } } },
        token,
      );
      expect(res.errors).toBeUndefined();
      return res.data!.mediationCases.totalItems;
    };
    const pairs: [string, unknown, number][] = [
      ...s.byStatus!.map((b): [string, unknown, number] => ['status', [b.key], b.count]),
      ...s.byDisputeType!.map((b): [string, unknown, number] => ['disputeType', b.key, b.count]),
      ...s.bySource!.map((b): [string, unknown, number] => ['source', b.key, b.count]),
      ...s.byLevel!.map((b): [string, unknown, number] => ['level', b.key, b.count]),
      ['resolvedLevel', 'VILLAGE', s.resolution.village],
      ['resolvedLevel', 'TOWNSHIP', s.resolution.township],
      ['resolvedLevel', 'COUNTY', s.resolution.county],
    ];
    expect(pairs.length).toBeGreaterThan(8);
    for (const [field, value, count] of pairs) {
      expect({ field, value, count: await total({ [field]: value }) }).toEqual({ field, value, count });
    }
  });

  it('rosterFilings: status FILED is a filing without the city’s decision', async () => {
    const token = await app.login('bureau');
    const filed = await app.gql<{ fileRoster: { id: string } }>('mutation { fileRoster(asOf: "2026-11-19") { id } }', {}, token);
    expect(filed.errors).toBeUndefined();
    const id = filed.data!.fileRoster.id;
    expect(await ids('rosterFilings', 'RosterFilingListOptions', { status: ['FILED'] }, 'bureau')).toContain(id);
    expect(await ids('rosterFilings', 'RosterFilingListOptions', { status: ['RETURNED'] }, 'bureau')).not.toContain(id);
  });
});
