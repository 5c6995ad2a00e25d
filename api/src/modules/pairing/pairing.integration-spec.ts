import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { UNCOVERED_VILLAGE_COUNT, demoAccount, demoPairings, demoRegions, demoRoster } from '@fengqiao/seeds';
import { startTestApp, type TestApp } from '../../../test/app.js';
import { expectOnlyInScope } from '../../../test/scope.js';
import { Pairing } from './pairing.entity.js';

const CREATE = `mutation($input: CreatePairingInput!) { createPairing(input: $input) { id validFrom validTo deputyDirector adviser { id } village { id } } }`;
const END = `mutation($id: ID!, $to: Date!) { endPairing(id: $id, validTo: $to) { id validTo } }`;
const REASSIGN = `mutation($input: ReassignVillageInput!) { reassignVillage(input: $input) { id validFrom adviser { id } } }`;
const COVERAGE = `query($r: ID, $d: Date) { coverage(regionId: $r, asOf: $d) { villageCount coveredCount ratio uncovered { id name } } }`;

const villages = demoRegions().filter((r) => r.level === 'VILLAGE');
const paired = new Set(demoPairings().map((p) => p.villageId));
const uncovered = villages.filter((v) => !paired.has(v.id));
const unpairedAdvisers = demoRoster().filter((a) => !demoPairings().some((p) => p.adviserId === a.id));

describe('PairingService', () => {
  let app: TestApp;
  let bureau: string;
  beforeAll(async () => {
    app = await startTestApp();
    bureau = await app.login('bureau');
  });
  afterAll(() => app.close());

  it('leaves the demo county with villages to cover', async () => {
    const res = await app.gql(COVERAGE, {}, bureau);
    expect(res.data.coverage).toMatchObject({ villageCount: villages.length, coveredCount: villages.length - UNCOVERED_VILLAGE_COUNT });
    expect(res.data.coverage.uncovered.map((v: { id: string }) => v.id).sort()).toEqual(uncovered.map((v) => v.id).sort());
  });

  it('pairs an adviser with an uncovered village, and coverage rises', async () => {
    const before = (await app.gql(COVERAGE, {}, bureau)).data.coverage;
    const village = uncovered[0]!;
    const res = await app.gql(
      CREATE,
      { input: { adviserId: unpairedAdvisers[0]!.id, villageId: village.id, validFrom: '2025-01-01', deputyDirector: true } },
      bureau,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.createPairing).toMatchObject({ validFrom: '2025-01-01', validTo: null, deputyDirector: true, village: { id: village.id } });
    const after = (await app.gql(COVERAGE, {}, bureau)).data.coverage;
    expect(after.coveredCount).toBe(before.coveredCount + 1);
    expect(after.ratio).toBeGreaterThan(before.ratio);
    expect(after.uncovered.map((v: { id: string }) => v.id)).not.toContain(village.id);
    // Coverage on a date before the pairing began is unchanged.
    const past = (await app.gql(COVERAGE, { d: '2024-12-31' }, bureau)).data.coverage;
    expect(past.coveredCount).toBe(before.coveredCount);
  });

  it('refuses a second pairing that overlaps the first with CONFLICT, and writes nothing', async () => {
    const village = villages.find((v) => paired.has(v.id))!;
    const count = await app.orm.em.fork().count(Pairing, {});
    const res = await app.gql(
      CREATE,
      { input: { adviserId: unpairedAdvisers[1]!.id, villageId: village.id, validFrom: '2026-01-01', deputyDirector: false } },
      bureau,
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await app.orm.em.fork().count(Pairing, {})).toBe(count);
  });

  it('lets exactly one of 20 concurrent overlapping pairings for one village win', async () => {
    const village = uncovered[1]!;
    const advisers = demoRoster().slice(2, 22);
    const results = await Promise.all(
      advisers.map((a, i) =>
        app.gql(CREATE, { input: { adviserId: a.id, villageId: village.id, validFrom: `2026-0${1 + (i % 9)}-01`, deputyDirector: false } }, bureau),
      ),
    );
    const outcomes = results.map((r) => (r.data?.createPairing ? 'created' : r.errors?.[0]?.extensions?.code)).sort();
    expect(outcomes).toEqual([...Array(19).fill('CONFLICT'), 'created']);
    expect(await app.orm.em.fork().count(Pairing, { village: village.id })).toBe(1);
  });

  it('allows back-to-back pairings that do not overlap', async () => {
    const village = uncovered[2]!;
    const first = await app.gql(
      CREATE,
      { input: { adviserId: unpairedAdvisers[0]!.id, villageId: village.id, validFrom: '2025-01-01', validTo: '2025-06-30', deputyDirector: false } },
      bureau,
    );
    expect(first.errors).toBeUndefined();
    const second = await app.gql(
      CREATE,
      { input: { adviserId: unpairedAdvisers[1]!.id, villageId: village.id, validFrom: '2025-07-01', deputyDirector: false } },
      bureau,
    );
    expect(second.errors).toBeUndefined();
    const overlapping = await app.gql(
      CREATE,
      { input: { adviserId: unpairedAdvisers[2]!.id, villageId: village.id, validFrom: '2025-06-30', validTo: '2025-06-30', deputyDirector: false } },
      bureau,
    );
    expect(overlapping.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('reassigns a village in one transaction: the old pairing ends the day before', async () => {
    const current = demoPairings()[10]!;
    const newcomer = unpairedAdvisers[3]!;
    const res = await app.gql(
      REASSIGN,
      { input: { villageId: current.villageId, adviserId: newcomer.id, from: '2026-03-01', deputyDirector: true } },
      bureau,
    );
    expect(res.errors).toBeUndefined();
    const em = app.orm.em.fork();
    const old = await em.findOneOrFail(Pairing, { id: current.id });
    expect(old.validTo).toBe('2026-02-28');
    const next = await em.findOneOrFail(Pairing, { village: current.villageId, validFrom: '2026-03-01' });
    expect(next.adviser.id).toBe(newcomer.id);
  });

  it('ends a pairing, and refuses an end before its start naming validTo', async () => {
    const p = demoPairings()[20]!;
    const bad = await app.gql(END, { id: p.id, to: '2020-01-01' }, bureau);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'validTo' });
    const ok = await app.gql(END, { id: p.id, to: '2026-10-31' }, bureau);
    expect(ok.data.endPairing.validTo).toBe('2026-10-31');
  });

  it.each([
    [{ validFrom: '2025-13-01' }, 'validFrom'],
    [{ validTo: '2024-01-01' }, 'validTo'],
    [{ adviserId: 'nope' }, 'adviserId'],
    [{ villageId: '00000010-0000-4000-8000-000000000002' }, 'villageId'],
  ])('names the bad field of %j', async (patch, field) => {
    const input = { adviserId: unpairedAdvisers[0]!.id, villageId: uncovered[3]!.id, validFrom: '2025-02-01', deputyDirector: false, ...patch };
    const res = await app.gql(CREATE, { input }, bureau);
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(res.errors?.[0])).toContain(field);
  });

  it('refuses to pair a suspended adviser', async () => {
    const adviser = unpairedAdvisers[2]!;
    const suspend = await app.gql(
      `mutation($id: ID!) { suspendLegalAdviser(id: $id, input: { effectiveOn: "2026-01-05", reason: "停业整顿" }) { status } }`,
      { id: adviser.id },
      bureau,
    );
    expect(suspend.data.suspendLegalAdviser.status).toBe('SUSPENDED');
    const res = await app.gql(
      CREATE,
      { input: { adviserId: adviser.id, villageId: uncovered[3]!.id, validFrom: '2026-02-01', deputyDirector: false } },
      bureau,
    );
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'adviserId' });
  });

  it.each(['office.tianning', 'adviser.1', 'analyst', 'party.1'])('refuses pairing changes by %s', async (username) => {
    const res = await app.gql(
      CREATE,
      { input: { adviserId: unpairedAdvisers[0]!.id, villageId: uncovered[3]!.id, validFrom: '2025-02-01', deputyDirector: false } },
      await app.login(username),
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('shows an adviser only their own pairings', async () => {
    const a = demoAccount('adviser.1');
    const res = await app.gql('{ pairings(options: { take: 100 }) { totalItems items { id adviser { id } } } }', {}, await app.login('adviser.1'));
    expect(res.data.pairings.totalItems).toBe(demoPairings().filter((p) => p.adviserId === a.adviserId).length);
    const others = demoPairings()
      .filter((p) => p.adviserId !== a.adviserId)
      .map((p) => p.id);
    expectOnlyInScope(res.data.pairings.items, (p: any) => p.adviser.id === a.adviserId, others);
  });

  it('keeps an adviser’s ended pairing in their list, but not the village they no longer serve', async () => {
    const a = demoAccount('adviser.1');
    const pairing = demoPairings()
      .filter((p) => p.adviserId === a.adviserId)
      .at(-1)!;
    const ended = await app.gql(
      REASSIGN,
      { input: { villageId: pairing.villageId, adviserId: unpairedAdvisers[1]!.id, from: '2026-06-01', deputyDirector: false } },
      bureau,
    );
    expect(ended.errors).toBeUndefined();
    const VIEW = `query($ids: [ID!]) { pairings(options: { filter: { ids: $ids } }) { items { id validTo villageId villageName
      village { id committee { members { name phone } } currentAdviser { id phone } } } } }`;
    const village = demoRegions().find((r) => r.id === pairing.villageId)!;
    const own = (await app.gql(VIEW, { ids: [pairing.id] }, await app.login('adviser.1'))).data.pairings.items;
    // Their history stays theirs, by name; the village's mediators and its new adviser are not theirs to read.
    expect(own).toEqual([{ id: pairing.id, validTo: '2026-05-31', villageId: village.id, villageName: village.name, village: null }]);
    const seen = (await app.gql(VIEW, { ids: [pairing.id] }, bureau)).data.pairings.items;
    expect(seen[0].village).toMatchObject({ id: village.id, currentAdviser: { id: unpairedAdvisers[1]!.id } });
  });
});
