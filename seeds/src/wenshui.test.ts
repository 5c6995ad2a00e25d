import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CITY_ID, demoRegions } from './regions.js';
import { demoCases } from './cases.js';
import { demoPairings } from './roster.js';
import { WENSHUI_ID, wenshuiCases, wenshuiPairings, wenshuiRegions } from './wenshui.js';

test('文水县 is a small county of 吕梁市 with its real code, its codes under its own', () => {
  const regions = wenshuiRegions();
  assert.deepEqual(wenshuiRegions(), regions);
  const county = regions.find((r) => r.id === WENSHUI_ID)!;
  assert.deepEqual([county.parentId, county.code, county.name], [CITY_ID, '141121000000', '文水县']);
  for (const r of regions) assert.ok(r.code.startsWith('141121'), r.name);
  assert.equal(regions.filter((r) => r.level === 'TOWNSHIP').length, 3);
  assert.ok(regions.filter((r) => r.level === 'VILLAGE').length < 20);
});

test('文水县 shares no id, code or village name with 交城县', () => {
  const a = demoRegions();
  const b = wenshuiRegions();
  const ids = new Set(a.map((r) => r.id));
  const codes = new Set(a.map((r) => r.code));
  assert.ok(b.every((r) => !ids.has(r.id) && !codes.has(r.code)));
  const pairingIds = new Set(demoPairings().map((p) => p.id));
  assert.ok(wenshuiPairings().every((p) => !pairingIds.has(p.id)));
  const caseIds = new Set(demoCases().flatMap((c) => [c.id, ...c.parties.map((p) => p.personId), ...c.parties.map((p) => p.id)]));
  assert.ok(wenshuiCases().every((c) => !caseIds.has(c.id) && c.parties.every((p) => !caseIds.has(p.personId) && !caseIds.has(p.id))));
});

test('文水县 leaves one village uncovered and its cases lie in covered villages', () => {
  const villages = wenshuiRegions().filter((r) => r.level === 'VILLAGE');
  const paired = new Set(wenshuiPairings().map((p) => p.villageId));
  assert.equal(villages.filter((v) => !paired.has(v.id)).length, 1);
  assert.ok(wenshuiCases().every((c) => paired.has(c.villageId)));
});
