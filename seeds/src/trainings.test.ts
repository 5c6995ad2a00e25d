import { test } from 'node:test';
import assert from 'node:assert/strict';
import { demoRegions, townshipId } from './regions.js';
import { demoOffices, demoPairings } from './roster.js';
import { demoAnnualTraining, demoMeetings, demoVillageTrainings } from './trainings.js';

test('village trainings are given by each village’s own adviser, in 天宁镇, with gaps left for the grid', () => {
  const trainings = demoVillageTrainings();
  const adviserOf = new Map(demoPairings().map((p) => [p.villageId, p.adviserId]));
  for (const t of trainings) {
    assert.equal(t.adviserId, adviserOf.get(t.villageId!));
    assert.equal(t.townshipId, townshipId('tianning'));
    assert.equal(Math.ceil(Number(t.at.slice(5, 7)) / 3), t.quarter);
  }
  const villages = demoRegions().filter((r) => r.parentId === townshipId('tianning'));
  const done = new Set(trainings.map((t) => `${t.villageId}:${t.quarter}`));
  assert.ok(done.size < villages.length * 3, 'some village-quarters are missing');
  assert.ok(done.size > villages.length * 2, 'most village-quarters are done');
  assert.equal(new Set(trainings.map((t) => t.id)).size, trainings.length);
});

test('the annual training covers the four required topics and most advisers attended', () => {
  const annual = demoAnnualTraining();
  assert.deepEqual([...annual.topics].sort(), ['CASE_FILES', 'DISCIPLINE', 'ETHICS', 'MEDIATION_SKILLS']);
  assert.ok(annual.attendeeIds.length > 20);
});

test('meetings have an overdue item, a done item and an item owned by 天宁司法所, who took part', () => {
  const items = demoMeetings().flatMap((m) => m.actionItems);
  const tianning = demoOffices().find((o) => o.townshipId === townshipId('tianning'))!;
  assert.ok(items.some((i) => i.status === 'OPEN' && i.dueOn < '2026-11-01'));
  assert.ok(items.some((i) => i.status === 'DONE' && i.doneAt));
  const owned = demoMeetings().find((m) => m.actionItems.some((i) => i.ownerOfficeId === tianning.id))!;
  assert.ok(owned.participants.some((p) => p.refId === tianning.id));
  for (const m of demoMeetings()) {
    for (const i of m.actionItems)
      if (i.ownerOfficeId)
        assert.ok(
          m.participants.some((p) => p.refId === i.ownerOfficeId),
          i.title,
        );
  }
});
