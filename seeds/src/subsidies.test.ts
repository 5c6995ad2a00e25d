import assert from 'node:assert/strict';
import { test } from 'node:test';
import { demoAssessmentRecords } from './assessment.js';
import { demoCases } from './cases.js';
import { demoWorkLogs } from './worklogs.js';
import { demoSubsidies, lastEndedQuarter, SUBSIDY_CASE_FROM, SUBSIDY_CASE_PLANS } from './subsidies.js';

test('the subsidy period is the last quarter that ended, across a year boundary', () => {
  assert.deepEqual(lastEndedQuarter('2026-12-02'), {
    code: '2026-Q3',
    from: '2026-07-01',
    to: '2026-09-30',
    months: ['2026-07', '2026-08', '2026-09'],
  });
  assert.equal(lastEndedQuarter('2027-01-01').code, '2026-Q4');
  assert.equal(lastEndedQuarter('2027-01-01').to, '2026-12-31');
  assert.equal(lastEndedQuarter('2027-04-01').code, '2027-Q1');
});

test('the subsidy cases close in the period, the unrated one before the first rate, the paid one in the paid month', () => {
  for (const at of ['2026-12-02T09:00:00+08:00', '2027-01-03T09:00:00+08:00', '2027-05-31T09:00:00+08:00']) {
    const now = new Date(at);
    const { period, rates, paidMonth, paidOn } = demoSubsidies(now);
    const cases = demoCases(now).filter((c) => c.seq >= SUBSIDY_CASE_FROM);
    assert.equal(cases.length, SUBSIDY_CASE_PLANS.length);
    const firstRate = rates.map((r) => r.effectiveFrom).sort()[0]!;
    cases.forEach((c, k) => {
      const plan = SUBSIDY_CASE_PLANS[k]!;
      assert.ok(c.closedOn! >= period.from && c.closedOn! <= period.to, `${at}: case ${c.seq} closes in ${period.code}`);
      assert.equal(c.closedOn! < firstRate, plan.expect === 'NO_RATE');
      assert.equal(c.closedOn!.startsWith(paidMonth), plan.expect === 'ALREADY_PAID' || plan.expect === 'NO_RATE');
    });
    assert.ok(paidOn < at.slice(0, 10));
    // The paid month is none of the work-log demo's months, whose consultations are counted as they are.
    const { months } = demoWorkLogs(now);
    assert.ok(![months.older, months.previous, months.current].includes(paidMonth));
  }
});

test('from January to March the assessment records are last year’s, every quarter and month of it', () => {
  for (const at of ['2027-01-03T09:00:00+08:00', '2027-03-31T20:00:00+08:00']) {
    const now = new Date(at);
    const r = demoAssessmentRecords(now);
    const { months } = demoWorkLogs(now);
    assert.equal(r.year, 2026);
    assert.deepEqual([...new Set(r.trainings.map((t) => t.quarter))].sort(), [1, 2, 3, 4]);
    assert.ok(r.reports.some((m) => m.month === '2026-12'));
    const dates = [...r.trainings.map((t) => t.at), ...r.reports.map((m) => m.submittedAt), ...r.zeroReports.map((z) => z.reportedAt)];
    assert.ok(dates.every((d) => new Date(d) < now));
    for (const rows of [r.checks, r.consultations]) assert.ok(rows.every((x) => x.month !== months.older && x.month !== months.previous));
  }
  assert.equal(demoAssessmentRecords(new Date('2027-04-01T09:00:00+08:00')).year, 2027);
});

test('the assessment records are dated before the seed day and keep out of the work-log demo’s months', () => {
  const now = new Date('2027-08-20T10:00:00+08:00');
  const r = demoAssessmentRecords(now);
  const { months } = demoWorkLogs(now);
  assert.equal(r.year, 2027);
  const dates = [
    ...r.trainings.map((t) => t.at),
    ...r.reports.map((m) => m.submittedAt),
    ...r.consultations.map((e) => e.at),
    ...r.zeroReports.map((z) => z.reportedAt),
  ];
  assert.ok(dates.every((d) => new Date(d) < now && d.startsWith('2027-')));
  for (const rows of [r.checks, r.consultations]) assert.ok(rows.every((x) => x.month !== months.older && x.month !== months.previous));
  const ids = [...r.trainings, ...r.reports, ...r.checks, ...r.consultations, ...r.zeroReports].map((x) => x.id);
  assert.equal(new Set(ids).size, ids.length);
});
