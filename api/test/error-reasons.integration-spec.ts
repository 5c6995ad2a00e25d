import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DEMO_PROVIDERS, demoAccount, demoPairings, demoRegions, demoRoster, demoWorkLogs } from '@fengqiao/seeds';
import { REASONS } from '../src/common/errors/reasons.js';
import type { TestApp } from './app.js';
import { rest, startAppWithUploads } from './rest.js';

// Every CONFLICT says what was in the way (extensions.reason), and every message is in the client's language:
// Chinese unless it prefers English, with the extensions the same whatever the language.

const CREATE_ENTRY = `mutation($input: WorkLogEntryInput!) { createWorkLogEntry(input: $input) { id } }`;
const CREATE_PAIRING = `mutation($input: CreatePairingInput!) { createPairing(input: $input) { id } }`;
const CREATE_PROVIDER = `mutation($input: ProviderInput!) { createProvider(input: $input) { id version } }`;
const UPDATE_PROVIDER = `mutation($id: ID!, $input: ProviderInput!, $v: Int!) { updateProvider(id: $id, input: $input, version: $v) { id } }`;

const adviser1 = demoAccount('adviser.1').adviserId!;
const pairings = demoPairings();
const paired = new Set(pairings.map((p) => p.villageId));
const villages = demoRegions().filter((r) => r.level === 'VILLAGE');
const uncovered = villages.find((v) => !paired.has(v.id))!;
const unpaired = demoRoster().find((a) => !pairings.some((p) => p.adviserId === a.id))!;
const demo = demoWorkLogs();

const ENGLISH = 'en-US,en;q=0.9,zh-CN;q=0.5';
const CHINESE = 'zh-CN,zh;q=0.9,en;q=0.8';

/** The same request without Accept-Language, preferring English, and preferring Chinese. */
async function inEachLanguage(send: (acceptLanguage: string | null) => Promise<{ message: string; extensions: Record<string, unknown> }>) {
  const [none, english, chinese] = await Promise.all([send(null), send(ENGLISH), send(CHINESE)]);
  expect(english.extensions).toEqual(none.extensions);
  expect(chinese.extensions).toEqual(none.extensions);
  expect(chinese.message).toBe(none.message);
  return { zh: none.message, en: english.message, extensions: none.extensions };
}

describe('error reasons and languages', () => {
  let app: TestApp;
  let bureau: string;
  let adviser: string;
  beforeAll(async () => {
    app = await startAppWithUploads();
    bureau = await app.login('bureau');
    adviser = await app.login('adviser.1');
  });
  afterAll(() => app.close());

  const gqlError = (acceptLanguage: string | null, query: string, variables: Record<string, unknown>, token?: string) =>
    app.gqlIn(acceptLanguage, query, variables, token).then((res) => res.errors![0]! as { message: string; extensions: Record<string, unknown> });

  it('says MONTH_SUBMITTED for a work-log entry in a submitted month, in Chinese by default and in English when preferred', async () => {
    const month = demo.months.previous;
    expect(demo.reports.some((r) => r.adviserId === adviser1 && r.month === month && r.status !== 'RETURNED')).toBe(true);
    const village = pairings.find((p) => p.adviserId === adviser1)!.villageId;
    const input = {
      villageId: village,
      at: `${month}-15T10:00:00+08:00`,
      category: 'CONSULTATION',
      mode: 'OFFLINE',
      personServed: '赵大勇',
      phone: '+86 139 3580 1234',
      matter: '宅基地使用权咨询',
      content: '解答宅基地使用权继承问题',
      durationMin: 30,
      photoIds: [],
    };
    const { zh, en, extensions } = await inEachLanguage((lang) => gqlError(lang, CREATE_ENTRY, { input }, adviser));
    expect(extensions).toEqual({ code: 'CONFLICT', field: 'month', reason: 'MONTH_SUBMITTED', month });
    expect(zh).toBe(`${month} 的工作日志已提交，不能再修改；请选择未提交的月份，或请司法所退回后再改`);
    expect(en).toBe(`The work log of ${month} has been submitted; it can be changed only after the office returns it`);
  });

  it('says VILLAGE_UNCOVERED for the notice board of a village without an adviser (REST), naming the village', async () => {
    const { zh, en, extensions } = await inEachLanguage(async (acceptLanguage) => {
      const res = await rest(app, 'GET', `/api/villages/${uncovered.id}/notice-board.pdf`, { token: bureau, acceptLanguage });
      expect(res.status).toBe(409);
      return res.json.errors[0];
    });
    expect(extensions).toEqual({ code: 'CONFLICT', reason: 'VILLAGE_UNCOVERED', village: uncovered.name });
    expect(zh).toBe(`${uncovered.name}今天没有结对的法律顾问：请先为该村结对法律顾问，再打印公示牌`);
    expect(en).toMatch(new RegExp(`^${uncovered.name} has no adviser today`));
  });

  it('says VILLAGE_ALREADY_PAIRED for a pairing that overlaps the village’s', async () => {
    const village = pairings[0]!.villageId;
    const input = { adviserId: unpaired.id, villageId: village, validFrom: '2026-01-01', deputyDirector: false };
    const { zh, extensions } = await inEachLanguage((lang) => gqlError(lang, CREATE_PAIRING, { input }, bureau));
    expect(extensions).toMatchObject({ code: 'CONFLICT', reason: 'VILLAGE_ALREADY_PAIRED', field: 'validFrom' });
    expect(zh).toBe(REASONS.VILLAGE_ALREADY_PAIRED.zh);
  });

  it('says PROVIDER_NAME_TAKEN for a name the database’s unique constraint refuses, and STALE_VERSION for a stale edit', async () => {
    const taken = { kind: 'LAW_FIRM', name: DEMO_PROVIDERS[0]!.name };
    const duplicate = await inEachLanguage((lang) => gqlError(lang, CREATE_PROVIDER, { input: taken }, bureau));
    expect(duplicate.extensions).toEqual({ code: 'CONFLICT', field: 'name', reason: 'PROVIDER_NAME_TAKEN' });
    expect(duplicate.zh).toBe('本县已有同名的服务机构');
    expect(duplicate.en).toBe('A provider with this name already exists in the county');

    const created = (await app.gql(CREATE_PROVIDER, { input: { kind: 'LAW_FIRM', name: '错误原因测试律师事务所' } }, bureau)).data.createProvider;
    const input = { kind: 'LAW_FIRM', name: '错误原因测试律师事务所（改）' };
    const stale = await inEachLanguage((lang) => gqlError(lang, UPDATE_PROVIDER, { id: created.id, input, v: created.version + 1 }, bureau));
    expect(stale.extensions).toEqual({ code: 'CONFLICT', field: 'version', reason: 'STALE_VERSION' });
    expect(stale.zh).toBe('此记录已被他人修改，请重新加载后再保存');
    expect(stale.en).toMatch(/reload it and try again/);
  });

  it('says errors without a reason by their code and field, and refusals made before any resolver runs too', async () => {
    const notFound = await inEachLanguage((lang) =>
      gqlError(lang, UPDATE_PROVIDER, { id: crypto.randomUUID(), input: { kind: 'LAW_FIRM', name: 'x' }, v: 1 }, bureau),
    );
    expect(notFound.extensions).toMatchObject({ code: 'NOT_FOUND' });
    expect(notFound.zh).toBe('记录不存在，或不在您的管辖范围内');
    expect(notFound.en).not.toMatch(/[\u4e00-\u9fff]/);

    const badInput = await inEachLanguage((lang) => gqlError(lang, CREATE_PROVIDER, { input: { kind: 'LAW_FIRM', name: '' } }, bureau));
    expect(badInput.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    expect(badInput.zh).toBe('输入有误：name');
    expect(badInput.en).toMatch(/^name: /);

    // A token that is not one: refused while the request's context is made, before any plugin sees the request.
    const badToken = await inEachLanguage((lang) => gqlError(lang, '{ me { id } }', {}, 'not-a-token'));
    expect(badToken.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'invalid' });
    expect(badToken.zh).toBe('登录凭据无效，请重新登录');
    expect(badToken.en).toMatch(/not valid; sign in again/);
  });

  it('keeps the GraphQL protocol’s own errors, which are for developers, in English', async () => {
    const res = await app.gqlIn(null, '{ noSuchField }', {}, bureau);
    expect(res.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.errors?.[0]?.message).toMatch(/noSuchField/);
  });
});
