import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DEMO_PROVIDERS, demoMeetings, demoOffices, demoRegions, townshipId } from '@fengqiao/seeds';
import ExcelJS from 'exceljs';
import { countQueries, startTestApp, type TestApp } from '../../../test/app.js';
import { rest } from '../../../test/rest.js';
import { expectOnlyInScope } from '../../../test/scope.js';
import { now } from '../../common/clock.js';
import { addDays, today } from '../../common/graphql/dates.js';
import { ActionItem, ConsultationMeeting, MeetingParticipant } from './consultation-meeting.entity.js';

const LIST = `query($o: ConsultationMeetingListOptions) { consultationMeetings(options: $o) { totalItems items { id title overdueCount
  participants { kind name office { id } provider { id } village { id } } actionItems { id status overdue ownerKind ownerName } } } }`;
const ONE = `query($id: ID!) { consultationMeeting(id: $id) { id } }`;
const CREATE = `mutation($input: CreateConsultationMeetingInput!) { createConsultationMeeting(input: $input) {
  id participants { kind name } actionItems { id title dueOn status overdue ownerKind ownerName ownerOffice { id } } } }`;
const UPDATE_ITEM = `mutation($id: ID!, $s: ActionItemStatus!, $n: String, $v: Int!) { updateActionItem(id: $id, status: $s, note: $n, version: $v) {
  id status doneAt note overdue version } }`;
const UPDATE_MEETING = `mutation($id: ID!, $input: UpdateConsultationMeetingInput!) { updateConsultationMeeting(id: $id, input: $input) {
  id minutes decisions version participants { kind } } }`;
const ITEMS = `query($o: ActionItemListOptions) { actionItems(options: $o) { totalItems items { id overdue status meeting { id } } } }`;

const [meeting1, meeting2] = demoMeetings();
const office = (key: string) => demoOffices().find((o) => o.townshipId === townshipId(key))!;
const tianningItem = meeting1!.actionItems.find((a) => a.ownerOfficeId === office('tianning').id)!;
const firmItem = meeting1!.actionItems.find((a) => a.ownerKind === 'PROVIDER')!;
const hiddenItem = meeting2!.actionItems[0]!;

describe('MeetingService', () => {
  let app: TestApp;
  let bureau: string;
  let tianning: string;
  beforeAll(async () => {
    // The demo meetings' items fall due through 2026; the clock stands where one of meeting 1's open items is overdue
    // and the other not yet, whatever day the suite runs.
    app = await startTestApp({}, { at: '2026-11-20T10:00:00+08:00' });
    [bureau, tianning] = await Promise.all([app.login('bureau'), app.login('office.tianning')]);
  });
  afterAll(() => app.close());

  /** updateActionItem sent with the item's current version, as a client that has just read it. */
  const updateItem = async (vars: { id: string; s: string; n?: string }, token: string) => {
    const { version } = await app.orm.em.fork().findOneOrFail(ActionItem, { id: vars.id });
    return app.gql(UPDATE_ITEM, { ...vars, v: version }, token);
  };
  const updateMeeting = async (id: string, input: Record<string, unknown>) => {
    const { version } = await app.orm.em.fork().findOneOrFail(ConsultationMeeting, { id });
    return app.gql(UPDATE_MEETING, { id, input: { ...input, version } }, bureau);
  };

  const counts = async () => {
    const em = app.orm.em.fork();
    return [await em.count(ConsultationMeeting, {}), await em.count(MeetingParticipant, {}), await em.count(ActionItem, {})];
  };
  const newMeeting = (patch: Record<string, unknown> = {}) => ({
    title: '临时会商',
    at: now().toISOString(),
    venue: '县司法局',
    agenda: '研究排查工作',
    officeIds: [office('tianning').id, office('xishe').id],
    providerIds: [DEMO_PROVIDERS[0]!.id],
    villageIds: [demoRegions().find((r) => r.parentId === townshipId('tianning'))!.id],
    actionItems: [
      { title: '昨天到期', ownerKind: 'OFFICE', ownerOfficeId: office('xishe').id, dueOn: addDays(today(), -1) },
      { title: '明天到期', ownerKind: 'OFFICE', ownerOfficeId: office('tianning').id, dueOn: addDays(today(), 1) },
      { title: '今天到期', ownerKind: 'BUREAU', dueOn: today() },
    ],
    ...patch,
  });

  describe('consultationMeetings', () => {
    it('gives the bureau every meeting of its county', async () => {
      const res = await app.gql(LIST, { o: { take: 100 } }, bureau);
      expect(res.errors).toBeUndefined();
      expect(res.data.consultationMeetings.items.map((m: any) => m.id).sort()).toEqual([meeting1!.id, meeting2!.id].sort());
    });

    it('gives an office only the meetings its office took part in, filtered in SQL', async () => {
      const res = await app.gql(LIST, { o: { take: 100 } }, tianning);
      expect(res.data.consultationMeetings.totalItems).toBe(1);
      const m = res.data.consultationMeetings.items[0];
      expect(m.id).toBe(meeting1!.id);
      expect(m.participants.map((p: any) => p.kind).sort()).toEqual(['OFFICE', 'OFFICE', 'PROVIDER', 'VILLAGE']);
      expect((await app.gql(ONE, { id: meeting2!.id }, tianning)).data.consultationMeeting).toBeNull();
      const other = await app.gql(LIST, { o: { take: 100 } }, await app.login('office.tianning'));
      expectOnlyInScope(other.data.consultationMeetings.items, (x: any) => x.id === meeting1!.id, [meeting2!.id]);
    });

    it('names a participating village of another township but opens it only to those whose jurisdiction it lies in', async () => {
      const xisheVillage = demoRegions().find((r) => r.parentId === townshipId('xishe') && r.level === 'VILLAGE')!;
      const made = await app.gql(CREATE, { input: newMeeting({ villageIds: [xisheVillage.id], actionItems: [] }) }, await app.login('bureau'));
      expect(made.errors).toBeUndefined();
      const PARTICIPANTS = `query($id: ID!) { consultationMeeting(id: $id) { participants { kind name village { id committee { members { name phone } } } } } }`;
      const asOffice = await app.gql(PARTICIPANTS, { id: made.data.createConsultationMeeting.id }, tianning);
      const village = asOffice.data.consultationMeeting.participants.find((p: any) => p.kind === 'VILLAGE');
      expect(village).toMatchObject({ name: xisheVillage.name, village: null });
      const asBureau = await app.gql(PARTICIPANTS, { id: made.data.createConsultationMeeting.id }, await app.login('bureau'));
      expect(asBureau.data.consultationMeeting.participants.find((p: any) => p.kind === 'VILLAGE').village.id).toBe(xisheVillage.id);
    });

    it.each(['adviser.1', 'analyst', 'party.1'])('is refused to %s', async (username) => {
      expect((await app.gql(LIST, {}, await app.login(username))).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });
  });

  describe('overdue', () => {
    it('is computed: open and due before today', async () => {
      const res = await app.gql(CREATE, { input: newMeeting() }, bureau);
      expect(res.errors).toBeUndefined();
      const byTitle = Object.fromEntries(res.data.createConsultationMeeting.actionItems.map((i: any) => [i.title, i]));
      expect(byTitle.昨天到期.overdue).toBe(true);
      expect(byTitle.今天到期.overdue).toBe(false);
      expect(byTitle.明天到期.overdue).toBe(false);
      expect(byTitle.今天到期).toMatchObject({ ownerKind: 'BUREAU', ownerName: '交城县司法局' });
      // The seeded law firm's item (due in September, still open) is overdue; the done one is not.
      const seeded = (await app.gql(LIST, { o: { take: 100 } }, bureau)).data.consultationMeetings.items.find((m: any) => m.id === meeting1!.id);
      expect(seeded.actionItems.find((i: any) => i.id === firmItem.id).overdue).toBe(true);
      const doneItems = seeded.actionItems.filter((i: any) => i.status === 'DONE');
      expect(doneItems.length).toBeGreaterThan(0);
      expect(doneItems.filter((i: any) => i.overdue)).toEqual([]);
      expect(seeded.overdueCount).toBe(1);

      const overdue = await app.gql(ITEMS, { o: { take: 100, filter: { overdue: true } } }, bureau);
      expect(overdue.data.actionItems.items.filter((i: any) => !i.overdue)).toEqual([]);
      expect(overdue.data.actionItems.items.map((i: any) => i.id)).toContain(byTitle.昨天到期.id);

      const done = await updateItem({ id: byTitle.昨天到期.id, s: 'DONE' }, bureau);
      expect(done.data.updateActionItem).toMatchObject({ status: 'DONE', overdue: false, doneAt: expect.any(String) });
    });
  });

  describe('createConsultationMeeting', () => {
    it('refuses an action item owned by an office that does not take part, naming the field, and writes nothing', async () => {
      const before = await counts();
      const res = await app.gql(
        CREATE,
        {
          input: newMeeting({
            actionItems: [{ title: '外所事项', ownerKind: 'OFFICE', ownerOfficeId: office('huili').id, dueOn: today() }],
          }),
        },
        bureau,
      );
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'actionItems.0.ownerOfficeId' });
      expect(await counts()).toEqual(before);
    });

    it('refuses participants outside the county or none at all', async () => {
      const before = await counts();
      const bad = await app.gql(CREATE, { input: newMeeting({ officeIds: ['00000060-0000-4000-8000-0000000000ff'], actionItems: [] }) }, bureau);
      expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'officeIds' });
      const none = await app.gql(CREATE, { input: newMeeting({ officeIds: [], providerIds: [], villageIds: [], actionItems: [] }) }, bureau);
      expect(none.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(await counts()).toEqual(before);
    });

    it.each(['office.tianning', 'adviser.1', 'analyst'])('is refused to %s', async (username) => {
      const res = await app.gql(CREATE, { input: newMeeting() }, await app.login(username));
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });
  });

  describe('updateConsultationMeeting', () => {
    it('records minutes and decisions and replaces participants', async () => {
      const res = await updateMeeting(meeting2!.id, { minutes: '新纪要', decisions: '新决定', villageIds: [] });
      expect(res.errors).toBeUndefined();
      expect(res.data.updateConsultationMeeting).toMatchObject({ minutes: '新纪要', decisions: '新决定' });
    });

    it('keeps an office that owns an action item among the participants', async () => {
      const res = await updateMeeting(meeting1!.id, { officeIds: [office('xiajiaying').id] });
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'officeIds' });
    });
  });

  describe('updateActionItem', () => {
    it('lets an office update its own item', async () => {
      const res = await updateItem({ id: tianningItem.id, s: 'DONE', n: '已全部补训' }, tianning);
      expect(res.errors).toBeUndefined();
      expect(res.data.updateActionItem).toMatchObject({ status: 'DONE', note: '已全部补训', overdue: false });
      const reopened = await updateItem({ id: tianningItem.id, s: 'OPEN' }, tianning);
      expect(reopened.data.updateActionItem).toMatchObject({ status: 'OPEN', doneAt: null, note: '已全部补训' });
    });

    it('refuses an office another owner’s item of a meeting it attended with FORBIDDEN, and changes nothing', async () => {
      const res = await updateItem({ id: firmItem.id, s: 'DONE', n: 'x' }, tianning);
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const row = await app.orm.em.fork().findOneOrFail(ActionItem, { id: firmItem.id });
      expect(row).toMatchObject({ status: 'OPEN', note: null, doneAt: null });
    });

    it('answers NOT_FOUND for an item of a meeting the office did not attend', async () => {
      const res = await updateItem({ id: hiddenItem.id, s: 'DONE' }, tianning);
      expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect((await app.orm.em.fork().findOneOrFail(ActionItem, { id: hiddenItem.id })).status).toBe('OPEN');
    });

    it('tells each viewer which items they may update', async () => {
      const q = `query($id: ID!) { consultationMeeting(id: $id) { actionItems { id canUpdate } } }`;
      const office = (await app.gql(q, { id: meeting1!.id }, tianning)).data.consultationMeeting.actionItems;
      expect(office.filter((i: any) => i.canUpdate).map((i: any) => i.id)).toEqual([tianningItem.id]);
      const all = (await app.gql(q, { id: meeting1!.id }, bureau)).data.consultationMeeting.actionItems;
      expect(all.length).toBeGreaterThan(1);
      expect(all.filter((i: any) => !i.canUpdate)).toEqual([]);
    });

    it('lists an office’s own items with mine: true', async () => {
      const res = await app.gql(ITEMS, { o: { take: 100, filter: { mine: true } } }, tianning);
      expect(res.data.actionItems.items.map((i: any) => i.id)).toContain(tianningItem.id);
      expect(res.data.actionItems.items.map((i: any) => i.id)).not.toContain(firmItem.id);
    });

    it.each(['adviser.1', 'analyst'])('is refused to %s', async (username) => {
      const res = await updateItem({ id: tianningItem.id, s: 'DONE' }, await app.login(username));
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });
  });

  describe('judicialOffices', () => {
    it('gives the bureau its county’s offices to pick participants from, and an office its own', async () => {
      const q = '{ judicialOffices(options: { take: 100 }) { totalItems items { id name township { id } } } }';
      expect((await app.gql(q, {}, bureau)).data.judicialOffices.totalItems).toBe(demoOffices().length);
      const own = (await app.gql(q, {}, tianning)).data.judicialOffices.items;
      expect(own).toEqual([{ id: office('tianning').id, name: office('tianning').name, township: { id: townshipId('tianning') } }]);
      expect((await app.gql(q, {}, await app.login('adviser.1'))).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });
  });

  describe('the cost of a page', () => {
    it('is the same number of SQL statements for 2 meetings as for 14, participants and items included', async () => {
      for (let i = 0; i < 12; i += 1) {
        expect((await app.gql(CREATE, { input: newMeeting({ title: `批量会商${i}` }) }, bureau)).errors).toBeUndefined();
      }
      const page = (take: number) =>
        countQueries(async () => {
          const res = await app.gql(LIST, { o: { take } }, bureau);
          expect(res.data.consultationMeetings.items).toHaveLength(take);
        });
      expect((await page(14)).count).toBe((await page(2)).count);
    });
  });

  describe('GET /api/exports/consultation-meetings.xlsx', () => {
    it('sends the meetings and their action items, with Chinese headers and a Content-Length; an office gets its own', async () => {
      const res = await rest(app, 'GET', '/api/exports/consultation-meetings.xlsx?year=2026', { token: tianning });
      expect(res.status).toBe(200);
      expect(Number(res.headers.get('content-length'))).toBe(res.bytes.length);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(res.bytes as never);
      expect(wb.worksheets.map((w) => w.name)).toEqual(['会商会议', '工作事项']);
      const meetings = wb.getWorksheet('会商会议')!;
      expect(meetings.getRow(3).getCell(2).value).toBe('会商时间');
      const titles: string[] = [];
      meetings.eachRow((row, n) => {
        if (n > 3) titles.push(String(row.getCell(4).value));
      });
      expect(titles).toContain(meeting1!.title);
      expect(titles).not.toContain(meeting2!.title);
      const items = wb.getWorksheet('工作事项')!;
      expect(items.getRow(3).getCell(8).value).toBe('是否逾期');
      const overdue: string[] = [];
      items.eachRow((row, n) => {
        if (n > 3 && row.getCell(8).value === '是') overdue.push(String(row.getCell(4).value));
      });
      expect(overdue).toContain(firmItem.title);
    });

    it('refuses advisers and the anonymous', async () => {
      expect((await rest(app, 'GET', '/api/exports/consultation-meetings.xlsx', { token: await app.login('adviser.1') })).status).toBe(403);
      expect((await rest(app, 'GET', '/api/exports/consultation-meetings.xlsx')).status).toBe(401);
    });
  });
});
