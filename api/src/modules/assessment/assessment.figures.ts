import type { EntityManager } from '@mikro-orm/postgresql';
import { addDays } from '../../common/graphql/dates.js';
import { TrainingKind } from '../training/training.enums.js';
import { monthsSpan } from '../work-log/month.js';
import { AssessmentIndicator } from './assessment.enums.js';
import { readQuery } from '../../db/replicas.js';

/** Everything the indicators need about one adviser's year, counted from the records. */
export interface AdviserYear {
  adviserId: string;
  name: string;
  /** The townships whose villages the adviser was paired with during the year, by division code. */
  townshipIds: string[];
  figures: Record<AssessmentIndicator, { numerator: number; denominator: number }>;
}

/** How far into the year the records can be judged: what has fallen due by `today`. */
export interface YearProgress {
  year: number;
  /** Quarters of the year that have ended (a village training is due once its quarter ends). */
  quartersEnded: number;
  /** Months whose work-log deadline has passed (day `deadlineDay` of the next month). */
  monthsDue: number;
  /** The last day whose records count: the year's end, or yesterday while it runs. */
  through: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** What of `year` has fallen due on `today` (YYYY-MM-DD, Asia/Shanghai), with the work-log deadline day. */
export function yearProgress(year: number, today: string, deadlineDay: number): YearProgress {
  const yearEnd = `${year}-12-31`;
  const yesterday = addDays(today, -1);
  const through = yesterday < yearEnd ? yesterday : yearEnd;
  let quartersEnded = 0;
  for (let quarter = 1; quarter <= 4; quarter++) {
    const lastDay = addDays(quarter === 4 ? `${year + 1}-01-01` : `${year}-${pad(quarter * 3 + 1)}-01`, -1);
    if (lastDay < today) quartersEnded = quarter;
  }
  let monthsDue = 0;
  for (let month = 1; month <= 12; month++) {
    const deadline = month === 12 ? `${year + 1}-01-${pad(deadlineDay)}` : `${year}-${pad(month + 1)}-${pad(deadlineDay)}`;
    if (deadline < today) monthsDue = month;
  }
  return { year, quartersEnded, monthsDue, through };
}

interface Row {
  adviser_id: string;
  name: string;
  township_ids: string[] | null;
  trainings_required: number;
  trainings_held: number;
  months_served: number;
  months_on_time: number;
  months_submitted: number;
  months_returned: number;
  checks: number;
  check_points: number;
  highlights: number;
  cases_mediated: number;
  cases_closed: number;
  cases_agreed: number;
  agreements: number;
  agreements_reviewed: number;
  confirmations_eligible: number;
  confirmations_applied: number;
  visits_due: number;
  visits_done: number;
  consultations: number;
  annual_held: number;
  annual_attended: number;
  quiet_months: number;
  zero_on_time: number;
}

/** Binds a value as the next positional parameter of a statement being written, returning its placeholder. */
export type Bind = (value: unknown) => string;

/**
 * A year's work-log entries by their `at` as well as their month, so that PostgreSQL reads that year's partitions of
 * the work log alone.
 */
export function entriesOfYear(p: Bind, year: number, alias = 'e'): string {
  const { from, to } = monthsSpan([`${year}-01`, `${year}-12`]);
  return `${alias}.month between ${p(`${year}-01`)} and ${p(`${year}-12`)} and ${alias}.at >= ${p(from)} and ${alias}.at < ${p(to)}`;
}

/** A placeholder binder and the parameters it collects, in order. */
export function binder(): { p: Bind; params: unknown[] } {
  const params: unknown[] = [];
  return {
    params,
    p: (value: unknown) => {
      params.push(value);
      return '?';
    },
  };
}

/**
 * The common expressions every indicator starts from, shared by the figures and the records behind them so the two
 * cannot drift: `adv` (the county's advisers paired with a village during the year, or the one asked about), `pair`
 * (their pairings overlapping the year, with the village's township), `qd` (the quarters ended) and `md` (the months due).
 */
export function yearScope(p: Bind, countyId: string, progress: YearProgress, adviserId?: string): string {
  const { year, quartersEnded, monthsDue } = progress;
  const yearStart = `${year}-01-01`;
  const yearEnd = `${year}-12-31`;
  return `adv as (
      select a.id, a.name from legal_adviser a
       where a.county_id = ${p(countyId)}${adviserId ? ` and a.id = ${p(adviserId)}` : ''}
         and exists (select 1 from pairing p where p.adviser_id = a.id
                      and p.valid_from <= ${p(yearEnd)}::date and (p.valid_to is null or p.valid_to >= ${p(yearStart)}::date))
    ),
    pair as (
      select p.adviser_id, p.village_id, v.parent_id as township_id, p.valid_from, p.valid_to
        from pairing p join adv on adv.id = p.adviser_id join region v on v.id = p.village_id
       where p.valid_from <= ${p(yearEnd)}::date and (p.valid_to is null or p.valid_to >= ${p(yearStart)}::date)
    ),
    qd as (
      select q as quarter, make_date(${p(year)}::int, q * 3 - 2, 1) as qstart,
             (make_date(${p(year)}::int, q * 3 - 2, 1) + interval '3 months' - interval '1 day')::date as qend
        from generate_series(1, ${p(quartersEnded)}::int) q
    ),
    md as (
      select to_char(make_date(${p(year)}::int, m, 1), 'YYYY-MM') as ym, make_date(${p(year)}::int, m, 1) as mstart,
             (make_date(${p(year)}::int, m, 1) + interval '1 month' - interval '1 day')::date as mend
        from generate_series(1, ${p(monthsDue)}::int) m
    )`;
}

/** What a monthly check's rating (the column `rating`) scores under the scheme's rating scores. */
export function ratingPoints(p: Bind, scores: { excellent: number; good: number; fair: number; poor: number }, rating: string): string {
  return `case ${rating} when 'EXCELLENT' then ${p(scores.excellent)}::int when 'GOOD' then ${p(scores.good)}::int
                     when 'FAIR' then ${p(scores.fair)}::int when 'POOR' then ${p(scores.poor)}::int end`;
}

/**
 * The townships (division ids) whose villages the adviser was paired with during the year, as `adviserYears` reports
 * them; null when the adviser is not one the county's assessment counts that year. One statement.
 */
export async function adviserTownships(em: EntityManager, countyId: string, adviserId: string, progress: YearProgress): Promise<string[] | null> {
  const { p, params } = binder();
  const sql = `with ${yearScope(p, countyId, progress, adviserId)}
    select (select count(*) from adv)::int as found, (select array_agg(distinct township_id::text) from pair) as township_ids`;
  const [row] = await readQuery<{ found: number; township_ids: string[] | null }[]>(em, sql, params);
  return row?.found ? [...(row.township_ids ?? [])].sort() : null;
}

/**
 * Every indicator's figures for every adviser of the county who was paired with a village during the year, in ONE
 * statement whatever the number of advisers: each figure is a set-based count grouped by adviser.
 *
 * Definitions (docs/domain.md, rule 11):
 * - trainings: each (paired village × quarter ended) the pairing overlapped is required; held when the adviser
 *   recorded a village training there that quarter;
 * - months: each (township × month due) in which the adviser was paired with one of its villages is a month served;
 *   on time when its work log was submitted and not late; returned when the office ever sent it back;
 * - checks: the mean of the office's monthly-check ratings scored by the scheme; highlights: those reported on them;
 * - cases: cases the adviser was assigned to, received in the year (mediated) or closed in it (closed, agreed);
 * - agreements: signed in the year on the adviser's cases; reviewed when the adviser's own account reviewed them;
 * - confirmations: written agreements whose 30-day window for judicial confirmation ended in the year (and by now);
 *   applied when an application was recorded;
 * - return visits: agreements signed in the year are due one; done when a visit was carried out;
 * - consultations: work-log entries of that category in the year's months;
 * - annual training: the county's bureau trainings held in the year, and those the adviser attended;
 * - zero reports: each month due in which a paired village received no case needs a zero report by the deadline.
 */
export async function adviserYears(
  em: EntityManager,
  countyId: string,
  progress: YearProgress,
  deadlineDay: number,
  ratingScores: { excellent: number; good: number; fair: number; poor: number },
): Promise<AdviserYear[]> {
  const { year, through } = progress;
  const { p, params } = binder();
  const yearStart = `${year}-01-01`;
  const yearEnd = `${year}-12-31`;
  const sql = `
    with ${yearScope(p, countyId, progress)},
    trainings as (
      select r.adviser_id, count(*)::int as required,
             count(*) filter (where exists (
               select 1 from training t where t.kind = ${p(TrainingKind.VILLAGE_QUARTERLY)} and t.year = ${p(year)}::int
                  and t.quarter = r.quarter and t.village_id = r.village_id and t.adviser_id = r.adviser_id))::int as held
        from (select distinct pair.adviser_id, pair.village_id, qd.quarter
                from pair join qd on pair.valid_from <= qd.qend and (pair.valid_to is null or pair.valid_to >= qd.qstart)) r
       group by r.adviser_id
    ),
    months as (
      select s.adviser_id, count(*)::int as served,
             count(r.id) filter (where not r.late)::int as on_time,
             count(r.id)::int as submitted,
             count(r.id) filter (where r.times_returned > 0)::int as returned
        from (select distinct pair.adviser_id, pair.township_id, md.ym
                from pair join md on pair.valid_from <= md.mend and (pair.valid_to is null or pair.valid_to >= md.mstart)) s
        left join monthly_report r on r.adviser_id = s.adviser_id and r.township_id = s.township_id and r.month = s.ym
       group by s.adviser_id
    ),
    checks as (
      select c.adviser_id, count(*)::int as n,
             coalesce(sum(${ratingPoints(p, ratingScores, 'c.rating')}), 0)::int as points
        from monthly_check c join adv on adv.id = c.adviser_id
       where c.month between ${p(`${year}-01`)} and ${p(`${year}-12`)} and c.rating is not null
       group by c.adviser_id
    ),
    highlights as (
      select c.adviser_id, count(*)::int as n
        from highlight h join monthly_check c on c.id = h.check_id join adv on adv.id = c.adviser_id
       where c.month between ${p(`${year}-01`)} and ${p(`${year}-12`)}
       group by c.adviser_id
    ),
    cases as (
      select ca.adviser_id,
             count(*) filter (where mc.received_on between ${p(yearStart)}::date and ${p(yearEnd)}::date)::int as mediated,
             count(*) filter (where mc.closed_on between ${p(yearStart)}::date and ${p(yearEnd)}::date)::int as closed,
             count(*) filter (where mc.closed_on between ${p(yearStart)}::date and ${p(yearEnd)}::date
                                and exists (select 1 from agreement ag where ag.case_id = mc.id))::int as agreed
        from (select distinct adviser_id, case_id from case_adviser) ca
        join adv on adv.id = ca.adviser_id
        join mediation_case mc on mc.id = ca.case_id and mc.county_id = ${p(countyId)}
       group by ca.adviser_id
    ),
    agreements as (
      select ca.adviser_id,
             count(*) filter (where ag.signed_at between ${p(yearStart)}::date and ${p(yearEnd)}::date)::int as signed,
             count(*) filter (where ag.signed_at between ${p(yearStart)}::date and ${p(yearEnd)}::date and u.adviser_id = ca.adviser_id)::int as reviewed,
             count(*) filter (where ag.form = 'WRITTEN' and ag.signed_at + 30 between ${p(yearStart)}::date and ${p(through)}::date)::int as eligible,
             count(*) filter (where ag.form = 'WRITTEN' and ag.signed_at + 30 between ${p(yearStart)}::date and ${p(through)}::date
                                and ag.confirmation_applied_on is not null)::int as applied,
             count(*) filter (where ag.signed_at between ${p(yearStart)}::date and ${p(through)}::date)::int as visits_due,
             count(*) filter (where ag.signed_at between ${p(yearStart)}::date and ${p(through)}::date
                                and exists (select 1 from return_visit rv where rv.case_id = ag.case_id and rv.carried_out))::int as visits_done
        from (select distinct adviser_id, case_id from case_adviser) ca
        join adv on adv.id = ca.adviser_id
        join agreement ag on ag.case_id = ca.case_id
        left join app_user u on u.id = ag.reviewed_by_id
       group by ca.adviser_id
    ),
    consultations as (
      select e.adviser_id, count(*)::int as n
        from work_log_entry e join adv on adv.id = e.adviser_id
       where e.category = 'CONSULTATION' and ${entriesOfYear(p, year)}
       group by e.adviser_id
    ),
    annual as (
      select t.id from training t
       where t.kind = ${p(TrainingKind.BUREAU_ANNUAL)} and t.year = ${p(year)}::int and t.county_id = ${p(countyId)}
         and t.at < (${p(through)}::date + 1)::timestamp at time zone 'Asia/Shanghai'
    ),
    attended as (
      select ta.adviser_id, count(distinct ta.training_id)::int as n
        from training_attendance ta join annual on annual.id = ta.training_id join adv on adv.id = ta.adviser_id
       group by ta.adviser_id
    ),
    zero as (
      select vm.adviser_id, count(*)::int as quiet,
             count(*) filter (where exists (
               select 1 from zero_report z where z.village_id = vm.village_id and z.month = vm.ym
                  and z.reported_at < (vm.mend + ${p(deadlineDay)}::int + 1)::timestamp at time zone 'Asia/Shanghai'))::int as on_time
        from (select distinct pair.adviser_id, pair.village_id, md.ym, md.mstart, md.mend
                from pair join md on pair.valid_from <= md.mend and (pair.valid_to is null or pair.valid_to >= md.mstart)) vm
       where not exists (select 1 from mediation_case mc where mc.village_id = vm.village_id and mc.received_on between vm.mstart and vm.mend)
       group by vm.adviser_id
    )
    select adv.id as adviser_id, adv.name,
           (select array_agg(distinct pair.township_id::text) from pair where pair.adviser_id = adv.id) as township_ids,
           coalesce(trainings.required, 0) as trainings_required, coalesce(trainings.held, 0) as trainings_held,
           coalesce(months.served, 0) as months_served, coalesce(months.on_time, 0) as months_on_time,
           coalesce(months.submitted, 0) as months_submitted, coalesce(months.returned, 0) as months_returned,
           coalesce(checks.n, 0) as checks, coalesce(checks.points, 0) as check_points, coalesce(highlights.n, 0) as highlights,
           coalesce(cases.mediated, 0) as cases_mediated, coalesce(cases.closed, 0) as cases_closed, coalesce(cases.agreed, 0) as cases_agreed,
           coalesce(agreements.signed, 0) as agreements, coalesce(agreements.reviewed, 0) as agreements_reviewed,
           coalesce(agreements.eligible, 0) as confirmations_eligible, coalesce(agreements.applied, 0) as confirmations_applied,
           coalesce(agreements.visits_due, 0) as visits_due, coalesce(agreements.visits_done, 0) as visits_done,
           coalesce(consultations.n, 0) as consultations,
           (select count(*) from annual)::int as annual_held, coalesce(attended.n, 0) as annual_attended,
           coalesce(zero.quiet, 0) as quiet_months, coalesce(zero.on_time, 0) as zero_on_time
      from adv
      left join trainings on trainings.adviser_id = adv.id
      left join months on months.adviser_id = adv.id
      left join checks on checks.adviser_id = adv.id
      left join highlights on highlights.adviser_id = adv.id
      left join cases on cases.adviser_id = adv.id
      left join agreements on agreements.adviser_id = adv.id
      left join consultations on consultations.adviser_id = adv.id
      left join attended on attended.adviser_id = adv.id
      left join zero on zero.adviser_id = adv.id
     order by adv.id`;
  const rows = await readQuery<Row[]>(em, sql, params);
  return rows.map((r) => ({
    adviserId: r.adviser_id,
    name: r.name,
    townshipIds: [...(r.township_ids ?? [])].sort(),
    figures: {
      TRAININGS_HELD: { numerator: r.trainings_held, denominator: r.trainings_required },
      REPORTS_ON_TIME: { numerator: r.months_on_time, denominator: r.months_served },
      REPORTS_NOT_RETURNED: { numerator: r.months_submitted - r.months_returned, denominator: r.months_submitted },
      CHECK_RATINGS: { numerator: r.check_points, denominator: r.checks },
      HIGHLIGHTS: { numerator: r.highlights, denominator: 0 },
      CASES_MEDIATED: { numerator: r.cases_mediated, denominator: 0 },
      AGREEMENT_SHARE: { numerator: r.cases_agreed, denominator: r.cases_closed },
      AGREEMENTS_REVIEWED: { numerator: r.agreements_reviewed, denominator: r.agreements },
      CONFIRMATIONS: { numerator: r.confirmations_applied, denominator: r.confirmations_eligible },
      RETURN_VISITS: { numerator: r.visits_done, denominator: r.visits_due },
      CONSULTATIONS: { numerator: r.consultations, denominator: 0 },
      ANNUAL_TRAINING: { numerator: Math.min(r.annual_attended, r.annual_held), denominator: r.annual_held },
      ZERO_REPORTS_ON_TIME: { numerator: r.zero_on_time, denominator: r.quiet_months },
    },
  }));
}
