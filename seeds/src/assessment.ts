import { DEMO_ACCOUNTS } from './accounts.js';
import { fixedId } from './ids.js';
import { demoRegions } from './regions.js';
import { demoPairings } from './roster.js';
import { shanghaiDay } from './subsidies.js';

// This year's records of three advisers of the demo county, relative to the day it is seeded, so that the year's live
// assessment draft has an adviser in each of 优秀, 合格 and 基本合格 (the rest of the county, with few records of the
// year, is 不合格). They keep no case: the case indicators do not apply to them, and their subsidies stay apart.
// From January to March, when a county assesses the year that has just ended and the new one has little to grade,
// the records are last year's, whole.

const pad = (n: number) => String(n).padStart(2, '0');

export type DemoGrade = 'EXCELLENT' | 'PASS' | 'BASIC_PASS';

interface Profile {
  grade: DemoGrade;
  adviserNo: number;
  /** Shares of what fell due that was done: village trainings, monthly reports on time, zero reports on time. */
  trainings: number;
  reportsOnTime: number;
  zeroReports: number;
  rating: 'EXCELLENT' | 'GOOD' | 'FAIR';
  highlights: number;
  consultations: number;
}

// With the default scheme (weights 20/15/5/15 for trainings, reports on time, reports not returned, check ratings; 5
// each for highlights (of 2), cases (of 5), consultations (of 24), the annual training and zero reports) these land
// near 94, 81 and 65, far enough from the thresholds (90/75/60) that the rounding of a short year does not move them.
export const ASSESSMENT_PROFILES: readonly Profile[] = [
  { grade: 'EXCELLENT', adviserNo: 16, trainings: 1, reportsOnTime: 1, zeroReports: 1, rating: 'EXCELLENT', highlights: 2, consultations: 24 },
  { grade: 'PASS', adviserNo: 24, trainings: 0.9, reportsOnTime: 0.9, zeroReports: 0.9, rating: 'GOOD', highlights: 1, consultations: 18 },
  { grade: 'BASIC_PASS', adviserNo: 26, trainings: 0.8, reportsOnTime: 0.7, zeroReports: 0.7, rating: 'FAIR', highlights: 0, consultations: 12 },
];

export interface DemoAssessmentRecords {
  year: number;
  /** Each profile's adviser id, by the grade it is meant to earn. */
  advisers: Record<DemoGrade, string>;
  trainings: Array<{ id: string; adviserId: string; villageId: string; townshipId: string; quarter: number; at: string }>;
  reports: Array<{ id: string; adviserId: string; townshipId: string; month: string; deadline: string; submittedAt: string; late: boolean }>;
  checks: Array<{ id: string; adviserId: string; townshipId: string; month: string; rating: string; checkedAt: string; highlightId: string | null }>;
  consultations: Array<{ id: string; adviserId: string; villageId: string; townshipId: string; at: string; month: string }>;
  zeroReports: Array<{ id: string; villageId: string; month: string; reportedAt: string }>;
  /** Who records it all: the bureau's account (these advisers have none). */
  actorId: string;
}

const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const nextMonth = (year: number, month: number) => (month === 12 ? `${year + 1}-01` : `${year}-${pad(month + 1)}`);

/** The first `share` of `items` (rounded), the rest after: what was done and what was not. */
const done = <T>(items: readonly T[], share: number) => items.slice(0, Math.round(items.length * share));

/** The year whose assessment the demo shows on `day`: the current one, or last year's until the end of March. */
export function demoAssessedYear(day: string): number {
  const year = Number(day.slice(0, 4));
  return Number(day.slice(5, 7)) <= 3 ? year - 1 : year;
}

/** The records of the assessed year (`demoAssessedYear`) for each profile, everything dated before `now`. */
export function demoAssessmentRecords(now: Date = new Date()): DemoAssessmentRecords {
  const today = shanghaiDay(now);
  const year = demoAssessedYear(today);
  // The month "now" falls in, counted from that year's January: 13 when the year has ended.
  const month = year < Number(today.slice(0, 4)) ? 13 : Number(today.slice(5, 7));
  // Months that have ended, and quarters whose last month has. The last two months belong to the work-log demo
  // (worklogs.ts: one approved, one awaiting review), whose checks and entries are counted as they are: this demo's
  // checks and consultations keep to the months before.
  const months = Array.from({ length: month - 1 }, (_, k) => k + 1);
  const earlier = months.filter((m) => m <= month - 3);
  const quarters = [1, 2, 3, 4].filter((q) => q * 3 < month);
  const regions = new Map(demoRegions().map((r) => [r.id, r]));
  const pairings = demoPairings();
  const actorId = DEMO_ACCOUNTS.find((a) => a.role === 'BUREAU_ADMIN')!.id;
  const records: DemoAssessmentRecords = {
    year,
    advisers: {} as Record<DemoGrade, string>,
    trainings: [],
    reports: [],
    checks: [],
    consultations: [],
    zeroReports: [],
    actorId,
  };
  let n = 0;
  const next = () => {
    n += 1;
    return 800_000 + n;
  };
  for (const p of ASSESSMENT_PROFILES) {
    const adviserId = fixedId('adviser', p.adviserNo);
    records.advisers[p.grade] = adviserId;
    const villages = pairings.filter((x) => x.adviserId === adviserId).map((x) => x.villageId);
    const townshipOf = (v: string) => regions.get(v)!.parentId!;
    const townships = [...new Set(villages.map(townshipOf))];

    const due = villages.flatMap((v) => quarters.map((q) => ({ v, q })));
    for (const { v, q } of done(due, p.trainings)) {
      records.trainings.push({
        id: fixedId('training', next()),
        adviserId,
        villageId: v,
        townshipId: townshipOf(v),
        quarter: q,
        at: `${year}-${pad(q * 3 - 1)}-15T09:30:00+08:00`,
      });
    }
    // Reports: the latest months on time (submitted on the month's last day), the earliest late (the 20th after).
    const onTime = new Set(done([...months].reverse(), p.reportsOnTime));
    for (const t of townships) {
      for (const m of months) {
        const ym = `${year}-${pad(m)}`;
        const late = !onTime.has(m);
        records.reports.push({
          id: fixedId('monthlyReport', next()),
          adviserId,
          townshipId: t,
          month: ym,
          deadline: `${nextMonth(year, m)}-05`,
          submittedAt: late ? `${nextMonth(year, m)}-20T10:00:00+08:00` : `${ym}-${lastDay(year, m)}T18:00:00+08:00`,
          late,
        });
      }
    }
    earlier.forEach((m, k) => {
      const ym = `${year}-${pad(m)}`;
      records.checks.push({
        id: fixedId('monthlyCheck', next()),
        adviserId,
        townshipId: townships[0]!,
        month: ym,
        rating: p.rating,
        checkedAt: `${ym}-${lastDay(year, m)}T16:00:00+08:00`,
        highlightId: k < p.highlights ? fixedId('highlight', next()) : null,
      });
    });
    // Consultations across those months (the first of this month when there is none yet).
    const spread = earlier.length ? earlier : [month];
    for (let k = 0; k < p.consultations; k++) {
      const m = spread[k % spread.length]!;
      const v = villages[k % villages.length]!;
      const ym = `${year}-${pad(m)}`;
      const day = earlier.length ? 2 + (k % 25) : 1;
      records.consultations.push({
        id: fixedId('workLogEntry', next()),
        adviserId,
        villageId: v,
        townshipId: townshipOf(v),
        at: `${ym}-${pad(day)}T10:00:00+08:00`,
        month: ym,
      });
    }
    const quiet = villages.flatMap((v) => months.map((m) => ({ v, m })));
    for (const { v, m } of done(quiet, p.zeroReports)) {
      const ym = `${year}-${pad(m)}`;
      records.zeroReports.push({
        id: fixedId('zeroReport', next()),
        villageId: v,
        month: ym,
        reportedAt: `${ym}-${lastDay(year, m)}T17:00:00+08:00`,
      });
    }
  }
  return records;
}
