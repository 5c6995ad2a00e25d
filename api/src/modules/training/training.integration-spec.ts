import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { COUNTY_ID, demoAccount, demoAnnualTraining, demoPairings, demoRegions, demoRoster, demoVillageTrainings, townshipId } from '@fengqiao/seeds';
import ExcelJS from 'exceljs';
import { countQueries, startTestApp, type TestApp } from '../../../test/app.js';
import { expectOnlyInScope } from '../../../test/scope.js';
import { makePng, rest, startAppWithUploads, upload } from '../../../test/rest.js';
import { Attachment } from '../attachment/attachment.entity.js';
import { Training, TrainingAttendance } from './training.entity.js';
import { storageFor } from '../../common/storage/storage.js';
import { seedDemoTrainingPhotos } from './training.seed.js';
import { yearQuarterOf } from './training.service.js';

const RECORD = `mutation($input: RecordVillageTrainingInput!) { recordVillageTraining(input: $input) {
  id kind year quarter attendeeTotal village { id } adviser { id } photos { id url mime } } }`;
const ANNUAL = `mutation($input: RecordAnnualTrainingInput!) { recordAnnualTraining(input: $input) { id kind topics attendingAdvisers { id } } }`;
const GRID = `query($year: Int!, $regionId: ID) { trainingCompliance(year: $year, regionId: $regionId) {
  year regionId quartersEnded villageCount required done missing ratio quarterTotals { quarter done missing }
  rows { townshipId doneCount missingCount village { id name currentAdviser { id name } } quarters { quarter status trainingCount } } } }`;
const LIST = `query($o: TrainingListOptions) { trainings(options: $o) { totalItems items { id kind village { id } adviser { id } photos { id } attendingAdvisers { id } } } }`;

const adviser1 = demoAccount('adviser.1');
const adviser2 = demoAccount('adviser.2');
const tianning = townshipId('tianning');
const villagesOf = (adviserId: string) =>
  demoPairings()
    .filter((p) => p.adviserId === adviserId)
    .map((p) => p.villageId);
const ownVillage = villagesOf(adviser1.adviserId!)[0]!;
const othersVillage = villagesOf(adviser2.adviserId!)[0]!;
const now = yearQuarterOf(new Date());

describe('TrainingService', () => {
  let app: TestApp;
  let bureau: string;
  let office: string;
  let adv1: string;
  beforeAll(async () => {
    app = await startTestApp();
    [bureau, office, adv1] = await Promise.all([app.login('bureau'), app.login('office.tianning'), app.login('adviser.1')]);
  });
  afterAll(() => app.close());

  const trainingCount = () => app.orm.em.fork().count(Training, {});
  /** An image the user uploaded, as the upload route would have recorded it (the bytes are not needed here). */
  async function photo(username: string): Promise<string> {
    const em = app.orm.em.fork();
    const a = em.create(Attachment, {
      id: crypto.randomUUID(),
      mime: 'image/png',
      size: 100,
      sha256: 'a'.repeat(64),
      storageKey: `images/2026-11/${crypto.randomUUID()}`,
      uploadedBy: demoAccount(username).id,
    });
    await em.flush();
    return a.id;
  }
  /** A village training written directly, for villages and advisers the demo gives none (another township, an ended pairing). */
  async function villageTraining(villageId: string, adviserId: string, at = '2026-05-20T10:00:00+08:00'): Promise<string> {
    const village = demoRegions().find((r) => r.id === villageId)!;
    const id = crypto.randomUUID();
    const { year, quarter } = yearQuarterOf(new Date(at));
    await app.orm.em.fork().insert(Training, {
      id,
      kind: 'VILLAGE_QUARTERLY' as never,
      county: COUNTY_ID,
      township: village.parentId!,
      village: villageId,
      adviser: adviserId,
      title: '法治讲座',
      topics: [],
      at: new Date(at),
      year,
      quarter,
      venue: '村委会会议室',
      mode: 'OFFLINE' as never,
      cadres: 3,
      createdBy: demoAccount('bureau').id,
      createdAt: new Date(),
    });
    return id;
  }
  const input = (patch: Record<string, unknown>) => ({
    villageId: ownVillage,
    title: '民法典与家事纠纷调解',
    at: new Date(Date.now() - 3600_000).toISOString(),
    venue: '村委会会议室',
    cadres: 4,
    gridWorkers: 3,
    mediators: 2,
    legalUnderstanding: 5,
    photoIds: [],
    ...patch,
  });

  describe('recordVillageTraining', () => {
    it('refuses a training without a photo with BAD_USER_INPUT naming photoIds, and writes nothing', async () => {
      const before = await trainingCount();
      const res = await app.gql(RECORD, { input: input({ photoIds: [] }) }, adv1);
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'photoIds' });
      expect(await trainingCount()).toBe(before);
    });

    it('refuses an adviser recording a training for a village they do not serve with FORBIDDEN, and claims no photo', async () => {
      const before = await trainingCount();
      const p = await photo('adviser.1');
      const res = await app.gql(RECORD, { input: input({ villageId: othersVillage, photoIds: [p] }) }, adv1);
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(await trainingCount()).toBe(before);
      expect((await app.orm.em.fork().findOneOrFail(Attachment, { id: p })).ownerType).toBeNull();
    });

    it('refuses a training held in the future, without attendees, or with someone else’s photo, naming the field', async () => {
      const mine = await photo('adviser.1');
      const theirs = await photo('adviser.2');
      const cases: Array<[Record<string, unknown>, string]> = [
        [{ at: new Date(Date.now() + 86_400_000).toISOString(), photoIds: [mine] }, 'at'],
        [{ cadres: 0, gridWorkers: 0, mediators: 0, legalUnderstanding: 0, photoIds: [mine] }, 'cadres'],
        [{ photoIds: [theirs] }, 'photoIds'],
      ];
      for (const [patch, field] of cases) {
        const res = await app.gql(RECORD, { input: input(patch) }, adv1);
        expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      }
    });

    it('records a training in a paired village with its photos, and the grid marks the quarter done', async () => {
      const p1 = await photo('adviser.1');
      const p2 = await photo('adviser.1');
      const res = await app.gql(RECORD, { input: input({ photoIds: [p1, p2, p1] }) }, adv1);
      expect(res.errors).toBeUndefined();
      const t = res.data.recordVillageTraining;
      expect(t).toMatchObject({
        kind: 'VILLAGE_QUARTERLY',
        year: now.year,
        quarter: now.quarter,
        attendeeTotal: 14,
        village: { id: ownVillage },
        adviser: { id: adviser1.adviserId },
      });
      expect(t.photos.map((x: any) => x.id).sort()).toEqual([p1, p2].sort());
      expect(t.photos[0].url).toMatch(/^\/files\/[0-9a-f-]{36}\?exp=\d+&sig=/);

      const grid = await app.gql(GRID, { year: now.year }, office);
      const row = grid.data.trainingCompliance.rows.find((r: any) => r.village.id === ownVillage);
      expect(row.quarters[now.quarter - 1]).toMatchObject({ status: 'DONE', trainingCount: 1 });

      // The tree is 山西省 > 吕梁市 > 交城县 > …: the training belongs to the county found by level, not to the
      // second region on the village's path (the city), so the county's bureau sees it.
      expect((await app.orm.em.fork().findOneOrFail(Training, t.id)).county.id).toBe(COUNTY_ID);
      const listed = await app.gql(LIST, { o: { take: 100, filter: { villageId: ownVillage } } }, bureau);
      expect(listed.data.trainings.items.map((x: any) => x.id)).toContain(t.id);
    });

    it('refuses a photo already attached to another training, and writes nothing', async () => {
      const used = (await app.orm.em.fork().findOneOrFail(Attachment, { ownerType: 'Training' })).id;
      const fresh = await photo('adviser.1');
      const before = await trainingCount();
      const res = await app.gql(RECORD, { input: input({ photoIds: [fresh, used] }) }, adv1);
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'photoIds' });
      expect(await trainingCount()).toBe(before);
      expect((await app.orm.em.fork().findOneOrFail(Attachment, { id: fresh })).ownerType).toBeNull();
    });

    it.each(['bureau', 'office.tianning', 'analyst', 'party.1'])('is refused to %s', async (username) => {
      const res = await app.gql(RECORD, { input: input({ photoIds: [crypto.randomUUID()] }) }, await app.login(username));
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });
  });

  describe('trainingCompliance', () => {
    it('gives the office its township, village × quarter, with the seeded gaps marked missing', async () => {
      const res = await app.gql(GRID, { year: 2026 }, office);
      expect(res.errors).toBeUndefined();
      const grid = res.data.trainingCompliance;
      const villages = demoRegions().filter((r) => r.parentId === tianning);
      expect(grid.regionId).toBe(tianning);
      expect(grid.rows).toHaveLength(villages.length);
      const xisheVillages = demoRegions()
        .filter((r) => r.parentId === townshipId('xishe'))
        .map((r) => r.id);
      expectOnlyInScope(
        grid.rows.map((r: any) => ({ ...r, id: r.village.id })),
        (r: any) => r.townshipId === tianning && r.quarters.length === 4,
        xisheVillages,
      );
      const seeded = demoVillageTrainings();
      const q2Missing = villages.filter((v) => !seeded.some((t) => t.villageId === v.id && t.quarter === 2)).map((v) => v.id);
      expect(q2Missing.length).toBeGreaterThan(0);
      for (const id of q2Missing)
        expect(grid.rows.find((r: any) => r.village.id === id).quarters[1].status).toBe(now.year > 2026 || now.quarter > 2 ? 'MISSING' : 'DUE');
      expect(grid.required).toBe(grid.villageCount * grid.quartersEnded);
      expect(grid.done + grid.missing).toBe(grid.required);
      expect(grid.rows[0].village.currentAdviser).not.toBeNull();
    });

    it('lists at most rowLimit villages, by division code, while the totals still count every village', async () => {
      const full = (await app.gql(GRID, { year: 2026 }, bureau)).data.trainingCompliance;
      const res = await app.gql(GRID.replace('regionId: $regionId)', 'regionId: $regionId, rowLimit: 5)'), { year: 2026 }, bureau);
      expect(res.errors).toBeUndefined();
      const cut = res.data.trainingCompliance;
      expect(cut.rows).toEqual(full.rows.slice(0, 5));
      expect(full.rows.length).toBeGreaterThan(5);
      const { rows: _cutRows, ...cutTotals } = cut;
      const { rows: _fullRows, ...fullTotals } = full;
      expect(cutTotals).toEqual(fullTotals);
      expect(cut.villageCount).toBe(full.rows.length);
      for (const rowLimit of [0, 1001]) {
        const refused = await app.gql(GRID.replace('regionId: $regionId)', `regionId: $regionId, rowLimit: ${rowLimit})`), { year: 2026 }, bureau);
        expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'rowLimit' });
      }
    });

    it('marks the quarters of a year to come as upcoming and requires nothing yet', async () => {
      const grid = (await app.gql(GRID, { year: now.year + 1 }, office)).data.trainingCompliance;
      expect(grid.required).toBe(0);
      expect(grid.ratio).toBe(1);
      expect(grid.rows.length).toBeGreaterThan(0);
      expect(grid.rows.filter((r: any) => r.quarters.some((q: any) => q.status !== 'UPCOMING'))).toEqual([]);
    });

    it('refuses an office another township’s grid with FORBIDDEN, and gives the bureau any township', async () => {
      const other = await app.gql(GRID, { year: 2026, regionId: townshipId('xishe') }, office);
      expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const county = await app.gql(GRID, { year: 2026, regionId: COUNTY_ID }, office);
      expect(county.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const bureauView = await app.gql(GRID, { year: 2026, regionId: townshipId('xishe') }, bureau);
      expect(bureauView.data.trainingCompliance.rows.length).toBeGreaterThan(0);
    });

    it.each(['adviser.1', 'analyst', 'party.1'])('is refused to %s', async (username) => {
      const res = await app.gql(GRID, { year: 2026 }, await app.login(username));
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });

    it('costs the same number of SQL statements for a township of ~10 villages as for the county of 100+', async () => {
      // Each viewer's own jurisdiction, so the region lookup is the same (already loaded with the viewer) for both.
      const small = await countQueries(async () => {
        const res = await app.gql(GRID, { year: 2026 }, office);
        expect(res.data.trainingCompliance.rows.length).toBeLessThan(25);
      });
      const large = await countQueries(async () => {
        const res = await app.gql(GRID, { year: 2026 }, bureau);
        expect(res.data.trainingCompliance.rows.length).toBeGreaterThanOrEqual(100);
      });
      expect(large.count).toBe(small.count);
    });
  });

  describe('the annual training and attendance', () => {
    const roster = demoRoster();
    it('records the annual training with its topics and attendance', async () => {
      const res = await app.gql(
        ANNUAL,
        {
          input: {
            title: '补充培训',
            topics: ['ETHICS', 'CASE_FILES'],
            at: new Date(Date.now() - 86_400_000).toISOString(),
            venue: '县司法局',
            adviserIds: [roster[0]!.id, roster[1]!.id],
          },
        },
        bureau,
      );
      expect(res.errors).toBeUndefined();
      expect(res.data.recordAnnualTraining.topics).toEqual(['ETHICS', 'CASE_FILES']);
      expect(res.data.recordAnnualTraining.attendingAdvisers).toHaveLength(2);
    });

    it('refuses an unknown adviser or no topic naming the field, and writes nothing', async () => {
      const before = [await trainingCount(), await app.orm.em.fork().count(TrainingAttendance, {})];
      const base = { title: '培训', at: '2026-05-01T09:00:00+08:00', venue: '县司法局' };
      const bad = await app.gql(
        ANNUAL,
        { input: { ...base, topics: ['ETHICS'], adviserIds: [roster[0]!.id, '00000030-0000-4000-8000-00000000ffff'] } },
        bureau,
      );
      expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'adviserIds' });
      const none = await app.gql(ANNUAL, { input: { ...base, topics: [] } }, bureau);
      expect(none.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'topics' });
      expect([await trainingCount(), await app.orm.em.fork().count(TrainingAttendance, {})]).toEqual(before);
    });

    it('replaces attendance and reports, per adviser, whether they attended that year', async () => {
      const annual = demoAnnualTraining();
      const absent = roster.find((a) => !annual.attendeeIds.includes(a.id) && a.joinedOn <= '2026-04-15')!;
      const before = (await app.gql('query { annualTrainingAttendance(year: 2026) { adviser { id } attended trainings { id } } }', {}, bureau)).data
        .annualTrainingAttendance;
      expect(before.find((r: any) => r.adviser.id === absent.id).attended).toBe(false);
      const set = await app.gql(
        'mutation($t: ID!, $a: [ID!]!) { setTrainingAttendance(trainingId: $t, adviserIds: $a) { id attendingAdvisers { id } } }',
        { t: annual.id, a: [...annual.attendeeIds, absent.id] },
        bureau,
      );
      expect(set.data.setTrainingAttendance.attendingAdvisers).toHaveLength(annual.attendeeIds.length + 1);
      const after = (await app.gql('query { annualTrainingAttendance(year: 2026) { adviser { id } attended } }', {}, bureau)).data
        .annualTrainingAttendance;
      expect(after.find((r: any) => r.adviser.id === absent.id).attended).toBe(true);
      // The office sees the advisers serving its township only.
      const officeRows = (await app.gql('query { annualTrainingAttendance(year: 2026) { adviser { id } } }', {}, office)).data
        .annualTrainingAttendance;
      const serving = new Set(
        demoPairings()
          .filter((p) => demoRegions().find((r) => r.id === p.villageId)!.parentId === tianning)
          .map((p) => p.adviserId),
      );
      expect(new Set(officeRows.map((r: any) => r.adviser.id))).toEqual(serving);
    });

    it('refuses setTrainingAttendance on a village training', async () => {
      const res = await app.gql(
        'mutation($t: ID!) { setTrainingAttendance(trainingId: $t, adviserIds: []) { id } }',
        { t: demoVillageTrainings()[0]!.id },
        bureau,
      );
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'trainingId' });
    });
  });

  describe('trainings', () => {
    it('gives an office the village trainings of its township and the county’s annual trainings, filtered in SQL', async () => {
      const xishe = demoPairings().find((p) => demoRegions().find((r) => r.id === p.villageId)!.parentId === townshipId('xishe'))!;
      const elsewhere = await villageTraining(xishe.villageId, xishe.adviserId);
      const res = await app.gql(LIST, { o: { take: 100, filter: { year: 2026 } } }, office);
      const items = res.data.trainings.items;
      expect(res.data.trainings.totalItems).toBe(items.length);
      const villages = new Set(
        demoRegions()
          .filter((r) => r.parentId === tianning)
          .map((r) => r.id),
      );
      expectOnlyInScope(
        items.filter((t: any) => t.kind === 'VILLAGE_QUARTERLY'),
        (t: any) => villages.has(t.village.id),
        [elsewhere],
      );
      expect(items.some((t: any) => t.kind === 'BUREAU_ANNUAL')).toBe(true);
      // The bureau sees the same training: it is absent from the office's list for its township, not for its year.
      const county = (await app.gql(LIST, { o: { take: 100, filter: { year: 2026, kind: 'VILLAGE_QUARTERLY' } } }, bureau)).data.trainings.items;
      expect(county.map((t: any) => t.id)).toContain(elsewhere);
    });

    it('gives an adviser the trainings they gave and the annual ones, and nobody else’s', async () => {
      const res = await app.gql(LIST, { o: { take: 100, filter: { kind: 'VILLAGE_QUARTERLY' } } }, await app.login('adviser.2'));
      const foreign = demoVillageTrainings().find((t) => t.adviserId !== adviser2.adviserId)!;
      expectOnlyInScope(res.data.trainings.items, (t: any) => t.adviser.id === adviser2.adviserId, [foreign.id]);
      const one = await app.gql('query($id: ID!) { training(id: $id) { id } }', { id: foreign.id }, await app.login('adviser.2'));
      expect(one.data.training).toBeNull();
    });

    it('names the village of a training its adviser no longer serves, but opens it only inside the viewer’s jurisdiction', async () => {
      // adviser.1 gave a training in a village they served then and serve no longer (today adviser.2's).
      const given = await villageTraining(othersVillage, adviser1.adviserId!);
      const name = demoRegions().find((r) => r.id === othersVillage)!.name;
      const ONE = `query($id: ID!) { training(id: $id) { id village { id committee { members { name phone } } currentAdviser { id } } } }`;
      expect((await app.gql(ONE, { id: given }, adv1)).data.training).toEqual({ id: given, village: null });
      const NAME = `query($id: ID!) { training(id: $id) { villageName } }`;
      expect(
        (await app.gql(LIST, { o: { take: 100, filter: { adviserId: adviser1.adviserId } } }, adv1)).data.trainings.items.find(
          (t: any) => t.id === given,
        ),
      ).toMatchObject({ village: null });
      for (const token of [office, bureau]) {
        const inScope = (await app.gql(ONE, { id: given }, token)).data.training;
        expect(inScope).toMatchObject({ village: { id: othersVillage, currentAdviser: { id: adviser2.adviserId } } });
      }
      // Its name stays, for the adviser too.
      for (const token of [adv1, office, bureau]) expect((await app.gql(NAME, { id: given }, token)).data.training).toEqual({ villageName: name });
      // A village the adviser serves today still opens.
      const own = demoVillageTrainings().find(
        (t) => t.adviserId === adviser1.adviserId && t.villageId && villagesOf(adviser1.adviserId!).includes(t.villageId),
      )!;
      expect((await app.gql(ONE, { id: own.id }, adv1)).data.training.village.id).toBe(own.villageId);
    });

    it('costs the same number of SQL statements for a page of 5 as for a page of 40, relations included', async () => {
      const page = (take: number) =>
        countQueries(async () => {
          const res = await app.gql(LIST, { o: { take, filter: { kind: 'VILLAGE_QUARTERLY' } } }, bureau);
          expect(res.data.trainings.items).toHaveLength(take);
        });
      expect((await page(40)).count).toBe((await page(5)).count);
    });

    it('is refused to the analyst and parties', async () => {
      for (const u of ['analyst', 'party.1']) {
        expect((await app.gql(LIST, {}, await app.login(u))).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      }
    });
  });

  describe('GET /api/exports/trainings.xlsx', () => {
    it('sends the grid, the village trainings and the annual attendance with Chinese headers and a Content-Length', async () => {
      const res = await rest(app, 'GET', '/api/exports/trainings.xlsx?year=2026', { token: office });
      expect(res.status).toBe(200);
      expect(Number(res.headers.get('content-length'))).toBe(res.bytes.length);
      expect(res.headers.get('content-disposition')).toContain("filename*=UTF-8''");
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(res.bytes as never);
      expect(wb.worksheets.map((w) => w.name)).toEqual(['培训达标情况', '村居季度培训', '年度培训', '参训情况']);
      const grid = wb.getWorksheet('培训达标情况')!;
      expect(grid.getRow(3).getCell(5).value).toBe('第一季度');
      const firstVillage = demoRegions().find((r) => r.name === grid.getRow(4).getCell(3).value)!;
      const firstAdviser = demoPairings().find((p) => p.villageId === firstVillage.id)!.adviserId;
      expect(grid.getRow(4).getCell(4).value).toBe(demoRoster().find((a) => a.id === firstAdviser)!.name);
      const cells: string[] = [];
      grid.eachRow((row, n) => {
        if (n > 3) for (let c = 5; c <= 8; c += 1) cells.push(String(row.getCell(c).value));
      });
      expect(cells).toContain('缺训');
      expect(cells).toContain('已开展');
      const villageSheet = wb.getWorksheet('村居季度培训')!;
      expect(villageSheet.getRow(3).getCell(12).value).toBe('法律明白人');
      expect(villageSheet.getRow(4).getCell(2).value).toBe('天宁镇');
      // The annual training is the county bureau's: its county is found by level under 山西省 > 吕梁市.
      expect(wb.getWorksheet('年度培训')!.getRow(1).getCell(1).value).toBe('交城县司法局2026年村（社区）法律顾问培训');
    });

    it('titles the bureau’s export of the whole county with the county', async () => {
      const res = await rest(app, 'GET', '/api/exports/trainings.xlsx?year=2026', { token: bureau });
      expect(res.status).toBe(200);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(res.bytes as never);
      expect(wb.getWorksheet('培训达标情况')!.getRow(1).getCell(1).value).toBe('交城县2026年村（社区）法律顾问季度法治培训开展情况');
      expect(wb.getWorksheet('年度培训')!.getRow(1).getCell(1).value).toBe('交城县司法局2026年村（社区）法律顾问培训');
    });

    it('refuses an office another township (403) and other roles', async () => {
      expect((await rest(app, 'GET', `/api/exports/trainings.xlsx?year=2026&regionId=${townshipId('xishe')}`, { token: office })).status).toBe(403);
      expect((await rest(app, 'GET', '/api/exports/trainings.xlsx', { token: adv1 })).status).toBe(403);
      expect((await rest(app, 'GET', '/api/exports/trainings.xlsx')).status).toBe(401);
      expect((await rest(app, 'GET', '/api/exports/trainings.xlsx?year=20x6', { token: bureau })).status).toBe(400);
    });
  });
});

describe('a village training with a photo uploaded through POST /api/uploads', () => {
  let app: TestApp & { uploadsDir: string };
  beforeAll(async () => {
    app = await startAppWithUploads();
  });
  afterAll(() => app.close());

  it('takes the adviser’s upload as evidence and serves it through the signed link', async () => {
    const adv1 = await app.login('adviser.1');
    const png = makePng(8, 8, (x, y) => [x * 30, y * 30, 90]);
    const uploaded = await upload(app, adv1, png, 'image/png');
    expect(uploaded.status).toBe(201);
    const res = await app.gql(
      RECORD,
      {
        input: {
          villageId: ownVillage,
          title: '人民调解法宣讲',
          at: new Date(Date.now() - 60_000).toISOString(),
          venue: '村委会',
          mediators: 6,
          photoIds: [uploaded.json.id],
        },
      },
      adv1,
    );
    expect(res.errors).toBeUndefined();
    const [photo] = res.data.recordVillageTraining.photos;
    const file = await rest(app, 'GET', photo.url);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('image/png');
  });

  it('gives the seeded trainings a placeholder photo that is served, once however often it runs', async () => {
    await seedDemoTrainingPhotos(app.orm.em.fork(), storageFor(app.config));
    await seedDemoTrainingPhotos(app.orm.em.fork(), storageFor(app.config));
    expect(await app.orm.em.fork().count(Attachment, { ownerType: 'Training', ownerId: { $in: demoVillageTrainings().map((t) => t.id) } })).toBe(
      demoVillageTrainings().length,
    );
    const seeded = demoVillageTrainings()[0]!;
    const res = await app.gql('query($id: ID!) { training(id: $id) { photos { url } } }', { id: seeded.id }, await app.login('office.tianning'));
    const file = await rest(app, 'GET', res.data.training.photos[0].url);
    expect(file.status).toBe(200);
    expect(file.bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  });
});
