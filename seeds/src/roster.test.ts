import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEMO_ADVISERS } from './accounts.js';
import { demoRegions } from './regions.js';
import { UNCOVERED_VILLAGE_COUNT, demoCommittees, demoPairings, demoRoster } from './roster.js';

test('pairings leave exactly the promised villages uncovered and never pair a village twice', () => {
  const villages = demoRegions().filter((r) => r.level === 'VILLAGE');
  const pairings = demoPairings();
  const paired = new Set(pairings.map((p) => p.villageId));
  assert.equal(paired.size, pairings.length);
  assert.equal(villages.length - paired.size, UNCOVERED_VILLAGE_COUNT);
});

test('both demo advisers serve villages, and some advisers are over the load cap of 5', () => {
  const pairings = demoPairings();
  for (const a of DEMO_ADVISERS)
    assert.ok(
      pairings.some((p) => p.adviserId === a.id),
      a.name,
    );
  const loads = new Map<string, number>();
  for (const p of pairings) loads.set(p.adviserId, (loads.get(p.adviserId) ?? 0) + 1);
  assert.ok([...loads.values()].some((n) => n > 5));
});

test('licence numbers are unique and every village has a committee with a director', () => {
  const roster = demoRoster();
  assert.equal(new Set(roster.map((a) => a.licenceNo)).size, roster.length);
  const committees = demoCommittees();
  assert.equal(committees.length, demoRegions().filter((r) => r.level === 'VILLAGE').length);
  assert.ok(committees.every((c) => c.members.some((m) => m.role === 'DIRECTOR')));
});

test('the demo guarantee: party.1 applied, adviser.1 assigned, adviser.2 not, with a written agreement', async () => {
  const { demoCases, demoCasePersons } = await import('./cases.js');
  const { demoAccount } = await import('./accounts.js');
  const first = demoCases()[0]!;
  assert.equal(first.parties[0]!.personId, demoAccount('party.1').personId);
  assert.ok(first.adviserIds.includes(demoAccount('adviser.1').adviserId!));
  assert.ok(!first.adviserIds.includes(demoAccount('adviser.2').adviserId!));
  assert.equal(first.agreement?.form, 'WRITTEN');
  const statuses = new Set(demoCases().map((c) => c.status));
  assert.equal(statuses.size, 8);
  // Every case party is its own record; 张建国 is recorded in two cases, as two records with his one phone.
  const records = demoCasePersons();
  assert.equal(new Set(records.map((p) => p.id)).size, records.length);
  assert.equal(
    records.length,
    demoCases().reduce((n, c) => n + c.parties.length, 0),
  );
  const party1Cases = demoCases().filter((c) => c.parties.some((p) => p.person.phone === demoAccount('party.1').verifiedPhone));
  assert.ok(party1Cases.length >= 2);
});
