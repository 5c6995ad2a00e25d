import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { demoAccount, demoCommittees, demoPairings, demoRegions, townshipId } from '@fengqiao/seeds';
import { countQueries, startTestApp, type TestApp } from '../../../test/app.js';
import { expectOnlyInScope } from '../../../test/scope.js';

const LIST = `query($o: VillageListOptions) { villages(options: $o) { totalItems items {
  id name township { name } committee { name fixedOffice mediationRoom noticeBoardPosted members { name role phone } }
  currentAdviser { id name phone } currentPairing { validFrom deputyDirector } } } }`;
const ONE = 'query($id: ID!) { village(id: $id) { id name committee { id version } } }';

const regions = demoRegions();
const tianning = townshipId('tianning');
const ownVillage = regions.find((r) => r.parentId === tianning)!;
const otherVillage = regions.find((r) => r.parentId === townshipId('xishe'))!;

describe('VillageService', () => {
  let app: TestApp;
  let bureau: string;
  let office: string;
  beforeAll(async () => {
    app = await startTestApp();
    bureau = await app.login('bureau');
    office = await app.login('office.tianning');
  });
  afterAll(() => app.close());

  it('lists villages with committee, members and current adviser', async () => {
    const res = await app.gql(LIST, { o: { filter: { ids: [ownVillage.id] } } }, bureau);
    const v = res.data.villages.items[0];
    const committee = demoCommittees().find((c) => c.villageId === ownVillage.id)!;
    expect(v.township.name).toBe('天宁镇');
    expect(v.committee.members).toHaveLength(committee.members.length);
    const pairing = demoPairings().find((p) => p.villageId === ownVillage.id)!;
    expect(v.currentAdviser.id).toBe(pairing.adviserId);
  });

  it('filters covered and uncovered villages in SQL, so totals agree with pages', async () => {
    const all = (await app.gql(LIST, { o: { take: 1 } }, bureau)).data.villages.totalItems;
    const covered = (await app.gql(LIST, { o: { take: 1, filter: { covered: true } } }, bureau)).data.villages.totalItems;
    const uncovered = await app.gql(LIST, { o: { take: 100, filter: { covered: false } } }, bureau);
    expect(covered + uncovered.data.villages.totalItems).toBe(all);
    expect(uncovered.data.villages.items.length).toBeGreaterThan(0);
    expect(uncovered.data.villages.items.filter((v: any) => v.currentAdviser !== null)).toEqual([]);
  });

  it('lets an office open its own villages and not another township’s (null, as if it did not exist)', async () => {
    expect((await app.gql(ONE, { id: ownVillage.id }, office)).data.village.name).toBe(ownVillage.name);
    const other = await app.gql(ONE, { id: otherVillage.id }, office);
    expect(other.errors).toBeUndefined();
    expect(other.data.village).toBeNull();
    const list = await app.gql(LIST, { o: { take: 100 } }, office);
    expectOnlyInScope(list.data.villages.items, (v: any) => v.township.name === '天宁镇', [otherVillage.id]);
  });

  it('shows an adviser only the villages paired with them', async () => {
    const adviserId = demoAccount('adviser.2').adviserId;
    const res = await app.gql(LIST, { o: { take: 100 } }, await app.login('adviser.2'));
    const others = demoPairings()
      .filter((p) => p.adviserId !== adviserId && p.validTo === null)
      .map((p) => p.villageId);
    expectOnlyInScope(res.data.villages.items, (v: any) => v.currentAdviser.id === adviserId, others);
    expect(res.data.villages.totalItems).toBe(demoPairings().filter((p) => p.adviserId === adviserId).length);
  });

  it('refuses the village list to analysts and parties', async () => {
    for (const u of ['analyst', 'party.1']) {
      const res = await app.gql(LIST, {}, await app.login(u));
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });

  describe('committee maintenance', () => {
    const UPDATE = `mutation($v: ID!, $input: UpdateCommitteeInput!) { updateMediationCommittee(villageId: $v, input: $input) { noticeBoardPosted mediationRoom version } }`;

    it('lets the office tick its checklist, and refuses a stale version with CONFLICT', async () => {
      const { version } = (await app.gql(ONE, { id: ownVillage.id }, office)).data.village.committee;
      const seeded = demoCommittees().find((c) => c.villageId === ownVillage.id)!;
      const input = { version, noticeBoardPosted: !seeded.noticeBoardPosted, mediationRoom: !seeded.mediationRoom };
      const ok = await app.gql(UPDATE, { v: ownVillage.id, input }, office);
      expect(ok.errors).toBeUndefined();
      expect(ok.data.updateMediationCommittee).toEqual({
        noticeBoardPosted: input.noticeBoardPosted,
        mediationRoom: input.mediationRoom,
        version: version + 1,
      });
      const stale = await app.gql(UPDATE, { v: ownVillage.id, input: { version, noticeBoardPosted: seeded.noticeBoardPosted } }, office);
      expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    });

    it('refuses another township’s committee as NOT_FOUND', async () => {
      const res = await app.gql(UPDATE, { v: otherVillage.id, input: { version: 1, noticeBoardPosted: true } }, office);
      expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    });

    it('adds, edits and removes members, validating phones', async () => {
      const add = `mutation($v: ID!, $input: CommitteeMemberInput!) { addCommitteeMember(villageId: $v, input: $input) { id name role phone version } }`;
      const bad = await app.gql(add, { v: ownVillage.id, input: { name: '刘调解', role: 'MEMBER', phone: '110' } }, office);
      expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'phone' });
      const res = await app.gql(add, { v: ownVillage.id, input: { name: '刘调解', role: 'MEMBER', phone: '0358-3521234' } }, office);
      expect(res.data.addCommitteeMember).toMatchObject({ name: '刘调解', role: 'MEMBER', phone: '0358-3521234' });
      const id = res.data.addCommitteeMember.id;
      const edit = await app.gql(
        `mutation($id: ID!, $ver: Int!) { updateCommitteeMember(id: $id, input: { name: "刘调解", role: DEPUTY }, version: $ver) { role phone version } }`,
        { id, ver: res.data.addCommitteeMember.version },
        office,
      );
      expect(edit.data.updateCommitteeMember).toEqual({ role: 'DEPUTY', phone: null, version: res.data.addCommitteeMember.version + 1 });
      const other = await app.gql(`mutation($id: ID!) { removeCommitteeMember(id: $id) }`, { id }, await app.login('adviser.1'));
      expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect((await app.gql(`mutation($id: ID!) { removeCommitteeMember(id: $id) }`, { id }, office)).data.removeCommitteeMember).toBe(true);
    });
  });

  describe('coverage', () => {
    it('measures an office’s township by default and refuses another township', async () => {
      const res = await app.gql('{ coverage { region { name } villageCount coveredCount ratio adviserLoads { villageCount } } }', {}, office);
      expect(res.data.coverage.region.name).toBe('天宁镇');
      expect(res.data.coverage.villageCount).toBe(regions.filter((r) => r.parentId === tianning).length);
      const other = await app.gql('query($r: ID) { coverage(regionId: $r) { ratio } }', { r: townshipId('xishe') }, office);
      expect(other.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    });

    it('gives the county a breakdown per township that adds up', async () => {
      const res = await app.gql('{ coverage { villageCount coveredCount townships { villageCount coveredCount ratio } } }', {}, bureau);
      const t = res.data.coverage.townships;
      expect(t).toHaveLength(10);
      expect(t.reduce((n: number, x: any) => n + x.villageCount, 0)).toBe(res.data.coverage.villageCount);
      expect(t.reduce((n: number, x: any) => n + x.coveredCount, 0)).toBe(res.data.coverage.coveredCount);
    });

    it('gives the analyst the figures but not the advisers’ names, nor people through uncovered villages', async () => {
      const analyst = await app.login('analyst');
      const ok = await app.gql('{ coverage { ratio uncovered { name } } }', {}, analyst);
      expect(ok.data.coverage.ratio).toBeGreaterThan(0.9);
      const loads = await app.gql('{ coverage { adviserLoads { adviser { name } } } }', {}, analyst);
      expect(loads.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const people = await app.gql('{ coverage { uncovered { committee { members { name phone } } } } }', {}, analyst);
      expect(people.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(JSON.stringify(people.data)).not.toMatch(/1[3-9]\d{9}/);
    });
  });

  describe('statement count', () => {
    it('lists villages with current adviser and committee in the same number of statements for 10 rows and 100', async () => {
      const ten = await countQueries(() => app.gql(LIST, { o: { take: 10 } }, bureau));
      const hundred = await countQueries(async () => {
        const res = await app.gql(LIST, { o: { take: 100 } }, bureau);
        expect(res.data.villages.items).toHaveLength(100);
      });
      expect(hundred.count).toBe(ten.count);
    });
  });
});
