import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CITY_ID, COUNTY_ID, PROVINCE_ID, WENSHUI_ID } from '@fengqiao/seeds';
import { startTestApp, type TestApp } from '../../../test/app.js';
import { SETTING_DEFAULTS, writeSetting } from './setting.service.js';

const READ = `query($r: ID) { settings(regionId: $r) { region { id } setHere adviserLoadCap monthlyReportDeadlineDay noticeBoardQrUrl version } }`;
const UPDATE = `mutation($i: SettingsInput!, $r: ID) { updateSettings(input: $i, regionId: $r) { region { id } setHere adviserLoadCap version } }`;
const COVERAGE = `query($r: ID) { coverage(regionId: $r) { loadCap } }`;

describe('settings per region', () => {
  let app: TestApp;
  let city: string;
  let jiaocheng: string;
  let wenshui: string;
  let office: string;
  beforeAll(async () => {
    app = await startTestApp();
    [city, jiaocheng, wenshui, office] = await Promise.all(['city', 'bureau', 'bureau.wenshui', 'office.tianning'].map((u) => app.login(u)));
  });
  afterAll(() => app.close());

  const read = async (token: string, r: string | null = null) => {
    const res = await app.gql(READ, { r }, token);
    expect(res.errors).toBeUndefined();
    return res.data.settings;
  };
  const update = async (token: string, input: Record<string, unknown>, r: string | null = null) => {
    const version = (await read(token, r)).version;
    return app.gql(UPDATE, { i: { ...input, version }, r }, token);
  };

  it('answers the built-in defaults while no region sets anything, for the county the viewer acts for', async () => {
    expect(await read(jiaocheng)).toEqual({
      region: { id: COUNTY_ID },
      setHere: [],
      adviserLoadCap: SETTING_DEFAULTS.adviserLoadCap,
      monthlyReportDeadlineDay: SETTING_DEFAULTS.monthlyReportDeadlineDay,
      noticeBoardQrUrl: SETTING_DEFAULTS.noticeBoardQrUrl,
      version: 0,
    });
    expect((await read(office)).region).toEqual({ id: COUNTY_ID });
    expect((await read(city)).region).toEqual({ id: CITY_ID });
  });

  it('resolves a county’s setting from the county, else its city, else its province, else the default', async () => {
    await writeSetting(app.orm.em.fork(), PROVINCE_ID, 'monthlyReportDeadlineDay', 8);
    await writeSetting(app.orm.em.fork(), PROVINCE_ID, 'adviserLoadCap', 9);
    // The city's default overrides the province's for both of its counties.
    expect((await update(city, { adviserLoadCap: 3 })).errors).toBeUndefined();
    // 交城县 sets its own cap; 文水县 sets nothing.
    const own = await update(jiaocheng, { adviserLoadCap: 7 });
    expect(own.errors).toBeUndefined();
    expect(own.data.updateSettings).toEqual({ region: { id: COUNTY_ID }, setHere: ['adviserLoadCap'], adviserLoadCap: 7, version: 1 });

    expect(await read(jiaocheng)).toMatchObject({ adviserLoadCap: 7, monthlyReportDeadlineDay: 8, setHere: ['adviserLoadCap'] });
    expect(await read(wenshui)).toMatchObject({ region: { id: WENSHUI_ID }, adviserLoadCap: 3, monthlyReportDeadlineDay: 8, setHere: [] });
    expect(await read(city)).toMatchObject({ adviserLoadCap: 3, monthlyReportDeadlineDay: 8, setHere: ['adviserLoadCap'] });
    // An office reads its county's; the city reads each county's.
    expect((await read(office)).adviserLoadCap).toBe(7);
    expect((await read(city, COUNTY_ID)).adviserLoadCap).toBe(7);
    expect((await read(city, WENSHUI_ID)).adviserLoadCap).toBe(3);
  });

  it('makes each county’s services use its own settings: coverage’s load cap', async () => {
    const cap = async (r: string) => (await app.gql(COVERAGE, { r }, city)).data.coverage.loadCap;
    expect([await cap(COUNTY_ID), await cap(WENSHUI_ID), await cap(CITY_ID)]).toEqual([7, 3, 3]);
  });

  it('lets the city set a county’s own settings, and keeps the versions of regions apart', async () => {
    const before = (await read(jiaocheng)).version;
    const res = await update(city, { adviserLoadCap: 4 }, WENSHUI_ID);
    expect(res.data.updateSettings).toMatchObject({ region: { id: WENSHUI_ID }, adviserLoadCap: 4, version: 1 });
    expect((await read(wenshui)).adviserLoadCap).toBe(4);
    expect((await read(jiaocheng)).version).toBe(before);
    // A stale version of one region is CONFLICT and writes nothing.
    const stale = await app.gql(UPDATE, { i: { adviserLoadCap: 6, version: 0 }, r: WENSHUI_ID }, city);
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await read(wenshui)).adviserLoadCap).toBe(4);
  });

  it('refuses a region outside the viewer’s jurisdiction or below a county, naming regionId', async () => {
    for (const [token, r] of [
      [jiaocheng, CITY_ID],
      [jiaocheng, WENSHUI_ID],
      [office, WENSHUI_ID],
      [city, PROVINCE_ID],
      [city, 'not-an-id'],
    ] as const) {
      const res = await app.gql(READ, { r }, token);
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'regionId' });
    }
    const res = await app.gql(UPDATE, { i: { adviserLoadCap: 2, version: 0 }, r: CITY_ID }, jiaocheng);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'regionId' });
    expect((await read(city)).adviserLoadCap).toBe(3);
  });
});
