import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CITY_ID, COUNTY_ID, PROVINCE_ID, TOWNSHIPS, demoRegions } from './regions.js';
import { DEMO_ACCOUNTS } from './accounts.js';
import { wenshuiRegions } from './wenshui.js';

test('the demo county has ten townships with 8 to 20 villages each', () => {
  const regions = demoRegions();
  const townships = regions.filter((r) => r.level === 'TOWNSHIP');
  assert.equal(townships.length, TOWNSHIPS.length);
  for (const t of townships) {
    assert.equal(t.parentId, COUNTY_ID);
    const villages = regions.filter((r) => r.parentId === t.id);
    assert.ok(villages.length >= 8 && villages.length <= 20, `${t.name} has ${villages.length}`);
    assert.ok(villages.every((v) => v.level === 'VILLAGE' && v.demo));
  }
});

test('generation is deterministic and ids and names are unique', () => {
  const a = demoRegions();
  const b = demoRegions();
  assert.deepEqual(a, b);
  assert.equal(new Set(a.map((r) => r.id)).size, a.length);
  const villages = a.filter((r) => r.level === 'VILLAGE');
  assert.equal(new Set(villages.map((r) => r.name)).size, villages.length);
});

test('every demo account names a scope that exists', () => {
  const ids = new Set([...demoRegions(), ...wenshuiRegions()].map((r) => r.id));
  for (const account of DEMO_ACCOUNTS) {
    if (account.scopeRegionId) assert.ok(ids.has(account.scopeRegionId), account.username);
  }
});

test('交城县 sits under 山西省 > 吕梁市, the province the only root', () => {
  const regions = demoRegions();
  const byId = new Map(regions.map((r) => [r.id, r]));
  assert.deepEqual(
    regions.filter((r) => r.parentId === null).map((r) => [r.id, r.level, r.name]),
    [[PROVINCE_ID, 'PROVINCE', '山西省']],
  );
  assert.deepEqual([byId.get(CITY_ID)!.parentId, byId.get(COUNTY_ID)!.parentId], [PROVINCE_ID, CITY_ID]);
  assert.deepEqual(
    [PROVINCE_ID, CITY_ID, COUNTY_ID].map((id) => byId.get(id)!.code),
    ['140000000000', '141100000000', '141122000000'],
  );
});

test('every code is a 12-digit statistical code of its level that starts with its parent’s digits', () => {
  // Digits that name a region at each level (province 2, city 4, county 6, township 9, village 12).
  const own = { PROVINCE: 2, CITY: 4, COUNTY: 6, TOWNSHIP: 9, VILLAGE: 12 } as const;
  const regions = demoRegions();
  const byId = new Map(regions.map((r) => [r.id, r]));
  assert.equal(new Set(regions.map((r) => r.code)).size, regions.length);
  for (const r of regions) {
    assert.match(r.code, /^[0-9]{12}$/, r.name);
    assert.match(r.code.slice(own[r.level]), /^0*$/, r.name);
    if (r.level === 'VILLAGE') assert.doesNotMatch(r.code, /000$/, r.name);
    const parent = r.parentId ? byId.get(r.parentId)! : null;
    if (parent) assert.ok(r.code.startsWith(parent.code.slice(0, own[parent.level])), `${r.name} ${r.code} under ${parent.name} ${parent.code}`);
  }
});
