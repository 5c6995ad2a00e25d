import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CITY_ID, COUNTY_ID, PROVINCE_ID, TOWNSHIPS, demoAccount, demoPairings, demoRegions, townshipId } from '@fengqiao/seeds';
import { countQueries, startTestApp, type TestApp } from '../../../test/app.js';
import { Region } from './region.entity.js';
import { RegionLevel, Terrain, VillageKind } from './region.enums.js';
import { createRegion } from './region.service.js';

const REGIONS = 'query($o: RegionListOptions) { regions(options: $o) { totalItems items { id name level } } }';
const REGION = 'query($id: ID!) { region(id: $id) { id name parent { id name } } }';

const all = demoRegions();
const tianning = townshipId('tianning');
const tianningVillages = all.filter((r) => r.parentId === tianning);
const otherVillage = all.find((r) => r.level === 'VILLAGE' && r.parentId === townshipId('xishe'))!;
const inCounty = all.filter((r) => r.id !== PROVINCE_ID && r.id !== CITY_ID);

describe('RegionService', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  describe('regions: the jurisdiction is filtered in SQL before pagination', () => {
    it('gives the bureau its county, townships and villages, not the city or the province above', async () => {
      const res = await app.gql(REGIONS, { o: { take: 100 } }, await app.login('bureau'));
      expect(res.data.regions.totalItems).toBe(inCounty.length);
      expect(res.data.regions.items).toHaveLength(100);
      expect(res.data.regions.items.map((r: { level: string }) => r.level)).not.toContain('CITY');
      const above = await app.gql(REGIONS, { o: { filter: { ids: [PROVINCE_ID, CITY_ID] } } }, await app.login('bureau'));
      expect(above.data.regions.totalItems).toBe(0);
    });

    it('gives an office its own township and its villages only', async () => {
      const res = await app.gql(REGIONS, { o: { take: 100 } }, await app.login('office.tianning'));
      expect(res.data.regions.totalItems).toBe(tianningVillages.length + 1);
      const ids = res.data.regions.items.map((r: { id: string }) => r.id).sort();
      expect(ids).toEqual([tianning, ...tianningVillages.map((v) => v.id)].sort());
    });

    it('gives the analyst the county', async () => {
      const res = await app.gql(REGIONS, { o: { take: 1 } }, await app.login('analyst'));
      expect(res.data.regions.totalItems).toBe(inCounty.length);
    });

    it('gives an adviser exactly the villages paired with them today', async () => {
      const adviser = demoAccount('adviser.1');
      const expected = demoPairings()
        .filter((p) => p.adviserId === adviser.adviserId)
        .map((p) => p.villageId)
        .sort();
      const res = await app.gql(REGIONS, { o: { take: 100 } }, await app.login('adviser.1'));
      expect(res.data.regions.items.map((r: { id: string }) => r.id).sort()).toEqual(expected);
      expect(expected.length).toBeGreaterThan(0);
    });

    it('gives a party no region', async () => {
      const res = await app.gql(REGIONS, {}, await app.login('party.1'));
      expect(res.errors).toBeUndefined();
      expect(res.data.regions).toEqual({ totalItems: 0, items: [] });
    });

    it('refuses the anonymous', async () => {
      const res = await app.gql(REGIONS, {});
      expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    });

    it('filters by level and parent, searches names, and sorts', async () => {
      const token = await app.login('bureau');
      const townships = await app.gql(REGIONS, { o: { filter: { level: 'TOWNSHIP' }, sort: [{ field: 'CODE', order: 'DESC' }] } }, token);
      expect(townships.data.regions.totalItems).toBe(TOWNSHIPS.length);
      expect(townships.data.regions.items[0].name).toBe(TOWNSHIPS[TOWNSHIPS.length - 1]!.name);

      const children = await app.gql(REGIONS, { o: { filter: { parentId: tianning }, take: 100 } }, token);
      expect(children.data.regions.totalItems).toBe(tianningVillages.length);

      const village = tianningVillages[3]!;
      const search = await app.gql(REGIONS, { o: { filter: { q: village.name } } }, token);
      expect(search.data.regions.items.map((r: { id: string }) => r.id)).toContain(village.id);
    });

    it('pages without overlap', async () => {
      const token = await app.login('bureau');
      const first = await app.gql(REGIONS, { o: { take: 30, skip: 0, sort: [{ field: 'NAME', order: 'ASC' }] } }, token);
      const second = await app.gql(REGIONS, { o: { take: 30, skip: 30, sort: [{ field: 'NAME', order: 'ASC' }] } }, token);
      const a = new Set(first.data.regions.items.map((r: { id: string }) => r.id));
      expect(second.data.regions.items.some((r: { id: string }) => a.has(r.id))).toBe(false);
    });

    it.each([
      [{ take: 101 }, 'options.take'],
      [{ take: 0 }, 'options.take'],
      [{ skip: -1 }, 'options.skip'],
      [{ filter: { parentId: 'not-an-id' } }, 'options.filter.parentId'],
    ])('names the bad option %j as BAD_USER_INPUT', async (options, field) => {
      const res = await app.gql(REGIONS, { o: options }, await app.login('bureau'));
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    });
  });

  describe('region', () => {
    it('answers null for a village outside the office’s township, exactly as for one that does not exist', async () => {
      const token = await app.login('office.tianning');
      const outside = await app.gql(REGION, { id: otherVillage.id }, token);
      const missing = await app.gql(REGION, { id: '00000010-0000-4000-8000-00000000ffff' }, token);
      const malformed = await app.gql(REGION, { id: 'nonsense' }, token);
      for (const res of [outside, missing, malformed]) {
        expect(res.errors).toBeUndefined();
        expect(res.data.region).toBeNull();
      }
      const own = await app.gql(REGION, { id: tianningVillages[0]!.id }, token);
      expect(own.data.region).toMatchObject({ id: tianningVillages[0]!.id, parent: { id: tianning } });
    });

    it('shows the bureau any region of its county', async () => {
      const res = await app.gql(REGION, { id: otherVillage.id }, await app.login('bureau'));
      expect(res.data.region.name).toBe(otherVillage.name);
      const county = await app.gql(REGION, { id: COUNTY_ID }, await app.login('bureau'));
      expect(county.data.region.parent.name).toBe('吕梁市');
    });

    it('names the ancestors up to the province at the root, with 12-digit codes', async () => {
      const query = 'query($id: ID!) { region(id: $id) { level code parent { level code parent { level name code parent { id } } } } }';
      const res = await app.gql(query, { id: townshipId('tianning') }, await app.login('bureau'));
      expect(res.data.region).toEqual({
        level: 'TOWNSHIP',
        code: '141122100000',
        parent: {
          level: 'COUNTY',
          code: '141122000000',
          parent: { level: 'CITY', name: '吕梁市', code: '141100000000', parent: { id: PROVINCE_ID } },
        },
      });
    });
  });

  describe('createRegion', () => {
    const county = { id: COUNTY_ID, code: '141122000000' };
    const township = (patch: Record<string, unknown>) => ({
      parentId: county.id,
      level: RegionLevel.TOWNSHIP,
      name: '新设镇',
      code: '141122110000',
      terrain: Terrain.PLAIN,
      ...patch,
    });
    const attempt = async (input: Parameters<typeof createRegion>[1]) => {
      const em = app.orm.em.fork();
      const before = await em.count(Region, {});
      const error = await createRegion(em, input).then(
        () => null,
        (e: unknown) => e as { extensions?: Record<string, unknown>; message: string },
      );
      expect(await app.orm.em.fork().count(Region, {})).toBe(before);
      return error;
    };

    it.each([
      ['shorter than 12 digits', '141122110'],
      ['longer than 12 digits', '1411221100000'],
      ['not digits', '14112211000O'],
      ['not under its county’s 141122', '141123110000'],
      ['with village digits below a township', '141122110201'],
    ])('refuses a township code %s as BAD_USER_INPUT naming code, and writes nothing', async (_why, code) => {
      expect((await attempt(township({ code })))?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });
    });

    it('refuses a level that does not belong under the parent, or a root below a province or city, naming level', async () => {
      expect((await attempt(township({ parentId: CITY_ID, code: '141122110000' })))?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'level',
      });
      expect((await attempt({ parentId: null, level: RegionLevel.COUNTY, name: '无上级县', code: '150100000000' }))?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'level',
      });
      expect((await attempt(township({ parentId: '00000010-0000-4000-8000-00000000ffff' })))?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'parentId',
      });
    });

    it('refuses terrain outside townships and a village without its kind', async () => {
      expect((await attempt(township({ terrain: null })))?.extensions).toMatchObject({ field: 'terrain' });
      expect(
        (await attempt({ parentId: townshipId('tianning'), level: RegionLevel.VILLAGE, name: '新村', code: '141122100299' }))?.extensions,
      ).toMatchObject({ field: 'kind' });
    });

    it('refuses a code another region holds as CONFLICT naming code', async () => {
      expect((await attempt(township({ code: '141122100000' })))?.extensions).toMatchObject({ code: 'CONFLICT', field: 'code' });
    });

    it('creates a township under the county and a village under it, on the path below, seen by the bureau', async () => {
      const em = app.orm.em.fork();
      const created = await createRegion(em, township({}));
      const village = await createRegion(em, {
        parentId: created.id,
        level: RegionLevel.VILLAGE,
        name: '新设村',
        code: '141122110201',
        kind: VillageKind.VILLAGE,
      });
      const countyPath = (await em.findOneOrFail(Region, COUNTY_ID)).path;
      expect(created.path).toBe(`${countyPath}${created.id}/`);
      expect(village.path).toBe(`${created.path}${village.id}/`);
      const res = await app.gql(REGIONS, { o: { filter: { withinId: created.id } } }, await app.login('bureau'));
      expect(res.data.regions.items.map((r: { id: string }) => r.id).sort()).toEqual([created.id, village.id].sort());
    });
  });

  describe('statement count', () => {
    it('costs the same number of SQL statements for 10 rows and for 100, parents and grandparents included', async () => {
      const token = await app.login('bureau');
      const query = 'query($o: RegionListOptions) { regions(options: $o) { totalItems items { id name parent { id name parent { id name } } } } }';
      const filter = { level: 'VILLAGE' };
      const ten = await countQueries(() => app.gql(query, { o: { take: 10, filter } }, token));
      const hundred = await countQueries(async () => {
        const res = await app.gql(query, { o: { take: 100, filter } }, token);
        expect(res.data.regions.items).toHaveLength(100);
        expect(res.data.regions.items.filter((r: any) => r.parent.parent.name !== '交城县')).toEqual([]);
      });
      expect(hundred.count).toBe(ten.count);
      expect(ten.count).toBeLessThanOrEqual(5);
    });
  });
});
