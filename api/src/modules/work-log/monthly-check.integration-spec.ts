import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { demoAccount, demoPairings, demoRegions, demoWorkLogs, townshipId } from '@fengqiao/seeds';
import { countQueries, type TestApp } from '../../../test/app.js';
import { TINY_JPEG, makePng, rest, startAppWithUploads, upload } from '../../../test/rest.js';
import { photoWithLocation, readPhoto } from '../../../test/images.js';
import { addOfficeAccount } from '../../../test/work-log-fixtures.js';
import { updateSettings } from '../../../test/settings.js';
import { expectOnlyInScope } from '../../../test/scope.js';
import { eventually, holdingTable } from '../../../test/locks.js';
import { Attachment } from '../attachment/attachment.entity.js';
import { storageFor } from '../../common/storage/storage.js';
import { Highlight, MonthlyCheck } from './monthly-check.entity.js';
import { currentMonth } from './month.js';

const CHECK_FIELDS = `id month logComplete trainingOnTrack noticeBoardPosted casesFollowedUp rating notes version checkedAt
  adviser { id } township { id } checkedBy { username } highlights { id title text modelCase markedAt photos { id url } }`;
const CREATE = `mutation($input: MonthlyCheckInput!) { createMonthlyCheck(input: $input) { ${CHECK_FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateMonthlyCheckInput!) { updateMonthlyCheck(id: $id, input: $input) { ${CHECK_FIELDS} } }`;
const ONE = `query($id: ID!) { monthlyCheck(id: $id) { ${CHECK_FIELDS} } }`;
const CHECKS = `query($o: MonthlyCheckListOptions) { monthlyChecks(options: $o) { totalItems items { ${CHECK_FIELDS} } } }`;
const MARK = `mutation($id: ID!, $m: Boolean) { markModelCase(highlightId: $id, modelCase: $m) { id modelCase markedAt } }`;

const adviser1 = demoAccount('adviser.1').adviserId!;
const adviser2 = demoAccount('adviser.2').adviserId!;
const tianning = townshipId('tianning');
const demo = demoWorkLogs();
const townshipOf = new Map(demoRegions().map((r) => [r.id, r.parentId]));
const outsider = demoPairings().find(
  (p) => !demoPairings().some((q) => q.adviserId === p.adviserId && townshipOf.get(q.villageId) === tianning),
)!.adviserId;

function check(patch: Record<string, unknown> = {}) {
  return {
    adviserId: adviser1,
    month: currentMonth(),
    logComplete: true,
    trainingOnTrack: true,
    noticeBoardPosted: false,
    casesFollowedUp: true,
    rating: 'GOOD',
    notes: '公示牌需重新张贴',
    highlights: [],
    ...patch,
  };
}

/** The same check as a change to an existing one: no adviser or month, the version read instead. */
function change(version: number, patch: Record<string, unknown> = {}) {
  const { adviserId: _adviser, month: _month, ...fields } = check(patch);
  return { ...fields, version };
}

describe('monthly checks and evidence photos', () => {
  let app: TestApp & { uploadsDir: string };
  let t: Record<string, string>;

  beforeAll(async () => {
    app = await startAppWithUploads();
    await addOfficeAccount(app, 'office.xiying', 'xiying');
    t = {};
    for (const u of ['adviser.1', 'adviser.2', 'office.tianning', 'office.xiying', 'bureau', 'analyst', 'party.1']) t[u] = await app.login(u);
  });
  afterAll(() => app.close());

  describe('createMonthlyCheck and updateMonthlyCheck', () => {
    let checkId: string;
    let highlightId: string;
    let version: number;

    it('records the office’s check with its checklist, rating and a highlight with a photo', async () => {
      const photo = await upload(
        app,
        t['office.tianning'],
        makePng(4, 4, () => [200, 10, 10]),
        'image/png',
      );
      expect(photo.status).toBe(201);
      const res = await app.gql(
        CREATE,
        { input: check({ highlights: [{ title: '就地化解邻里纠纷', text: '当月化解3起', photoIds: [photo.json.id] }] }) },
        t['office.tianning'],
      );
      expect(res.errors).toBeUndefined();
      const saved = res.data.createMonthlyCheck;
      expect(saved).toMatchObject({
        month: currentMonth(),
        noticeBoardPosted: false,
        rating: 'GOOD',
        adviser: { id: adviser1 },
        township: { id: tianning },
        checkedBy: { username: 'office.tianning' },
        highlights: [{ title: '就地化解邻里纠纷', modelCase: false, photos: [{ id: photo.json.id }] }],
      });
      expect((await rest(app, 'GET', saved.highlights[0].photos[0].url)).status).toBe(200);
      checkId = saved.id;
      highlightId = saved.highlights[0].id;
      version = saved.version;
    });

    it('changes the check with the version it read: a highlight with its id is kept, a new one added, one left out removed', async () => {
      const first = await app.gql(
        UPDATE,
        {
          id: checkId,
          input: change(version, {
            rating: 'EXCELLENT',
            highlights: [
              { id: highlightId, title: '就地化解邻里纠纷（更新）', text: '当月化解4起', photoIds: [] },
              { title: '线上咨询', text: '微信群答疑20人次', photoIds: [] },
            ],
          }),
        },
        t['office.tianning'],
      );
      expect(first.errors).toBeUndefined();
      expect(first.data.updateMonthlyCheck).toMatchObject({ id: checkId, rating: 'EXCELLENT', version: version + 1 });
      expect(first.data.updateMonthlyCheck.highlights.map((h: any) => h.title)).toEqual(['就地化解邻里纠纷（更新）', '线上咨询']);
      expect(first.data.updateMonthlyCheck.highlights[0]).toMatchObject({ id: highlightId, photos: [] });
      const second = await app.gql(
        UPDATE,
        { id: checkId, input: change(version + 1, { highlights: [{ id: highlightId, title: '只留一条', text: '文字', photoIds: [] }] }) },
        t['office.tianning'],
      );
      expect(second.errors).toBeUndefined();
      expect(second.data.updateMonthlyCheck.highlights.map((h: any) => h.id)).toEqual([highlightId]);
      version = second.data.updateMonthlyCheck.version;
      expect(await app.orm.em.fork().count(MonthlyCheck, { adviser: adviser1, month: currentMonth() })).toBe(1);
    });

    it('refuses a change to another township’s check or to no check, and writes nothing', async () => {
      const before = await app.orm.em.fork().findOneOrFail(MonthlyCheck, { id: checkId });
      const other = await app.gql(UPDATE, { id: checkId, input: change(version, { rating: 'POOR' }) }, t['office.xiying']);
      expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const missing = await app.gql(UPDATE, { id: '00000000-0000-4000-8000-000000000000', input: change(version) }, t['office.tianning']);
      expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect(await app.orm.em.fork().findOneOrFail(MonthlyCheck, { id: checkId })).toMatchObject({ rating: before.rating, version: before.version });
    });

    it('refuses an adviser who did not serve the office’s township, a future month, and a highlight of another check', async () => {
      const before = await app.orm.em.fork().count(MonthlyCheck, {});
      const far = await app.gql(CREATE, { input: check({ adviserId: outsider }) }, t['office.tianning']);
      expect(far.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'adviserId' });
      const future = await app.gql(CREATE, { input: check({ month: '2099-01' }) }, t['office.tianning']);
      expect(future.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'month' });
      const seededHighlight = demo.checks[1]!.highlights[0]!.id;
      const foreign = await app.gql(
        CREATE,
        { input: check({ adviserId: adviser2, highlights: [{ id: seededHighlight, title: 'x', text: 'y', photoIds: [] }] }) },
        t['office.tianning'],
      );
      expect(foreign.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(await app.orm.em.fork().count(MonthlyCheck, {})).toBe(before);
    });

    it.each(['adviser.1', 'bureau', 'analyst', 'party.1'])('refuses createMonthlyCheck and updateMonthlyCheck to %s', async (username) => {
      const res = await app.gql(CREATE, { input: check() }, t[username]);
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const changed = await app.gql(UPDATE, { id: checkId, input: change(version, { rating: 'POOR' }) }, t[username]);
      expect(changed.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect((await app.orm.em.fork().findOneOrFail(MonthlyCheck, { id: checkId })).version).toBe(version);
    });

    it('lets the bureau mark a highlight a model case, and nobody else', async () => {
      for (const username of ['office.tianning', 'adviser.1', 'analyst']) {
        expect((await app.gql(MARK, { id: highlightId }, t[username])).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      }
      const marked = await app.gql(MARK, { id: highlightId }, t.bureau);
      expect(marked.data.markModelCase).toMatchObject({ id: highlightId, modelCase: true, markedAt: expect.any(String) });
      const unmarked = await app.gql(MARK, { id: highlightId, m: false }, t.bureau);
      expect(unmarked.data.markModelCase).toMatchObject({ modelCase: false, markedAt: null });
      const missing = await app.gql(MARK, { id: '00000000-0000-4000-8000-000000000000' }, t.bureau);
      expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect((await app.orm.em.fork().findOneOrFail(Highlight, { id: highlightId })).modelCase).toBe(false);
    });
  });

  describe('monthlyChecks', () => {
    it('shows an office its township, an adviser their own, the bureau the model cases; analysts none', async () => {
      // A check by 西营镇's office: 天宁镇's must not see it, and 西营镇's sees only its own.
      const xiyingAdviser = demo.entries.find((e) => e.townshipId === townshipId('xiying'))!.adviserId;
      const xiyingCheck = await app.gql(CREATE, { input: check({ adviserId: xiyingAdviser, month: demo.months.older }) }, t['office.xiying']);
      expect(xiyingCheck.errors).toBeUndefined();
      const office = (await app.gql(CHECKS, { o: { take: 100 } }, t['office.tianning'])).data.monthlyChecks;
      expect(office.totalItems).toBeGreaterThanOrEqual(demo.checks.length);
      expectOnlyInScope(office.items, (c: any) => c.township.id === tianning, [xiyingCheck.data.createMonthlyCheck.id]);
      const xiying = (await app.gql(CHECKS, { o: { take: 100 } }, t['office.xiying'])).data.monthlyChecks;
      expect(xiying.totalItems).toBe(1);
      expectOnlyInScope(
        xiying.items,
        (c: any) => c.township.id === townshipId('xiying'),
        demo.checks.map((c) => c.id),
      );
      const own = (await app.gql(CHECKS, { o: { take: 100 } }, t['adviser.2'])).data.monthlyChecks;
      expect(own.items.map((c: any) => c.adviser.id)).toEqual(own.items.map(() => adviser2));
      expect(own.totalItems).toBe(demo.checks.filter((c) => c.adviserId === adviser2).length);
      const models = (await app.gql(CHECKS, { o: { filter: { modelCase: true } } }, t.bureau)).data.monthlyChecks;
      expect(models.items.map((c: any) => c.id)).toEqual([demo.checks[0]!.id]);
      expect(models.items[0].highlights[0]).toMatchObject({ modelCase: true });
      expect((await app.gql(CHECKS, {}, t.analyst)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect((await app.gql(CHECKS, {}, t['party.1'])).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });

    it('costs the same SQL statements whatever the page size', async () => {
      const one = await countQueries(() => app.gql(CHECKS, { o: { take: 1 } }, t.bureau));
      const all = await countQueries(() => app.gql(CHECKS, { o: { take: 100 } }, t.bureau));
      expect(all.count).toBe(one.count);
    });
  });

  describe('evidence uploads', () => {
    const stored = async (id: string) => {
      const row = await app.orm.em.fork().findOneOrFail(Attachment, { id });
      return { row, bytes: (await storageFor(app.config).get(row.storageKey))! };
    };

    it('lets advisers and offices upload JPEG and PNG photos, but not workbooks; analysts and parties nothing', async () => {
      for (const username of ['adviser.1', 'office.tianning']) {
        expect((await upload(app, t[username], TINY_JPEG, 'image/jpeg')).status).toBe(201);
        const sheet = await upload(app, t[username], TINY_JPEG, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
        expect(sheet.status).toBe(403);
      }
      for (const username of ['analyst', 'party.1']) {
        expect((await upload(app, t[username], TINY_JPEG, 'image/jpeg')).status).toBe(403);
      }
    });

    it('refuses an upload that claims to be a JPEG but is not, and stores nothing', async () => {
      const before = await app.orm.em.fork().count(Attachment, {});
      const fake = await upload(app, t['adviser.1'], Buffer.from('<html>not a photo at all, just some markup</html>'), 'image/jpeg');
      expect(fake.status).toBe(400);
      expect(fake.json.errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'file' });
      const png = await upload(
        app,
        t['adviser.1'],
        makePng(2, 2, () => [0, 0, 0]),
        'image/jpeg',
      );
      expect(png.status).toBe(400);
      // JPEG magic bytes with a broken structure behind them.
      const broken = await upload(
        app,
        t['adviser.1'],
        Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe1, 0xff, 0xff]), Buffer.alloc(64, 1)]),
        'image/jpeg',
      );
      expect(broken.status).toBe(400);
      expect(await app.orm.em.fork().count(Attachment, {})).toBe(before);
    });

    it('strips the location from an adviser’s photo, and the rest of its metadata with it', async () => {
      const original = await photoWithLocation('jpeg');
      expect(await readPhoto(original)).toMatchObject({ latitude: [37, 33, 98.765], camera: 'FQCAM', xmpLocation: true });
      const res = await upload(app, t['adviser.1'], original, 'image/jpeg');
      expect(res.status).toBe(201);
      const { row, bytes } = await stored(res.json.id);
      expect(await readPhoto(bytes)).toMatchObject({ format: 'jpeg', latitude: undefined, camera: undefined, xmpLocation: false, decodes: true });
      expect(row.size).toBe(bytes.length);
      expect(res.json.size).toBe(bytes.length);
    });

    it('keeps the location when the bureau’s setting says so', async () => {
      const set = await updateSettings(app, t.bureau, { keepPhotoLocation: true }, 'keepPhotoLocation');
      expect(set.data.updateSettings.keepPhotoLocation).toBe(true);
      const res = await upload(app, t['adviser.1'], await photoWithLocation('jpeg'), 'image/jpeg');
      expect(await readPhoto((await stored(res.json.id)).bytes)).toMatchObject({ latitude: [37, 33, 98.765], camera: 'FQCAM', xmpLocation: true });
      expect((await updateSettings(app, t.bureau, { keepPhotoLocation: false }, 'keepPhotoLocation')).errors).toBeUndefined();
      expect((await app.gql('{ settings { keepPhotoLocation monthlyReportDeadlineDay } }', {}, t['office.tianning'])).data.settings).toEqual({
        keepPhotoLocation: false,
        monthlyReportDeadlineDay: 5,
      });
    });

    it('strips EXIF and XMP from an office’s PNG', async () => {
      const res = await upload(app, t['office.tianning'], await photoWithLocation('png'), 'image/png');
      expect(res.status).toBe(201);
      expect(await readPhoto((await stored(res.json.id)).bytes)).toMatchObject({
        format: 'png',
        latitude: undefined,
        xmpLocation: false,
        decodes: true,
      });
    });

    it('serves an entry’s photo link only to viewers who can reach the entry', async () => {
      const photo = (await upload(app, t['adviser.1'], TINY_JPEG, 'image/jpeg')).json.id;
      const villageId = demoPairings().find((p) => p.adviserId === adviser1)!.villageId;
      const created = await app.gql(
        `mutation($input: WorkLogEntryInput!) { createWorkLogEntry(input: $input) { id photos { url } } }`,
        {
          input: {
            villageId,
            at: new Date(Date.now() - 60_000).toISOString(),
            category: 'LECTURE',
            mode: 'OFFLINE',
            personServed: '村民代表',
            matter: '法治讲座',
            content: '民法典婚姻家庭编',
            durationMin: 90,
            venue: '文化广场',
            attendeeCount: 60,
            photoIds: [photo],
          },
        },
        t['adviser.1'],
      );
      expect(created.errors).toBeUndefined();
      const id = created.data.createWorkLogEntry.id;
      const q = `query($id: ID!) { workLogEntry(id: $id) { photos { url } } }`;
      expect((await app.gql(q, { id }, t['office.tianning'])).data.workLogEntry.photos).toHaveLength(1);
      expect((await app.gql(q, { id }, t.bureau)).data.workLogEntry.photos).toHaveLength(1);
      expect((await app.gql(q, { id }, t['adviser.2'])).data.workLogEntry).toBeNull();
      expect((await app.gql(q, { id }, t['office.xiying'])).data.workLogEntry).toBeNull();
      // Without the signed link the file is not served.
      expect((await rest(app, 'GET', `/files/${photo}`)).status).toBe(403);
    });
  });

  describe('no silent overwrite', () => {
    // The issue as a new user met it: 新建 for an adviser and a month that has its check already used to say 已保存 and
    // replace that check with the form's defaults, losing its 优秀 rating, its comment and the bureau's 先进典型 mark.
    it('refuses a second check of a checked month with CHECK_EXISTS naming the check, and leaves that check as it was', async () => {
      const month = demo.months.previous;
      const created = await app.gql(
        CREATE,
        {
          input: check({
            adviserId: adviser2,
            month,
            rating: 'EXCELLENT',
            notes: '卷宗规范，群众评价高',
            highlights: [{ title: '化解土地承包纠纷', text: '当月就地化解2起', photoIds: [] }],
          }),
        },
        t['office.tianning'],
      );
      expect(created.errors).toBeUndefined();
      const first = created.data.createMonthlyCheck;
      expect((await app.gql(MARK, { id: first.highlights[0].id }, t.bureau)).data.markModelCase.modelCase).toBe(true);
      const read = async () => (await app.gql(ONE, { id: first.id }, t['office.tianning'])).data.monthlyCheck;
      const stored = await read();
      expect(stored).toMatchObject({
        rating: 'EXCELLENT',
        notes: '卷宗规范，群众评价高',
        highlights: [{ title: '化解土地承包纠纷', modelCase: true, markedAt: expect.any(String) }],
      });

      // What 新建 sends: the form's defaults, for the same adviser and month.
      const again = await app.gql(CREATE, { input: check({ adviserId: adviser2, month }) }, t['office.tianning']);
      expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'CHECK_EXISTS', existingId: first.id });
      expect(await read()).toEqual(stored);
      expect(await app.orm.em.fork().count(MonthlyCheck, { adviser: adviser2, month })).toBe(1);
    });

    it('lets one of two racing creates win and names its check to the other', async () => {
      const month = demo.months.previous;
      // Holding back every insert into the checks until both requests wait makes them simultaneous: both have looked
      // for the month's check and found none.
      const answers = await holdingTable(app, 'monthly_check', 'exclusive', async (waiting) => {
        const sent = ['甲', '乙'].map((n) => app.gql(CREATE, { input: check({ month, notes: `同时新建${n}` }) }, t['office.tianning']));
        await eventually(async () => (await waiting()) >= 2);
        return sent;
      }).then((sent) => Promise.all(sent));
      const won = answers.filter((a) => !a.errors);
      const lost = answers.filter((a) => a.errors);
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(1);
      const winner = won[0]!.data.createMonthlyCheck;
      expect(lost[0]!.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'CHECK_EXISTS', existingId: winner.id });
      const rows = await app.orm.em.fork().find(MonthlyCheck, { adviser: adviser1, month });
      expect(rows.map((r) => [r.id, r.notes])).toEqual([[winner.id, winner.notes]]);
    });
  });
});
