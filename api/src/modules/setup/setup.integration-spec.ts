import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../../../test/app.js';
import { createTestDatabase } from '../../../test/database.js';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { Region } from '../region/region.entity.js';
import { User } from '../user/user.entity.js';
import { issueSetupToken, SETUP_COMPLETED } from './setup.service.js';
import { SetupToken } from './setup-token.entity.js';

const STATUS = 'query { setupStatus { needed } }';
const COMPLETE = `mutation($input: CompleteSetupInput!) {
  completeSetup(input: $input) { token user { username role scopeRegion { name level code } } }
}`;
const ME = 'query { me { username role displayName scopeRegion { name } } }';

const county = (token: string, extra: Record<string, unknown> = {}) => ({
  token,
  rootCode: '141122000000',
  rootName: '交城县',
  cityName: '吕梁市',
  username: 'Admin.Jiaocheng',
  displayName: '县司法局管理员',
  password: 'Jiaocheng-2026-fengqiao',
  ...extra,
});

describe('first run of a real installation', () => {
  let app: TestApp;
  let drop: () => Promise<void>;
  const em = () => app.orm.em.fork();

  beforeEach(async () => {
    const db = await createTestDatabase({ seeded: false });
    drop = db.drop;
    app = await startTestApp({ databaseUrl: db.url, seedDemo: false });
  });
  afterEach(async () => {
    await app.close();
    await drop();
  });

  const counts = async () => ({ users: await em().count(User), regions: await em().count(Region), events: await em().count(AuditEvent) });

  it('an empty database needs setup; the token sets up a county under its city and signs the administrator in, once', async () => {
    expect((await app.gql(STATUS)).data.setupStatus).toEqual({ needed: true });
    const token = await issueSetupToken(em());
    expect(token).toMatch(/^[2-9A-Z]{5}(-[2-9A-Z]{5}){3}$/);
    // Only the hash is kept.
    expect((await em().findOneOrFail(SetupToken, { id: 1 })).tokenHash).not.toContain(token!.replace(/-/g, ''));

    // Typed in lower case without dashes, as someone copying from a log onto a phone might.
    const res = await app.gql(COMPLETE, { input: county(token!.replace(/-/g, '').toLowerCase()) });
    expect(res.errors).toBeUndefined();
    expect(res.data.completeSetup.user).toEqual({
      username: 'admin.jiaocheng',
      role: 'BUREAU_ADMIN',
      scopeRegion: { name: '交城县', level: 'COUNTY', code: '141122000000' },
    });
    const me = await app.gql(ME, {}, res.data.completeSetup.token);
    expect(me.data.me).toEqual({ username: 'admin.jiaocheng', role: 'BUREAU_ADMIN', displayName: '县司法局管理员', scopeRegion: { name: '交城县' } });

    const regions = await em().find(Region, {}, { orderBy: { code: 'asc' }, populate: ['parent'] });
    expect(regions.map((r) => [r.code, r.name, r.level, r.parent?.getEntity().name ?? null])).toEqual([
      ['141100000000', '吕梁市', 'CITY', null],
      ['141122000000', '交城县', 'COUNTY', '吕梁市'],
    ]);
    const [event] = await em().find(AuditEvent, { action: SETUP_COMPLETED }, { populate: ['actor'] });
    expect(event?.actor?.getEntity().username).toBe('admin.jiaocheng');
    expect(await em().count(SetupToken)).toBe(0);

    expect((await app.gql(STATUS)).data.setupStatus).toEqual({ needed: false });
    const again = await app.gql(COMPLETE, { input: county(token!, { username: 'second' }) });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'SETUP_DONE' });
    // A restart with accounts prints no token.
    expect(await issueSetupToken(em())).toBeNull();
    expect(await em().count(User)).toBe(1);
  });

  it('a wrong token, a bad code, a weak password or a county without its city write nothing and name the field', async () => {
    const token = (await issueSetupToken(em()))!;
    const before = await counts();
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ token: 'AAAAA-BBBBB-CCCCC-DDDDD' }, 'token'],
      [{ rootCode: '1411220000' }, 'rootCode'],
      [{ rootCode: '141122100000' }, 'rootCode'],
      [{ cityName: null }, 'cityName'],
      [{ password: 'short' }, 'password'],
      [{ password: 'admin.jiaocheng-2026' }, 'password'],
      [{ username: '-x' }, 'username'],
      [{ rootName: ' ' }, 'name'],
    ];
    for (const [change, field] of cases) {
      const res = await app.gql(COMPLETE, { input: county(token, change) });
      expect({ change, error: res.errors?.[0]?.extensions }).toMatchObject({ change, error: { code: 'BAD_USER_INPUT', field } });
    }
    expect(await counts()).toEqual(before);
    expect((await app.gql(STATUS)).data.setupStatus).toEqual({ needed: true });
  });

  it('a new start replaces the token: the one printed before stops working', async () => {
    const first = (await issueSetupToken(em()))!;
    const second = (await issueSetupToken(em()))!;
    expect(second).not.toBe(first);
    expect((await app.gql(COMPLETE, { input: county(first) })).errors?.[0]?.extensions).toMatchObject({ field: 'token' });
    expect((await app.gql(COMPLETE, { input: county(second) })).errors).toBeUndefined();
  });

  it('two setups racing with the right token: one administrator, the other CONFLICT', async () => {
    const token = (await issueSetupToken(em()))!;
    const answers = await Promise.all(['first.admin', 'second.admin'].map((username) => app.gql(COMPLETE, { input: county(token, { username }) })));
    expect(answers.filter((a) => a.data?.completeSetup)).toHaveLength(1);
    expect(answers.flatMap((a) => a.errors ?? []).map((e) => e.extensions)).toEqual([
      expect.objectContaining({ code: 'CONFLICT', reason: 'SETUP_DONE' }),
    ]);
    expect(await em().count(User)).toBe(1);
    expect(await em().count(Region)).toBe(2);
  });

  it('a province is a root of its own', async () => {
    const token = (await issueSetupToken(em()))!;
    const res = await app.gql(COMPLETE, { input: county(token, { rootCode: '140000000000', rootName: '山西省', cityName: null }) });
    expect(res.data.completeSetup.user.scopeRegion).toEqual({ name: '山西省', level: 'PROVINCE', code: '140000000000' });
  });
});

describe('an installation with the demo county', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app.close();
  });

  it('needs no setup and prints no token', async () => {
    expect((await app.gql(STATUS)).data.setupStatus).toEqual({ needed: false });
    expect(await issueSetupToken(app.orm.em.fork())).toBeNull();
  });
});
