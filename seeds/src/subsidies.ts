import { DEMO_ACCOUNTS, DEMO_ADVISERS } from './accounts.js';
import { fixedId } from './ids.js';
import { demoRegions } from './regions.js';
import { demoPairings } from './roster.js';

// The subsidy demo, relative to the day it is seeded (never a fixed year): the last quarter that has ended is the
// period the bureau pays, and adviser.1 (李明华) has cases closed in it whose files pass or fail each check.

const pad = (n: number) => String(n).padStart(2, '0');

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The calendar day of `now` in Asia/Shanghai (UTC+8 all year). */
export function shanghaiDay(now: Date): string {
  return new Date(now.getTime() + 8 * 3600 * 1000).toISOString().slice(0, 10);
}

export interface SeedPeriod {
  code: string;
  from: string;
  to: string;
  months: string[];
}

/** The last quarter that ended before `today` (YYYY-MM-DD): in December 2026, 2026-Q3; in January 2027, 2026-Q4. */
export function lastEndedQuarter(today: string): SeedPeriod {
  const index = Number(today.slice(0, 4)) * 4 + Math.floor((Number(today.slice(5, 7)) - 1) / 3) - 1;
  const year = Math.floor(index / 4);
  const quarter = (index % 4) + 1;
  const first = (quarter - 1) * 3 + 1;
  const months = [0, 1, 2].map((k) => `${year}-${pad(first + k)}`);
  const to = addDays(`${first + 3 > 12 ? year + 1 : year}-${pad(first + 3 > 12 ? 1 : first + 3)}-01`, -1);
  return { code: `${year}-Q${quarter}`, from: `${year}-${pad(first)}-01`, to, months };
}

/**
 * How the file of one demo subsidy case stands, and the reason the statement gives (null: it pays). One case per
 * reason the records can produce, and three that pay (ordinary, difficult, an oral agreement of a major case).
 */
export interface SubsidyCasePlan {
  /** The reason the quarter's draft gives; null when the case pays. */
  expect: 'NO_AGREEMENT' | 'NO_SESSION_RECORD' | 'NOT_REVIEWED' | 'NO_RETURN_VISIT' | 'NOT_PERFORMED' | 'ALREADY_PAID' | 'NO_RATE' | null;
  tier: 'ORDINARY' | 'DIFFICULT' | 'MAJOR';
  /** Days after the period's first day that the case closed. */
  closedAfter: number;
  agreement: 'WRITTEN' | 'ORAL' | null;
  session: boolean;
  reviewed: boolean;
  visit: boolean;
  performed: boolean;
}

export const SUBSIDY_CASE_PLANS: readonly SubsidyCasePlan[] = [
  { expect: null, tier: 'ORDINARY', closedAfter: 33, agreement: 'WRITTEN', session: true, reviewed: true, visit: true, performed: true },
  { expect: null, tier: 'DIFFICULT', closedAfter: 45, agreement: 'WRITTEN', session: true, reviewed: true, visit: true, performed: true },
  { expect: null, tier: 'MAJOR', closedAfter: 60, agreement: 'ORAL', session: true, reviewed: true, visit: true, performed: true },
  { expect: 'NO_AGREEMENT', tier: 'ORDINARY', closedAfter: 35, agreement: null, session: true, reviewed: false, visit: false, performed: false },
  {
    expect: 'NO_SESSION_RECORD',
    tier: 'ORDINARY',
    closedAfter: 40,
    agreement: 'WRITTEN',
    session: false,
    reviewed: true,
    visit: true,
    performed: true,
  },
  { expect: 'NOT_REVIEWED', tier: 'ORDINARY', closedAfter: 50, agreement: 'WRITTEN', session: true, reviewed: false, visit: true, performed: true },
  {
    expect: 'NO_RETURN_VISIT',
    tier: 'DIFFICULT',
    closedAfter: 55,
    agreement: 'WRITTEN',
    session: true,
    reviewed: true,
    visit: false,
    performed: false,
  },
  { expect: 'NOT_PERFORMED', tier: 'ORDINARY', closedAfter: 65, agreement: 'WRITTEN', session: true, reviewed: true, visit: true, performed: false },
  // Closed in the first month after its rates came in and paid with that month's confirmed statement.
  { expect: 'ALREADY_PAID', tier: 'ORDINARY', closedAfter: 20, agreement: 'WRITTEN', session: true, reviewed: true, visit: true, performed: true },
  // Complete, but closed before the county's first rates took effect.
  { expect: 'NO_RATE', tier: 'ORDINARY', closedAfter: 5, agreement: 'WRITTEN', session: true, reviewed: true, visit: true, performed: true },
];

/** The first demo case number the subsidy cases use (the thirty general demo cases come before). */
export const SUBSIDY_CASE_FROM = 31;

export interface SeedSubsidyRate {
  id: string;
  effectiveFrom: string;
  ordinaryFen: number;
  difficultFen: number;
  majorFen: number;
  consultationFen: number;
  consultationMonthlyCapFen: number | null;
  createdById: string;
}

export interface SeedConsultation {
  id: string;
  adviserId: string;
  villageId: string;
  townshipId: string;
  at: string;
  month: string;
  createdById: string;
}

export interface DemoSubsidies {
  /** The quarter whose draft shows every reason. */
  period: SeedPeriod;
  /** Its first month, confirmed and paid for adviser.1 (so a case of it is ALREADY_PAID in the quarter). */
  paidMonth: string;
  paidOn: string;
  voucherNo: string;
  adviserId: string;
  bureauId: string;
  rates: SeedSubsidyRate[];
  /** Consultations of adviser.1 in the paid month, whose work log was never approved (MONTH_NOT_APPROVED). */
  consultations: SeedConsultation[];
}

/**
 * The subsidy demo of `now`: rates from the 15th of the quarter's first month (a case closed before has none), raised
 * from the current quarter; adviser.1's consultations in the first month, never approved. The cases are part of
 * `demoCases` (see SUBSIDY_CASE_PLANS).
 */
export function demoSubsidies(now: Date = new Date()): DemoSubsidies {
  const today = shanghaiDay(now);
  const period = lastEndedQuarter(today);
  const adviserId = DEMO_ADVISERS[0]!.id;
  const bureauId = DEMO_ACCOUNTS.find((a) => a.role === 'BUREAU_ADMIN')!.id;
  const village = demoPairings().find((p) => p.adviserId === adviserId)!.villageId;
  const townshipId = demoRegions().find((r) => r.id === village)!.parentId!;
  const currentQuarter = addDays(period.to, 1);
  const rates: SeedSubsidyRate[] = [
    {
      id: fixedId('subsidyRate', 1),
      effectiveFrom: addDays(period.from, 14),
      ordinaryFen: 20_000,
      difficultFen: 50_000,
      majorFen: 100_000,
      consultationFen: 1_000,
      consultationMonthlyCapFen: 30_000,
      createdById: bureauId,
    },
    {
      id: fixedId('subsidyRate', 2),
      effectiveFrom: currentQuarter,
      ordinaryFen: 30_000,
      difficultFen: 60_000,
      majorFen: 120_000,
      consultationFen: 1_500,
      consultationMonthlyCapFen: 45_000,
      createdById: bureauId,
    },
  ];
  const paidMonth = period.months[0]!;
  const consultations = [3, 9, 17].map((day, k) => ({
    id: fixedId('workLogEntry', 900_001 + k),
    adviserId,
    villageId: village,
    townshipId,
    at: `${paidMonth}-${pad(day)}T10:00:00+08:00`,
    month: paidMonth,
    createdById: DEMO_ACCOUNTS.find((a) => a.adviserId === adviserId)!.id,
  }));
  return {
    period,
    paidMonth,
    paidOn: addDays(period.months[1]!.concat('-01'), 9),
    voucherNo: `记-${paidMonth.replace('-', '')}-001`,
    adviserId,
    bureauId,
    rates,
    consultations,
  };
}

/** The day a subsidy plan's case closed in the period of `now`. */
export const subsidyCaseClosedOn = (plan: SubsidyCasePlan, period: SeedPeriod) => addDays(period.from, plan.closedAfter);
