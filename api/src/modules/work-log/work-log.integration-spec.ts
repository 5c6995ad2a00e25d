import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { COUNTY_ID, demoAccount, demoCases, demoPairings, demoRegions, demoWorkLogs, townshipId } from '@fengqiao/seeds';
import ExcelJS from 'exceljs';
import pg from 'pg';
import { countQueries, type TestApp } from '../../../test/app.js';
import { pixels } from '../../../test/images.js';
import { TINY_JPEG, makePng, rest, startAppWithUploads, upload } from '../../../test/rest.js';
import { expectOnlyInScope } from '../../../test/scope.js';
import { addOfficeAccount, pdfText } from '../../../test/work-log-fixtures.js';
import { updateSettings } from '../../../test/settings.js';
import { Attachment } from '../attachment/attachment.entity.js';
import { MonthlyReport } from './monthly-report.entity.js';
import { WorkLogEntry } from './work-log-entry.entity.js';
import { currentMonth, monthOf } from './month.js';

const ENTRY_FIELDS = `id month at category mode personServed phone matter content durationMin venue attendeeCount caseId frozen version
  canReadPersonalData adviser { id } village { id } township { id } photos { id url } mediationCase { id caseNo summary canReadConfidential }`;
const CREATE = `mutation($input: WorkLogEntryInput!) { createWorkLogEntry(input: $input) { ${ENTRY_FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: WorkLogEntryInput!, $v: Int!) { updateWorkLogEntry(id: $id, input: $input, version: $v) { ${ENTRY_FIELDS} } }`;
const DELETE = `mutation($id: ID!) { deleteWorkLogEntry(id: $id) }`;
const LIST = `query($o: WorkLogEntryListOptions) { workLogEntries(options: $o) { totalItems items { ${ENTRY_FIELDS} } } }`;
const ONE = `query($id: ID!) { workLogEntry(id: $id) { ${ENTRY_FIELDS} } }`;
const REPORT_FIELDS =
  'id month status deadline submittedAt late reviewComment reviewedAt reviewedBy { username } timesReturned version entryCount totalMinutes frozen pdfPath adviser { id } township { id }';
const SUBMIT = `mutation($m: String!) { submitMonthlyReport(month: $m) { ${REPORT_FIELDS} } }`;
const APPROVE = `mutation($id: ID!, $v: Int!) { approveMonthlyReport(id: $id, version: $v) { ${REPORT_FIELDS} } }`;
const RETURN = `mutation($id: ID!, $c: String!, $v: Int!) { returnMonthlyReport(id: $id, comment: $c, version: $v) { ${REPORT_FIELDS} } }`;
const REPORTS = `query($o: MonthlyReportListOptions) { monthlyReports(options: $o) { totalItems items { ${REPORT_FIELDS} } } }`;

const adviser1 = demoAccount('adviser.1').adviserId!;
const adviser2 = demoAccount('adviser.2').adviserId!;
const villagesOf = (adviserId: string) =>
  demoPairings()
    .filter((p) => p.adviserId === adviserId)
    .map((p) => p.villageId);
const village1 = villagesOf(adviser1)[0]!;
const tianning = townshipId('tianning');
const demo = demoWorkLogs();
const case1 = demoCases()[0]!;
const townshipOf = new Map(demoRegions().map((r) => [r.id, r.parentId]));

function input(patch: Record<string, unknown> = {}) {
  return {
    villageId: village1,
    at: new Date(Date.now() - 60_000).toISOString(),
    category: 'CONSULTATION',
    mode: 'OFFLINE',
    personServed: '赵大勇',
    phone: '+86 139 3580 1234',
    matter: '宅基地使用权咨询',
    content: '解答宅基地使用权继承问题',
    durationMin: 30,
    photoIds: [],
    ...patch,
  };
}

describe('work log', () => {
  let app: TestApp & { uploadsDir: string };
  let t: Record<string, string>;
  const count = () => app.orm.em.fork().count(WorkLogEntry, {});
  /** Backends of this database waiting for a lock of a kind ('relation', 'advisory'). */
  const lockWaits = async (kind: string) =>
    Number(
      (
        await app.orm.em
          .fork()
          .getConnection()
          .execute<{ n: number }[]>(
            `select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock' and wait_event = ?`,
            [kind],
          )
      )[0]!.n,
    );
  /** Polls until `ready` holds (a test timeout stops it otherwise). */
  const until = async (ready: () => Promise<boolean>) => {
    while (!(await ready())) await new Promise((resolve) => setTimeout(resolve, 20));
  };

  beforeAll(async () => {
    app = await startAppWithUploads();
    await addOfficeAccount(app, 'office.xiying', 'xiying');
    t = {};
    for (const u of ['adviser.1', 'adviser.2', 'office.tianning', 'office.xiying', 'bureau', 'analyst', 'party.1']) t[u] = await app.login(u);
  });
  afterAll(() => app.close());

  describe('entries', () => {
    it('records a consultation: phone normalised, month derived, personal data in full for the adviser', async () => {
      const res = await app.gql(CREATE, { input: input() }, t['adviser.1']);
      expect(res.errors).toBeUndefined();
      expect(res.data.createWorkLogEntry).toMatchObject({
        personServed: '赵大勇',
        phone: '13935801234',
        matter: '宅基地使用权咨询',
        month: monthOf(new Date(Date.now() - 60_000)),
        frozen: false,
        canReadPersonalData: true,
        adviser: { id: adviser1 },
        village: { id: village1 },
        township: { id: tianning },
        photos: [],
        version: 1,
      });
    });

    it('refuses a lecture without a photo with BAD_USER_INPUT naming photoIds, and writes nothing', async () => {
      const before = await count();
      const res = await app.gql(
        CREATE,
        { input: input({ category: 'LECTURE', phone: null, venue: '村委会议室', attendeeCount: 30 }) },
        t['adviser.1'],
      );
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'photoIds' });
      expect(await count()).toBe(before);
    });

    it('refuses a lecture without a venue or attendee count', async () => {
      const photo = (await upload(app, t['adviser.1'], TINY_JPEG, 'image/jpeg')).json.id;
      const noVenue = await app.gql(CREATE, { input: input({ category: 'LECTURE', attendeeCount: 30, photoIds: [photo] }) }, t['adviser.1']);
      expect(noVenue.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'venue' });
      const noCount = await app.gql(CREATE, { input: input({ category: 'LECTURE', venue: '村委会议室', photoIds: [photo] }) }, t['adviser.1']);
      expect(noCount.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'attendeeCount' });
    });

    it('records a lecture with its venue, attendees and photo, served through a signed link', async () => {
      const png = makePng(8, 8, (x, y) => [x * 30, y * 30, 90]);
      const up = await upload(app, t['adviser.1'], png, 'image/png');
      expect(up.status).toBe(201);
      const res = await app.gql(
        CREATE,
        {
          input: input({
            category: 'LECTURE',
            phone: null,
            personServed: '村两委干部、网格员',
            venue: '村委会议室',
            attendeeCount: 32,
            photoIds: [up.json.id],
          }),
        },
        t['adviser.1'],
      );
      expect(res.errors).toBeUndefined();
      const entry = res.data.createWorkLogEntry;
      expect(entry).toMatchObject({ category: 'LECTURE', venue: '村委会议室', attendeeCount: 32, phone: null });
      expect(entry.photos).toEqual([{ id: up.json.id, url: expect.stringMatching(`^/files/${up.json.id}\\?exp=`) }]);
      const file = await rest(app, 'GET', entry.photos[0].url);
      expect(file.status).toBe(200);
      // Stored re-encoded without metadata; PNG is lossless, so the picture is the one sent.
      expect((await pixels(file.bytes)).equals(await pixels(png))).toBe(true);
      // The photos show people: the office reads them, the analyst (who gets masks) gets none.
      const PHOTOS = `query($id: ID!) { workLogEntries(options: { filter: { ids: [$id] } }) { items { photos { id } } } }`;
      expect((await app.gql(PHOTOS, { id: entry.id }, t['office.tianning'])).data.workLogEntries.items[0].photos).toEqual([{ id: up.json.id }]);
      const analyst = await app.gql(PHOTOS, { id: entry.id }, t.analyst);
      expect(analyst.data.workLogEntries.items).toHaveLength(1);
      expect(analyst.data.workLogEntries.items[0].photos).toEqual([]);
      // The photo now belongs to the entry: another entry cannot take it.
      const again = await app.gql(CREATE, { input: input({ photoIds: [up.json.id] }) }, t['adviser.1']);
      expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'photoIds' });
      // Someone else's upload cannot be attached at all.
      const foreign = (await upload(app, t['adviser.2'], png, 'image/png')).json.id;
      const taken = await app.gql(CREATE, { input: input({ photoIds: [foreign] }) }, t['adviser.1']);
      expect(taken.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'photoIds' });
    });

    it.each([
      [{ phone: '12345' }, 'phone'],
      [{ phone: null }, 'phone'],
      [{ durationMin: 0 }, 'durationMin'],
      [{ personServed: '' }, 'personServed'],
      [{ at: '2099-01-01T09:00:00+08:00' }, 'at'],
      [{ villageId: villagesOf(adviser2)[0] }, 'villageId'],
      [{ caseId: demoCases().find((c) => !c.adviserIds.includes(adviser1))!.id }, 'caseId'],
    ])('refuses %j naming the field, and writes nothing', async (patch, field) => {
      const before = await count();
      const res = await app.gql(CREATE, { input: input(patch) }, t['adviser.1']);
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(res.errors?.[0]?.extensions)).toContain(field);
      expect(await count()).toBe(before);
    });

    it.each(['office.tianning', 'bureau', 'analyst', 'party.1'])('refuses createWorkLogEntry to %s', async (username) => {
      const res = await app.gql(CREATE, { input: input() }, t[username]);
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });

    it('edits and deletes an entry of an open month; a stale version is CONFLICT', async () => {
      const created = (await app.gql(CREATE, { input: input() }, t['adviser.1'])).data.createWorkLogEntry;
      const edited = await app.gql(UPDATE, { id: created.id, input: input({ durationMin: 45 }), v: created.version }, t['adviser.1']);
      expect(edited.data.updateWorkLogEntry).toMatchObject({ durationMin: 45, version: 2 });
      const stale = await app.gql(UPDATE, { id: created.id, input: input({ durationMin: 50 }), v: created.version }, t['adviser.1']);
      expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'version', reason: 'STALE_VERSION' });
      expect((await app.orm.em.fork().findOneOrFail(WorkLogEntry, { id: created.id })).durationMin).toBe(45);
      // Another adviser cannot touch it: not found, like an id that does not exist.
      const other = await app.gql(
        UPDATE,
        { id: created.id, input: input({ villageId: villagesOf(adviser2)[0] }), v: edited.data.updateWorkLogEntry.version },
        t['adviser.2'],
      );
      expect(other.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect((await app.gql(DELETE, { id: created.id }, t['adviser.2'])).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect((await app.gql(DELETE, { id: created.id }, t['adviser.1'])).data.deleteWorkLogEntry).toBe(true);
      expect(await app.orm.em.fork().count(WorkLogEntry, { id: created.id })).toBe(0);
    });

    it('refuses to edit, delete or add to a submitted month with CONFLICT, and changes nothing', async () => {
      const frozen = demo.entries.find((e) => e.adviserId === adviser1 && e.month === demo.months.previous)!;
      const before = await app.orm.em.fork().findOneOrFail(WorkLogEntry, { id: frozen.id });
      const one = await app.gql(ONE, { id: frozen.id }, t['adviser.1']);
      expect(one.data.workLogEntry.frozen).toBe(true);
      const at = `${demo.months.previous}-15T10:00:00+08:00`;
      const edit = await app.gql(
        UPDATE,
        { id: frozen.id, input: input({ at, villageId: frozen.villageId, content: '改写' }), v: before.version },
        t['adviser.1'],
      );
      expect(edit.errors?.[0]?.extensions).toMatchObject({
        code: 'CONFLICT',
        field: 'month',
        reason: 'MONTH_SUBMITTED',
        month: demo.months.previous,
      });
      const del = await app.gql(DELETE, { id: frozen.id }, t['adviser.1']);
      expect(del.errors?.[0]?.extensions?.code).toBe('CONFLICT');
      const added = await app.gql(CREATE, { input: input({ at }) }, t['adviser.1']);
      expect(added.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'MONTH_SUBMITTED' });
      // Nor may an open entry be moved into the frozen month.
      const open = (await app.gql(CREATE, { input: input() }, t['adviser.1'])).data.createWorkLogEntry;
      const moved = await app.gql(UPDATE, { id: open.id, input: input({ at }), v: open.version }, t['adviser.1']);
      expect(moved.errors?.[0]?.extensions?.code).toBe('CONFLICT');
      const after = await app.orm.em.fork().findOneOrFail(WorkLogEntry, { id: frozen.id });
      expect([after.content, after.version]).toEqual([before.content, before.version]);
      expect(await app.orm.em.fork().count(WorkLogEntry, { adviser: adviser1, month: demo.months.previous })).toBe(
        demo.entries.filter((e) => e.adviserId === adviser1 && e.month === demo.months.previous).length,
      );
    });
  });

  describe('jurisdiction', () => {
    const items = async (username: string, filter: Record<string, unknown> = {}) =>
      (await app.gql(LIST, { o: { take: 100, filter } }, t[username])).data.workLogEntries;

    it('shows an adviser only their own entries', async () => {
      const own = await items('adviser.1', { month: demo.months.older });
      expect(own.totalItems).toBe(demo.entries.filter((e) => e.adviserId === adviser1 && e.month === demo.months.older).length);
      const theirs = await items('adviser.2', { adviserId: adviser1 });
      expect(theirs.totalItems).toBe(0);
      const seeded = demo.entries.find((e) => e.adviserId === adviser1)!;
      expect((await app.gql(ONE, { id: seeded.id }, t['adviser.2'])).data.workLogEntry).toBeNull();
    });

    it('shows an office its township only, in full', async () => {
      const office = await items('office.tianning', { month: demo.months.older });
      expect(office.totalItems).toBe(demo.entries.filter((e) => e.townshipId === tianning && e.month === demo.months.older).length);
      const olderIn = (township: string, inside: boolean) =>
        demo.entries.filter((e) => e.month === demo.months.older && (e.townshipId === township) === inside).map((e) => e.id);
      expectOnlyInScope(office.items, (e: any) => e.township.id === tianning && e.canReadPersonalData, olderIn(tianning, false));
      const seeded = demo.entries.find((e) => e.townshipId === tianning)!;
      expect(office.items.find((e: any) => e.id === seeded.id)).toMatchObject({
        personServed: seeded.personServed,
        phone: seeded.phone,
        matter: seeded.matter,
      });
      const elsewhere = demo.entries.find((e) => e.townshipId !== tianning)!;
      expect((await app.gql(ONE, { id: elsewhere.id }, t['office.tianning'])).data.workLogEntry).toBeNull();
      const xiying = await items('office.xiying', { month: demo.months.older });
      expect(xiying.totalItems).toBe(olderIn(townshipId('xiying'), true).length);
      expectOnlyInScope(xiying.items, (e: any) => townshipOf.get(e.village.id) === townshipId('xiying'), olderIn(tianning, true));
    });

    it('shows the bureau the county', async () => {
      const bureau = await items('bureau', { month: demo.months.older });
      expect(bureau.totalItems).toBe(demo.entries.filter((e) => e.month === demo.months.older).length);
    });

    it('gives an analyst masked names and phones and no free text', async () => {
      const seeded = demo.entries.find((e) => e.caseId)!;
      const analyst = await items('analyst', { ids: [seeded.id] });
      expect(analyst.items).toHaveLength(1);
      const row = analyst.items[0];
      expect(row).toMatchObject({ canReadPersonalData: false, matter: null, content: null, mediationCase: null, caseId: seeded.caseId });
      expect(row.personServed).not.toBe(seeded.personServed);
      expect(row.personServed).toMatch(/^.\*+.?$/);
      expect(row.phone).toBe(`${seeded.phone.slice(0, 3)}****${seeded.phone.slice(7)}`);
      expect(JSON.stringify(row)).not.toContain(seeded.personServed);
    });

    it('names the village of an entry its adviser no longer serves, but opens it only inside the viewer’s jurisdiction', async () => {
      // adviser.1 served a village then that is adviser.2's today.
      const village = villagesOf(adviser2)[0]!;
      const id = crypto.randomUUID();
      await app.orm.em.fork().insert(WorkLogEntry, {
        id,
        adviser: adviser1,
        village,
        township: tianning,
        county: COUNTY_ID,
        month: '2025-05',
        at: new Date('2025-05-06T10:00:00+08:00'),
        durationMin: 30,
        category: 'CONSULTATION' as never,
        mode: 'OFFLINE' as never,
        personServed: '测试',
        phone: '13900000000',
        matter: '咨询',
        content: '内容',
        case: null,
        createdBy: demoAccount('adviser.1').id,
        createdAt: new Date(),
        updatedAt: new Date(),
        version: 1,
      });
      const VILLAGE = `query($id: ID!) { workLogEntry(id: $id) { id village { id committee { members { name phone } } currentAdviser { id } } } }`;
      expect((await app.gql(VILLAGE, { id }, t['adviser.1'])).data.workLogEntry).toEqual({ id, village: null });
      for (const username of ['office.tianning', 'bureau']) {
        expect((await app.gql(VILLAGE, { id }, t[username])).data.workLogEntry.village).toMatchObject({
          id: village,
          currentAdviser: { id: adviser2 },
        });
      }
      const asAnalyst = await app.gql(`query($id: ID!) { workLogEntry(id: $id) { village { id } } }`, { id }, t.analyst);
      expect(asAnalyst.data.workLogEntry.village).toEqual({ id: village });
      const NAME = `query($id: ID!) { workLogEntry(id: $id) { villageId villageName } }`;
      const name = demoRegions().find((r) => r.id === village)!.name;
      for (const username of ['adviser.1', 'office.tianning']) {
        expect((await app.gql(NAME, { id }, t[username])).data.workLogEntry).toEqual({ villageId: village, villageName: name });
      }
    });

    it('refuses a party', async () => {
      expect((await app.gql(LIST, {}, t['party.1'])).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });

    it('links a case without leaking its confidential text to the office', async () => {
      const seeded = demo.entries.find((e) => e.caseId === case1.id)!;
      const office = (await app.gql(ONE, { id: seeded.id }, t['office.tianning'])).data.workLogEntry;
      expect(office.mediationCase).toMatchObject({ id: case1.id, summary: null, canReadConfidential: false });
      expect(office.mediationCase.caseNo).toMatch(/交调字第1号/);
      expect(JSON.stringify(office)).not.toContain(case1.summary.slice(8, 20));
      // The assigned adviser reads it through the case's own guard.
      const own = (await app.gql(ONE, { id: seeded.id }, t['adviser.1'])).data.workLogEntry;
      expect(own.mediationCase.canReadConfidential).toBe(true);
      // A new entry may link a case the adviser is assigned to.
      const linked = await app.gql(CREATE, { input: input({ villageId: case1.villageId, category: 'MEDIATION', caseId: case1.id }) }, t['adviser.1']);
      expect(linked.data.createWorkLogEntry.caseId).toBe(case1.id);
    });

    it('costs the same SQL statements for a page of 1, 10 and 100 entries, each with its own adviser, village, case, report and photo', async () => {
      // Rows that share an adviser or a case let the identity map hide a relation loaded one row at a time: give
      // every row relations of its own, across the county (and a hundred in 天宁镇 for its office).
      const month = '2025-01';
      const regions = new Map(demoRegions().map((r) => [r.id, r]));
      const pairings = demoPairings();
      const inTianning = pairings.filter((p) => regions.get(p.villageId)!.parentId === tianning);
      const rows = [...pairings, ...Array.from({ length: 110 }, (_, i) => inTianning[i % inTianning.length]!)];
      const cases = demoCases();
      const em = app.orm.em.fork();
      const entries = rows.map((p, i) => ({
        id: crypto.randomUUID(),
        adviser: p.adviserId,
        village: p.villageId,
        township: regions.get(p.villageId)!.parentId!,
        county: COUNTY_ID,
        at: new Date(`${month}-${String(1 + (i % 28)).padStart(2, '0')}T10:00:00+08:00`),
        month,
        category: 'CONSULTATION' as never,
        mode: 'OFFLINE' as never,
        personServed: `测试${i}`,
        phone: '13900000000',
        matter: '咨询',
        content: '内容',
        durationMin: 10,
        case: cases[i % cases.length]!.id,
        createdBy: demoAccount('adviser.1').id,
        createdAt: new Date(),
        updatedAt: new Date(),
        version: 1,
      }));
      await em.insertMany(WorkLogEntry, entries);
      const advisers = [...new Set(entries.map((e) => e.adviser))];
      await em.insertMany(
        MonthlyReport,
        advisers.map((adviser, i) => ({
          id: crypto.randomUUID(),
          adviser,
          month,
          township: entries.find((e) => e.adviser === adviser)!.township,
          status: (i % 2 ? 'SUBMITTED' : 'RETURNED') as never,
          deadline: '2025-02-05',
          submittedAt: new Date('2025-02-01T10:00:00+08:00'),
          late: false,
          submittedBy: demoAccount('adviser.1').id,
          createdAt: new Date(),
          version: 1,
        })),
      );
      await em.insertMany(
        Attachment,
        entries.map((e) => ({
          id: crypto.randomUUID(),
          ownerType: 'WorkLogEntry',
          ownerId: e.id,
          mime: 'image/png',
          size: 1,
          sha256: '0'.repeat(64),
          storageKey: `photos/${e.id}.png`,
          uploadedBy: demoAccount('adviser.1').id,
          createdAt: new Date(),
        })),
      );

      const page = (username: string, take: number) => app.gql(LIST, { o: { take, filter: { month } } }, t[username]);
      // The page of 100 really spans many advisers, villages, townships, cases, photos and months' states.
      const spread = (await page('bureau', 100)).data.workLogEntries.items;
      const distinct = (f: (e: any) => unknown) => new Set(spread.map(f)).size;
      expect(distinct((e) => e.adviser.id)).toBeGreaterThan(10);
      expect(distinct((e) => e.village.id)).toBeGreaterThan(10);
      expect(distinct((e) => e.mediationCase?.id)).toBeGreaterThan(10);
      expect(distinct((e) => e.township.id)).toBeGreaterThan(1);
      expect(distinct((e) => e.photos[0]?.id)).toBe(100);
      expect(distinct((e) => e.frozen)).toBe(2);

      for (const username of ['office.tianning', 'bureau', 'analyst']) {
        const counts: number[] = [];
        for (const take of [1, 10, 100]) {
          counts.push(
            (
              await countQueries(async () => {
                const res = await page(username, take);
                expect(res.data.workLogEntries.items).toHaveLength(take);
              })
            ).count,
          );
        }
        expect([username, counts]).toEqual([username, [counts[0], counts[0], counts[0]]]);
      }
    });
  });

  describe('monthly reports', () => {
    let reportId: string;
    let reportVersion: number;

    it('freezes the month on submission: later edits are CONFLICT', async () => {
      const month = currentMonth();
      const entry = (await app.gql(CREATE, { input: input() }, t['adviser.1'])).data.createWorkLogEntry;
      const res = await app.gql(SUBMIT, { m: month }, t['adviser.1']);
      expect(res.errors).toBeUndefined();
      const report = res.data.submitMonthlyReport;
      reportId = report.id;
      reportVersion = report.version;
      const [y, m] = month.split('-').map(Number) as [number, number];
      const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
      expect(report).toMatchObject({ month, status: 'SUBMITTED', deadline: `${next}-05`, late: false, frozen: true, township: { id: tianning } });
      expect(report.entryCount).toBeGreaterThan(0);
      const edit = await app.gql(UPDATE, { id: entry.id, input: input({ durationMin: 99 }), v: entry.version }, t['adviser.1']);
      expect(edit.errors?.[0]?.extensions?.code).toBe('CONFLICT');
      expect((await app.orm.em.fork().findOneOrFail(WorkLogEntry, { id: entry.id })).durationMin).toBe(30);
      // Submitting a submitted month again names the report instead of making another.
      const twice = await app.gql(SUBMIT, { m: month }, t['adviser.1']);
      expect(twice.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'REPORT_EXISTS', existingId: reportId });
      expect(await app.orm.em.fork().findOneOrFail(MonthlyReport, { id: reportId })).toMatchObject({ status: 'SUBMITTED', version: reportVersion });
      expect(await app.orm.em.fork().count(MonthlyReport, { adviser: adviser1, month })).toBe(1);
    });

    it('names the approved report when its month is submitted again, and leaves it approved', async () => {
      const approved = demo.reports.find((r) => r.adviserId === adviser1 && r.month === demo.months.older)!;
      expect(approved.status).toBe('APPROVED');
      const before = await app.orm.em.fork().findOneOrFail(MonthlyReport, { id: approved.id });
      const res = await app.gql(SUBMIT, { m: demo.months.older }, t['adviser.1']);
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'REPORT_EXISTS', existingId: approved.id });
      expect(await app.orm.em.fork().findOneOrFail(MonthlyReport, { id: approved.id })).toMatchObject({
        status: 'APPROVED',
        version: before.version,
      });
    });

    it('lets only the office of the report’s township review it', async () => {
      const other = await app.gql(APPROVE, { id: reportId, v: reportVersion }, t['office.xiying']);
      expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const otherReturn = await app.gql(RETURN, { id: reportId, c: '不行', v: reportVersion }, t['office.xiying']);
      expect(otherReturn.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      for (const username of ['adviser.1', 'bureau', 'analyst']) {
        expect((await app.gql(APPROVE, { id: reportId, v: reportVersion }, t[username])).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      }
      const status = (await app.orm.em.fork().findOneOrFail(MonthlyReport, { id: reportId })).status;
      expect(status).toBe('SUBMITTED');
    });

    it('is returned with comments, corrected and resubmitted, then approved', async () => {
      const empty = await app.gql(RETURN, { id: reportId, c: '  ', v: reportVersion }, t['office.tianning']);
      expect(empty.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'comment' });
      const returned = await app.gql(RETURN, { id: reportId, c: '请补充服务内容', v: reportVersion }, t['office.tianning']);
      expect(returned.data.returnMonthlyReport).toMatchObject({
        status: 'RETURNED',
        reviewComment: '请补充服务内容',
        timesReturned: 1,
        frozen: false,
        reviewedBy: { username: 'office.tianning' },
      });
      // Reopened: the adviser corrects an entry, then submits again.
      const entry = (await app.gql(LIST, { o: { take: 1, filter: { month: currentMonth() } } }, t['adviser.1'])).data.workLogEntries.items[0];
      const fixed = await app.gql(UPDATE, { id: entry.id, input: input({ content: '补充后的服务内容' }), v: entry.version }, t['adviser.1']);
      expect(fixed.errors).toBeUndefined();
      const approveReturned = await app.gql(APPROVE, { id: reportId, v: returned.data.returnMonthlyReport.version }, t['office.tianning']);
      expect(approveReturned.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'status' });
      const again = await app.gql(SUBMIT, { m: currentMonth() }, t['adviser.1']);
      expect(again.data.submitMonthlyReport).toMatchObject({ id: reportId, status: 'SUBMITTED', late: false });
      const stale = await app.gql(APPROVE, { id: reportId, v: returned.data.returnMonthlyReport.version }, t['office.tianning']);
      expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'version', reason: 'STALE_VERSION' });
      const approved = await app.gql(APPROVE, { id: reportId, v: again.data.submitMonthlyReport.version }, t['office.tianning']);
      // Approved in the end, the month still counts as returned once for the year-end assessment.
      expect(approved.data.approveMonthlyReport).toMatchObject({ status: 'APPROVED', frozen: true, timesReturned: 1 });
    });

    it('marks a submission after the deadline late, with the deadline day the bureau sets', async () => {
      const at = '2025-03-10T10:00:00+08:00';
      const village = villagesOf(adviser2)[0]!;
      expect((await app.gql(CREATE, { input: input({ at, villageId: village }) }, t['adviser.2'])).errors).toBeUndefined();
      const late = (await app.gql(SUBMIT, { m: '2025-03' }, t['adviser.2'])).data.submitMonthlyReport;
      expect(late).toMatchObject({ deadline: '2025-04-05', late: true });
      const set = await updateSettings(app, t.bureau, { monthlyReportDeadlineDay: 10 }, 'monthlyReportDeadlineDay keepPhotoLocation');
      expect(set.data.updateSettings).toEqual({ monthlyReportDeadlineDay: 10, keepPhotoLocation: false });
      await app.gql(CREATE, { input: input({ at: '2025-04-02T10:00:00+08:00', villageId: village }) }, t['adviser.2']);
      const april = (await app.gql(SUBMIT, { m: '2025-04' }, t['adviser.2'])).data.submitMonthlyReport;
      expect(april.deadline).toBe('2025-05-10');
      const bad = await updateSettings(app, t.bureau, { monthlyReportDeadlineDay: 31 }, 'monthlyReportDeadlineDay');
      expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect((await updateSettings(app, t.bureau, { monthlyReportDeadlineDay: 5 }, 'monthlyReportDeadlineDay')).errors).toBeUndefined();
    });

    it('shows a month as DRAFT with its deadline until it is submitted', async () => {
      const MONTH = `query($m: String!, $a: ID) { workLogMonth(month: $m, adviserId: $a) { month status deadline overdue entryCount totalMinutes adviser { id } report { id status } } }`;
      const draft = (await app.gql(MONTH, { m: demo.months.previous }, t['adviser.2'])).data.workLogMonth;
      const seeded = demo.entries.filter((e) => e.adviserId === adviser2 && e.month === demo.months.previous);
      expect(draft).toMatchObject({
        month: demo.months.previous,
        status: 'DRAFT',
        deadline: `${currentMonth()}-05`,
        report: null,
        adviser: { id: adviser2 },
        entryCount: seeded.length,
        totalMinutes: seeded.reduce((n, e) => n + e.durationMin, 0),
      });
      const submitted = (await app.gql(MONTH, { m: demo.months.previous, a: adviser1 }, t['office.tianning'])).data.workLogMonth;
      expect(submitted).toMatchObject({ status: 'SUBMITTED', overdue: false, report: { id: demo.reports[1]!.id } });
      expect((await app.gql(MONTH, { m: demo.months.previous, a: adviser1 }, t['adviser.2'])).data.workLogMonth).toBeNull();
      expect((await app.gql(MONTH, { m: demo.months.previous, a: adviser1 }, t['office.xiying'])).data.workLogMonth).toBeNull();
      const overdue = (await app.gql(MONTH, { m: '2024-07' }, t['adviser.2'])).data.workLogMonth;
      expect(overdue).toMatchObject({ status: 'DRAFT', overdue: true, entryCount: 0 });
      expect((await app.gql(MONTH, { m: demo.months.previous }, t['office.tianning'])).errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'adviserId',
      });
      expect((await app.gql(MONTH, { m: demo.months.previous }, t.analyst)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });

    it('serialises edits racing the submission: held mid-submission, each waits for it and is then CONFLICT', async () => {
      const month = '2025-06';
      const village = villagesOf(adviser2)[0]!;
      const at = (day: number) => `${month}-${String(day).padStart(2, '0')}T10:00:00+08:00`;
      const made: any[] = [];
      for (const day of [1, 2, 3])
        made.push((await app.gql(CREATE, { input: input({ at: at(day), villageId: village }) }, t['adviser.2'])).data.createWorkLogEntry);
      const monthNow = async () =>
        (await app.orm.em.fork().find(WorkLogEntry, { adviser: adviser2, month }, { orderBy: { id: 'asc' } })).map((e) => ({
          id: e.id,
          content: e.content,
          durationMin: e.durationMin,
          version: e.version,
        }));
      const atSubmission = await monthNow();
      expect(atSubmission).toHaveLength(3);

      // Hold the submission after it has counted the month and before it writes the report: its insert waits on a
      // lock this test holds. Edits sent meanwhile must wait for it (the month lock), not slip in before the freeze.
      const holder = new pg.Client({ connectionString: app.config.databaseUrl });
      await holder.connect();
      let released = false;
      try {
        await holder.query('begin');
        await holder.query('lock table monthly_report in share mode');
        const submit = app.gql(SUBMIT, { m: month }, t['adviser.2']);
        await until(async () => (await lockWaits('relation')) === 1);
        let finished = 0;
        const racing = [
          app.gql(CREATE, { input: input({ at: at(4), villageId: village }) }, t['adviser.2']),
          app.gql(UPDATE, { id: made[0].id, input: input({ at: at(1), villageId: village, durationMin: 99 }), v: made[0].version }, t['adviser.2']),
          app.gql(DELETE, { id: made[1].id }, t['adviser.2']),
        ].map((p) =>
          p.finally(() => {
            finished += 1;
          }),
        );
        // Each edit is either queued behind the submission's month lock or, were there none, already done.
        await until(async () => (await lockWaits('advisory')) + finished === racing.length);
        await holder.query('commit');
        released = true;
        const submitted = await submit;
        expect(submitted.errors).toBeUndefined();
        expect(submitted.data.submitMonthlyReport).toMatchObject({ status: 'SUBMITTED', entryCount: atSubmission.length });
        for (const res of await Promise.all(racing)) expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'month' });
        // The month holds exactly what was submitted.
        expect(await monthNow()).toEqual(atSubmission);
      } finally {
        if (!released) await holder.query('rollback').catch(() => undefined);
        await holder.end();
      }
    });

    it('counts in a month’s totals only the entries the viewer may see, in one statement for a page of reports', async () => {
      // An adviser serving 西营镇 and 水峪贯镇 worked in both in one month; 西营镇's office reviews the month.
      const month = '2025-02';
      const regions = new Map(demoRegions().map((r) => [r.id, r]));
      const townshipsOf = (adviserId: string) =>
        new Set(
          demoPairings()
            .filter((p) => p.adviserId === adviserId)
            .map((p) => regions.get(p.villageId)!.parentId),
        );
      const adviser = demoPairings().find(
        (p) => townshipsOf(p.adviserId).has(townshipId('xiying')) && townshipsOf(p.adviserId).has(townshipId('shuiyuguan')),
      )!.adviserId;
      const villageIn = (key: string) =>
        demoPairings().find((p) => p.adviserId === adviser && regions.get(p.villageId)!.parentId === townshipId(key))!.villageId;
      const em = app.orm.em.fork();
      const entry = (key: string, durationMin: number, day: number) => ({
        id: crypto.randomUUID(),
        adviser,
        village: villageIn(key),
        township: townshipId(key),
        county: COUNTY_ID,
        month,
        durationMin,
        at: new Date(`${month}-${String(day).padStart(2, '0')}T10:00:00+08:00`),
        category: 'CONSULTATION' as never,
        mode: 'OFFLINE' as never,
        personServed: '测试',
        phone: '13900000000',
        matter: '咨询',
        content: '内容',
        case: null,
        createdBy: demoAccount('bureau').id,
        createdAt: new Date(),
        updatedAt: new Date(),
        version: 1,
      });
      await em.insertMany(WorkLogEntry, [
        entry('xiying', 10, 3),
        entry('xiying', 20, 4),
        entry('xiying', 30, 5),
        entry('shuiyuguan', 40, 6),
        entry('shuiyuguan', 50, 7),
      ]);
      // Every other adviser of the county submitted the month too, with one entry, so that a page holds many reports.
      const others = [...new Set(demoPairings().map((p) => p.adviserId))].filter((a) => a !== adviser);
      await em.insertMany(
        WorkLogEntry,
        others.map((a, i) => {
          const p = demoPairings().find((q) => q.adviserId === a)!;
          return { ...entry('xiying', 15, 1 + (i % 28)), adviser: a, village: p.villageId, township: regions.get(p.villageId)!.parentId! };
        }),
      );
      const report = (a: string, township: string) => ({
        id: crypto.randomUUID(),
        adviser: a,
        month,
        township,
        status: 'SUBMITTED' as never,
        deadline: '2025-03-05',
        submittedAt: new Date('2025-03-01T10:00:00+08:00'),
        late: false,
        submittedBy: demoAccount('bureau').id,
        createdAt: new Date(),
        version: 1,
      });
      const reports = [
        report(adviser, townshipId('xiying')),
        ...others.map((a) => report(a, regions.get(demoPairings().find((q) => q.adviserId === a)!.villageId)!.parentId!)),
      ];
      await em.insertMany(MonthlyReport, reports);
      await addOfficeAccount(app, 'office.shuiyuguan', 'shuiyuguan');

      const TOTALS = `query($a: ID!, $m: String!) {
        monthlyReports(options: { filter: { adviserId: $a, month: $m } }) { items { entryCount totalMinutes } }
        workLogMonth(month: $m, adviserId: $a) { entryCount totalMinutes }
        workLogEntries(options: { take: 100, filter: { adviserId: $a, month: $m } }) { totalItems items { durationMin } } }`;
      const seen = async (username: string) => {
        const res = await app.gql(TOTALS, { a: adviser, m: month }, await app.login(username));
        expect(res.errors).toBeUndefined();
        const listed = res.data.workLogEntries;
        return {
          report: res.data.monthlyReports.items[0] ?? null,
          month: res.data.workLogMonth,
          listed: { entryCount: listed.totalItems, totalMinutes: listed.items.reduce((n: number, e: any) => n + e.durationMin, 0) },
        };
      };
      // The reviewing office: its township's three entries, as its entries list and printed log show them.
      expect(await seen('office.xiying')).toEqual({
        report: { entryCount: 3, totalMinutes: 60 },
        month: { entryCount: 3, totalMinutes: 60 },
        listed: { entryCount: 3, totalMinutes: 60 },
      });
      // The other township's office sees no report, and its own two entries in the month.
      expect(await seen('office.shuiyuguan')).toEqual({
        report: null,
        month: { entryCount: 2, totalMinutes: 90 },
        listed: { entryCount: 2, totalMinutes: 90 },
      });
      expect(await seen('bureau')).toEqual({
        report: { entryCount: 5, totalMinutes: 150 },
        month: { entryCount: 5, totalMinutes: 150 },
        listed: { entryCount: 5, totalMinutes: 150 },
      });

      // A page of many reports costs what a page of one does.
      const PAGE = `query($take: Int) { monthlyReports(options: { take: $take, filter: { month: "${month}" } }) { items { id entryCount totalMinutes } } }`;
      expect(reports.filter((r) => r.township === townshipId('xiying')).length).toBeGreaterThan(1);
      for (const username of ['office.xiying', 'bureau']) {
        const token = await app.login(username);
        const one = await countQueries(() => app.gql(PAGE, { take: 1 }, token));
        const many = await countQueries(async () => {
          const items = (await app.gql(PAGE, { take: 100 }, token)).data.monthlyReports.items;
          expect(items).toHaveLength(username === 'bureau' ? reports.length : reports.filter((r) => r.township === townshipId('xiying')).length);
        });
        expect([username, many.count]).toEqual([username, one.count]);
      }
    });

    it('refuses a month without entries, a future month and a bad month', async () => {
      for (const m of ['2024-01', '2099-01', '2025-13']) {
        const res = await app.gql(SUBMIT, { m }, t['adviser.2']);
        expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'month' });
      }
    });

    it('lists reports by jurisdiction; analysts get none', async () => {
      // A submitted month of an adviser in 西营镇, which 天宁镇's office must not see.
      const xiyingEntry = demo.entries.find((e) => e.townshipId === townshipId('xiying') && e.month === demo.months.older)!;
      const xiyingReport = crypto.randomUUID();
      await app.orm.em.fork().insert(MonthlyReport, {
        id: xiyingReport,
        adviser: xiyingEntry.adviserId,
        month: demo.months.older,
        township: townshipId('xiying'),
        status: 'SUBMITTED' as never,
        deadline: `${demo.months.previous}-05`,
        submittedAt: new Date(),
        late: false,
        submittedBy: demoAccount('bureau').id,
        createdAt: new Date(),
        version: 1,
      });
      const tianningReports = demo.reports.map((r) => r.id);
      const own = (await app.gql(REPORTS, { o: { take: 100 } }, t['adviser.2'])).data.monthlyReports;
      expectOnlyInScope(
        own.items,
        (r: any) => r.adviser.id === adviser2,
        demo.reports.filter((r) => r.adviserId !== adviser2).map((r) => r.id),
      );
      const office = (await app.gql(REPORTS, { o: { take: 100, filter: { status: ['SUBMITTED'] } } }, t['office.tianning'])).data.monthlyReports;
      expect(office.items.map((r: any) => r.id)).toContain(demo.reports.find((r) => r.status === 'SUBMITTED')!.id);
      expectOnlyInScope(office.items, (r: any) => r.township.id === tianning, [xiyingReport]);
      const xiying = (await app.gql(REPORTS, { o: { take: 100 } }, t['office.xiying'])).data.monthlyReports;
      expect(xiying.items.map((r: any) => r.id)).toContain(xiyingReport);
      expectOnlyInScope(xiying.items, (r: any) => r.township.id === townshipId('xiying'), tianningReports);
      expect((await app.gql(REPORTS, {}, t.analyst)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });

    it('prints the month for signature as a PDF with Chinese text, for those in scope', async () => {
      const seeded = demo.reports.find((r) => r.status === 'APPROVED' && r.adviserId === adviser1)!;
      const res = await rest(app, 'GET', `/api/monthly-reports/${seeded.id}/log.pdf`, { token: t['office.tianning'] });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/pdf');
      expect(Number(res.headers.get('content-length'))).toBe(res.bytes.length);
      const text = (await pdfText(res.bytes)).replace(/\s+/g, '');
      expect(text).toContain('村（社区）法律顾问工作日志');
      expect(text).toContain('李明华');
      expect(text).toContain('法律顾问（签字）');
      const entry = demo.entries.find((e) => e.adviserId === adviser1 && e.month === seeded.month)!;
      expect(text).toContain(entry.personServed);
      expect(text).not.toContain(case1.summary.slice(8, 20).replace(/\s+/g, ''));
      expect((await rest(app, 'GET', `/api/monthly-reports/${seeded.id}/log.pdf`, { token: t['adviser.2'] })).status).toBe(404);
      expect((await rest(app, 'GET', `/api/monthly-reports/${seeded.id}/log.pdf`, { token: t['office.xiying'] })).status).toBe(404);
      expect((await rest(app, 'GET', `/api/monthly-reports/${seeded.id}/log.pdf`, { token: t.analyst })).status).toBe(403);
    });
  });

  describe('exports', () => {
    async function sheet(bytes: Buffer) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(bytes as never);
      return wb.worksheets[0]!;
    }

    it('exports a month of the office’s work log with Chinese headers and a Content-Length', async () => {
      const month = demo.months.older;
      const res = await rest(app, 'GET', `/api/exports/work-log.xlsx?month=${month}`, { token: t['office.tianning'] });
      expect(res.status).toBe(200);
      expect(Number(res.headers.get('content-length'))).toBe(res.bytes.length);
      expect(res.headers.get('content-disposition')).toContain('work-log-');
      const ws = await sheet(res.bytes);
      expect(ws.getRow(3).values).toEqual(expect.arrayContaining(['服务对象', '联系电话', '服务事项', '服务内容', '关联案件']));
      const expected = demo.entries.filter((e) => e.townshipId === tianning && e.month === month);
      expect(ws.rowCount - 3).toBe(expected.length);
      const names = new Set<string>();
      ws.eachRow((row, n) => void (n > 3 && names.add(String(row.getCell(7).value))));
      expect([...names].sort()).toEqual([...new Set(expected.map((e) => e.personServed))].sort());
      expect(JSON.stringify(ws.getSheetValues())).not.toContain(case1.summary.slice(8, 20));
    });

    it('exports an adviser only their own entries, and names a bad month', async () => {
      const month = demo.months.older;
      const own = await sheet(
        (await rest(app, 'GET', `/api/exports/work-log.xlsx?month=${month}&adviserId=${adviser1}`, { token: t['adviser.2'] })).bytes,
      );
      expect(own.rowCount).toBe(3);
      const mine = await sheet((await rest(app, 'GET', `/api/exports/work-log.xlsx?month=${month}`, { token: t['adviser.2'] })).bytes);
      expect(mine.rowCount - 3).toBe(demo.entries.filter((e) => e.adviserId === adviser2 && e.month === month).length);
      const bad = await rest(app, 'GET', '/api/exports/work-log.xlsx?month=2025-1', { token: t.bureau });
      expect(bad.status).toBe(400);
      expect(bad.json.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'month' });
      expect((await rest(app, 'GET', `/api/exports/work-log.xlsx?month=${month}`, { token: t.analyst })).status).toBe(403);
      expect((await rest(app, 'GET', `/api/exports/work-log.xlsx?month=${month}`)).status).toBe(401);
    });

    it('exports the monthly checks', async () => {
      const res = await rest(app, 'GET', `/api/exports/monthly-checks.xlsx?month=${demo.months.older}`, { token: t.bureau });
      expect(res.status).toBe(200);
      expect(Number(res.headers.get('content-length'))).toBe(res.bytes.length);
      const ws = await sheet(res.bytes);
      expect(ws.getRow(2).values).toEqual(expect.arrayContaining(['法律顾问', '日志完整', '评定等次', '工作亮点']));
      expect(ws.rowCount - 2).toBe(demo.checks.filter((c) => c.month === demo.months.older).length);
      expect(JSON.stringify(ws.getSheetValues())).toContain('【先进典型】');
    });
  });
});
