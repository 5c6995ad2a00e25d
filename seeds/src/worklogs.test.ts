import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEMO_ADVISERS } from './accounts.js';
import { demoPairings } from './roster.js';
import { demoWorkLogs } from './worklogs.js';

test('the work logs cover the two months before today and leave the current month open', () => {
  const { months, entries, reports } = demoWorkLogs(new Date('2026-03-10T12:00:00+08:00'));
  assert.deepEqual(months, { older: '2026-01', previous: '2026-02', current: '2026-03' });
  assert.ok(entries.every((e) => e.month === months.older || e.month === months.previous));
  assert.ok(entries.every((e) => e.at.startsWith(e.month)));
  const adviser1 = DEMO_ADVISERS[0]!.id;
  const of1 = reports.filter((r) => r.adviserId === adviser1);
  assert.deepEqual(
    of1.map((r) => [r.month, r.status]),
    [
      ['2026-01', 'APPROVED'],
      ['2026-02', 'SUBMITTED'],
    ],
  );
  assert.ok(!reports.some((r) => r.month === months.current));
});

test('the year turns over, and every entry is in a village its adviser serves', () => {
  const { months, entries } = demoWorkLogs(new Date('2026-01-02T08:00:00+08:00'));
  assert.deepEqual(months, { older: '2025-11', previous: '2025-12', current: '2026-01' });
  const served = new Set(demoPairings().map((p) => `${p.adviserId}|${p.villageId}`));
  assert.ok(entries.every((e) => served.has(`${e.adviserId}|${e.villageId}`)));
  assert.equal(new Set(entries.map((e) => e.id)).size, entries.length);
});
