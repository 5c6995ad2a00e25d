import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DEMO_PROVIDERS, demoAccount, demoPairings, demoRegions, demoRoster, townshipId } from '@fengqiao/seeds';
import { countQueries, startTestApp, type TestApp } from '../../../test/app.js';
import { expectOnlyInScope } from '../../../test/scope.js';
import { updateSettings } from '../../../test/settings.js';
import { Pairing } from '../pairing/pairing.entity.js';
import { LegalAdviser } from './legal-adviser.entity.js';
import { RosterEvent } from './roster-event.entity.js';

const CREATE = `mutation($input: CreateLegalAdviserInput!) { createLegalAdviser(input: $input) { id name status version history { kind effectiveOn reason actorName } } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateLegalAdviserInput!) { updateLegalAdviser(id: $id, input: $input) { id phone version history { kind changes } } }`;
const LIST = `query($o: LegalAdviserListOptions) { legalAdvisers(options: $o) { totalItems items { id name status provider { id name } villages { id name } villageCount overloaded } } }`;

const newAdviser = (patch: Record<string, unknown> = {}) => ({
  name: '赵新宇',
  gender: 'MALE',
  phone: '13912345678',
  profession: 'LAWYER',
  licenceNo: '11411202612345678',
  providerId: DEMO_PROVIDERS[0]!.id,
  serviceScope: '法律咨询、人民调解',
  joinedOn: '2026-03-01',
  reason: '新聘',
  ...patch,
});

describe('AdviserService', () => {
  let app: TestApp;
  let bureau: string;
  beforeAll(async () => {
    app = await startTestApp();
    bureau = await app.login('bureau');
  });
  afterAll(() => app.close());

  describe('the roster and its history', () => {
    it('adds an adviser with a JOINED event carrying who, when and why', async () => {
      const res = await app.gql(CREATE, { input: newAdviser() }, bureau);
      expect(res.errors).toBeUndefined();
      expect(res.data.createLegalAdviser).toMatchObject({ name: '赵新宇', status: 'ACTIVE' });
      expect(res.data.createLegalAdviser.history).toEqual([{ kind: 'JOINED', effectiveOn: '2026-03-01', reason: '新聘', actorName: '交城县司法局' }]);
    });

    it('refuses a duplicate licence number with CONFLICT naming licenceNo, and writes nothing', async () => {
      const before = await app.orm.em.fork().count(LegalAdviser, {});
      const res = await app.gql(
        CREATE,
        { input: newAdviser({ name: '钱多多', phone: '13912345679', licenceNo: demoRoster()[5]!.licenceNo }) },
        bureau,
      );
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'licenceNo' });
      expect(await app.orm.em.fork().count(LegalAdviser, {})).toBe(before);
    });

    it.each([
      [{ phone: '12345' }, 'phone'],
      [{ phone: '2391234567' }, 'phone'],
      [{ name: '' }, 'name'],
      [{ licenceNo: '短' }, 'licenceNo'],
      [{ joinedOn: '2999-01-01' }, 'joinedOn'],
      [{ providerId: '00000050-0000-4000-8000-0000000000ff' }, 'providerId'],
    ])('names the bad field of %j', async (patch, field) => {
      const res = await app.gql(CREATE, { input: newAdviser({ licenceNo: '11411202699999999', ...patch }) }, bureau);
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.extensions?.field).toBe(field);
    });

    it('accepts landlines and mobiles written with +86 or spaces', async () => {
      const res = await app.gql(
        CREATE,
        { input: newAdviser({ name: '孙国庆', phone: '+86 139 1234 0000', licenceNo: '11411202600000077' }) },
        bureau,
      );
      expect(res.errors).toBeUndefined();
      const row = await app.orm.em.fork().findOneOrFail(LegalAdviser, { id: res.data.createLegalAdviser.id });
      expect(row.phone).toBe('13912340000');
    });

    it('records a change with from and to, and refuses an edit based on a stale version with CONFLICT', async () => {
      const target = demoRoster()[7]!;
      const first = await app.gql(UPDATE, { id: target.id, input: { version: 1, phone: '13800001111', reason: '更换号码' } }, bureau);
      expect(first.errors).toBeUndefined();
      expect(first.data.updateLegalAdviser.version).toBe(2);
      const changed = first.data.updateLegalAdviser.history.find((e: any) => e.kind === 'CHANGED');
      expect(changed.changes).toEqual({ phone: { from: target.phone, to: '13800001111' } });
      const stale = await app.gql(UPDATE, { id: target.id, input: { version: 1, phone: '13800002222', reason: '又换' } }, bureau);
      expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
      const row = await app.orm.em.fork().findOneOrFail(LegalAdviser, { id: target.id });
      expect(row.phone).toBe('13800001111');
    });

    it('suspends, reinstates and removes, refusing transitions that make no sense', async () => {
      const target = demoRoster()[8]!;
      const change = (verb: string, effectiveOn: string) =>
        app.gql(
          `mutation($id: ID!, $d: Date!) { ${verb}(id: $id, input: { effectiveOn: $d, reason: "测试" }) { status } }`,
          { id: target.id, d: effectiveOn },
          bureau,
        );
      expect((await change('reinstateLegalAdviser', '2026-01-01')).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect((await change('suspendLegalAdviser', '2026-01-01')).data.suspendLegalAdviser.status).toBe('SUSPENDED');
      expect((await change('suspendLegalAdviser', '2026-01-02')).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect((await change('reinstateLegalAdviser', '2026-02-01')).data.reinstateLegalAdviser.status).toBe('ACTIVE');
      expect((await change('removeLegalAdviser', '2026-03-01')).data.removeLegalAdviser.status).toBe('REMOVED');
      const events = await app.orm.em.fork().find(RosterEvent, { adviser: target.id }, { orderBy: { effectiveOn: 'asc' } });
      expect(events.map((e) => e.kind)).toEqual(['JOINED', 'SUSPENDED', 'REINSTATED', 'REMOVED']);
    });

    it('ends the pairings of a removed adviser, so their villages become uncovered', async () => {
      const target = demoRoster()[9]!;
      const villages = demoPairings()
        .filter((p) => p.adviserId === target.id)
        .map((p) => p.villageId);
      expect(villages.length).toBeGreaterThan(0);
      const res = await app.gql(
        `mutation($id: ID!) { removeLegalAdviser(id: $id, input: { effectiveOn: "2026-06-01", reason: "调离" }) { status villageCount } }`,
        { id: target.id },
        bureau,
      );
      expect(res.data.removeLegalAdviser).toEqual({ status: 'REMOVED', villageCount: 0 });
      const pairings = await app.orm.em.fork().find(Pairing, { adviser: target.id });
      expect(pairings).toHaveLength(villages.length);
      expect(pairings.filter((p) => p.validTo !== '2026-05-31')).toEqual([]);
      const coverage = await app.gql('{ coverage { uncovered { id } } }', {}, bureau);
      const uncovered = coverage.data.coverage.uncovered.map((v: { id: string }) => v.id);
      for (const v of villages) expect(uncovered).toContain(v);
    });

    it('reconstructs the roster on a past date', async () => {
      const target = demoRoster()[11]!;
      await app.gql(
        `mutation($id: ID!) { suspendLegalAdviser(id: $id, input: { effectiveOn: "2025-05-01", reason: "暂停执业" }) { status } }`,
        { id: target.id },
        bureau,
      );
      const on = async (date: string) =>
        (await app.gql('query($d: Date!) { rosterOn(date: $d) { adviserId status phone } }', { d: date }, bureau)).data.rosterOn;
      const before = await on('2025-04-30');
      expect(before.find((e: any) => e.adviserId === target.id).status).toBe('ACTIVE');
      const after = await on('2025-05-02');
      expect(after.find((e: any) => e.adviserId === target.id).status).toBe('SUSPENDED');
      // Advisers who joined after the date are not on that day's roster.
      const late = demoRoster().find((a) => a.joinedOn > '2024-12-31')!;
      expect((await on('2024-12-31')).map((e: any) => e.adviserId)).not.toContain(late.id);
      const future = await app.gql('query { rosterOn(date: "2999-01-01") { adviserId } }', {}, bureau);
      expect(future.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'date' });
    });
  });

  describe('scope', () => {
    it('shows an office only the advisers serving its township today', async () => {
      const township = townshipId('tianning');
      const res = await app.gql(LIST, { o: { take: 100 } }, await app.login('office.tianning'));
      expect(res.errors).toBeUndefined();
      const ids: string[] = res.data.legalAdvisers.items.map((a: { id: string }) => a.id);
      expect(ids.length).toBeGreaterThan(0);
      const bureauView = await app.gql(LIST, { o: { take: 100, filter: { townshipId: township } } }, bureau);
      expect(ids.sort()).toEqual(bureauView.data.legalAdvisers.items.map((a: { id: string }) => a.id).sort());
      const outsider = demoRoster().find((a) => !ids.includes(a.id))!;
      const one = await app.gql('query($id: ID!) { legalAdviser(id: $id) { id } }', { id: outsider.id }, await app.login('office.tianning'));
      expect(one.data.legalAdviser).toBeNull();
    });

    it('opens to an office only the villages and pairings of an adviser that lie in its township, counting them all', async () => {
      // An adviser serving villages of 天宁镇 and of 夏家营镇.
      const regions = new Map(demoRegions().map((r) => [r.id, r]));
      const townshipOf = (villageId: string) => regions.get(villageId)!.parentId;
      const tianning = townshipId('tianning');
      const adviserId = demoPairings().find(
        (p) =>
          townshipOf(p.villageId) === townshipId('xiajiaying') &&
          demoPairings().some((q) => q.adviserId === p.adviserId && townshipOf(q.villageId) === tianning),
      )!.adviserId;
      const served = demoPairings().filter((p) => p.adviserId === adviserId);
      const Q = `query($id: ID!) { legalAdviser(id: $id) { villageCount villages { id committee { members { phone } } } currentPairings { id village { id } } } }`;
      const office = (await app.gql(Q, { id: adviserId }, await app.login('office.tianning'))).data.legalAdviser;
      const elsewhere = served.filter((p) => townshipOf(p.villageId) !== tianning);
      expectOnlyInScope(
        office.villages,
        (v: any) => townshipOf(v.id) === tianning,
        elsewhere.map((p) => p.villageId),
      );
      expectOnlyInScope(
        office.currentPairings,
        (p: any) => townshipOf(p.village.id) === tianning,
        elsewhere.map((p) => p.id),
      );
      expect(office.villageCount).toBe(served.length);
      const county = (await app.gql(Q, { id: adviserId }, bureau)).data.legalAdviser;
      expect(county.villages.map((v: any) => v.id).sort()).toEqual(served.map((p) => p.villageId).sort());
      expect(county.currentPairings).toHaveLength(served.length);
    });

    it('shows an adviser only themselves', async () => {
      const res = await app.gql(LIST, {}, await app.login('adviser.2'));
      expect(res.data.legalAdvisers.items.map((a: { id: string }) => a.id)).toEqual([demoAccount('adviser.2').adviserId]);
    });

    it.each(['analyst', 'party.1'])('refuses the adviser list to %s', async (username) => {
      const res = await app.gql(LIST, {}, await app.login(username));
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });

    it.each(['office.tianning', 'adviser.1'])('refuses roster changes by %s', async (username) => {
      const res = await app.gql(CREATE, { input: newAdviser({ licenceNo: '11411202600000001' }) }, await app.login(username));
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });

    it('filters by status, profession and search, and flags overloaded advisers', async () => {
      const lawyers = await app.gql(LIST, { o: { take: 100, filter: { profession: 'LAWYER' } } }, bureau);
      expect(lawyers.data.legalAdvisers.totalItems).toBeGreaterThan(0);
      const overloaded = (await app.gql(LIST, { o: { take: 100 } }, bureau)).data.legalAdvisers.items.filter((a: any) => a.overloaded);
      expect(overloaded.length).toBeGreaterThan(0);
      expect(overloaded.filter((a: any) => a.villageCount <= 5)).toEqual([]);
      const q = await app.gql(LIST, { o: { filter: { q: demoRoster()[3]!.name } } }, bureau);
      expect(q.data.legalAdvisers.items[0].name).toBe(demoRoster()[3]!.name);
    });
  });

  describe('statement count', () => {
    it('lists advisers with providers and current villages in the same number of statements for 10 rows and 100', async () => {
      // The demo roster has 34 advisers; enough more join for a page of 100.
      for (let i = 0; i < 70; i += 1) {
        const res = await app.gql(
          CREATE,
          { input: newAdviser({ name: `批量顾问${i}`, licenceNo: `9141120260${String(i).padStart(7, '0')}` }) },
          bureau,
        );
        expect(res.errors).toBeUndefined();
      }
      const ten = await countQueries(() => app.gql(LIST, { o: { take: 10 } }, bureau));
      const all = await countQueries(async () => {
        const res = await app.gql(LIST, { o: { take: 100 } }, bureau);
        expect(res.data.legalAdvisers.items).toHaveLength(100);
        expect(res.data.legalAdvisers.items.some((a: any) => a.villages.length > 0 && a.provider)).toBe(true);
      });
      expect(all.count).toBe(ten.count);
    });
  });
});

describe('the load cap setting', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('is the bureau’s to change, and moves who is flagged as overloaded', async () => {
    const bureau = await app.login('bureau');
    const flagged = async () => (await app.gql(LIST, { o: { take: 100 } }, bureau)).data.legalAdvisers.items.filter((a: any) => a.overloaded).length;
    expect((await app.gql('{ settings { adviserLoadCap } }', {}, bureau)).data.settings.adviserLoadCap).toBe(5);
    const atFive = await flagged();
    const raised = await updateSettings(app, bureau, { adviserLoadCap: 6 });
    expect(raised.data.updateSettings.adviserLoadCap).toBe(6);
    expect(await flagged()).toBeLessThan(atFive);
    const bad = await updateSettings(app, bureau, { adviserLoadCap: 0, noticeBoardQrUrl: 'javascript:alert(1)' });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const office = await updateSettings(app, await app.login('office.tianning'), { adviserLoadCap: 9 });
    expect(office.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
