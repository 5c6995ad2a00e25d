import { test } from 'node:test';
import assert from 'node:assert/strict';
import { COUNTY_ID, TOWNSHIPS, demoRegions } from './regions.js';
import { DEMO_ACCOUNTS } from './accounts.js';

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
  const ids = new Set(demoRegions().map((r) => r.id));
  for (const account of DEMO_ACCOUNTS) {
    if (account.scopeRegionId) assert.ok(ids.has(account.scopeRegionId), account.username);
  }
});
