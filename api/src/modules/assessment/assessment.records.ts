import type { EntityManager } from '@mikro-orm/postgresql';
import { TrainingKind } from '../training/training.enums.js';
import { AssessmentIndicator, AssessmentRecordKind } from './assessment.enums.js';
import { binder, type Bind, entriesOfYear, ratingPoints, type YearProgress, yearScope } from './assessment.figures.js';
import type { AssessmentIndicatorRecord } from './dto/assessment.types.js';
import { readQuery } from '../../db/replicas.js';

interface Row {
  kind: AssessmentRecordKind;
  record_id: string | null;
  on_date: string | null;
  period: string | null;
  label: string;
  in_numerator: boolean;
  in_denominator: boolean;
  points: number | null;
  township_id: string | null;
}

interface Args {
  p: Bind;
  year: number;
  yearStart: string;
  yearEnd: string;
  through: string;
  deadlineDay: number;
  countyId: string;
  ratingScores: { excellent: number; good: number; fair: number; poor: number };
}

const shanghaiDay = (column: string) => `to_char(${column} at time zone 'Asia/Shanghai', 'YYYY-MM-DD')`;
const caseAdvisers = `(select distinct adviser_id, case_id from case_adviser) ca join adv on adv.id = ca.adviser_id`;

/**
 * For each indicator, the select (over `adv`, `pair`, `qd`, `md` of `yearScope`) of the records behind its figures,
 * written beside the figure it explains in `adviserYears` with the same conditions: the numerator entries count the
 * numerator (for CHECK_RATINGS their points sum to it), the denominator entries the denominator.
 */
const SELECTS: Record<AssessmentIndicator, (a: Args) => string> = {
  TRAININGS_HELD: ({ p, year }) => `
    select 'VILLAGE_TRAINING' as kind, t.id as record_id, coalesce(${shanghaiDay('t.at')}, r.qend::text) as on_date,
           ${p(year)}::int || '-Q' || r.quarter as period, v.name as label,
           t.id is not null as in_numerator, true as in_denominator, null::int as points, v.parent_id as township_id
      from (select distinct pair.adviser_id, pair.village_id, qd.quarter, qd.qend
              from pair join qd on pair.valid_from <= qd.qend and (pair.valid_to is null or pair.valid_to >= qd.qstart)) r
      join region v on v.id = r.village_id
      left join lateral (
        select t.id, t.at from training t where t.kind = ${p(TrainingKind.VILLAGE_QUARTERLY)} and t.year = ${p(year)}::int
           and t.quarter = r.quarter and t.village_id = r.village_id and t.adviser_id = r.adviser_id order by t.at limit 1) t on true
     order by r.quarter, v.name`,
  REPORTS_ON_TIME: () => `${monthsServed()} order by s.ym, tw.name`,
  REPORTS_NOT_RETURNED: () => `${monthsServed('coalesce(r.times_returned, 0) <= 0', 'true')} and r.id is not null order by s.ym, tw.name`,
  CHECK_RATINGS: ({ p, yearStart, ratingScores }) => `
    select 'MONTHLY_CHECK' as kind, c.id as record_id, null as on_date, c.month as period, coalesce(tw.name, '') as label,
           true as in_numerator, true as in_denominator, ${ratingPoints(p, ratingScores, 'c.rating')} as points, c.township_id
      from monthly_check c join adv on adv.id = c.adviser_id left join region tw on tw.id = c.township_id
     where c.month between ${p(yearStart.slice(0, 7))} and ${p(`${yearStart.slice(0, 4)}-12`)} and c.rating is not null
     order by c.month, tw.name`,
  HIGHLIGHTS: ({ p, yearStart }) => `
    select 'HIGHLIGHT' as kind, c.id as record_id, null as on_date, c.month as period, coalesce(tw.name, '') as label,
           true as in_numerator, false as in_denominator, null::int as points, c.township_id
      from highlight h join monthly_check c on c.id = h.check_id join adv on adv.id = c.adviser_id left join region tw on tw.id = c.township_id
     where c.month between ${p(yearStart.slice(0, 7))} and ${p(`${yearStart.slice(0, 4)}-12`)}
     order by c.month, tw.name`,
  CASES_MEDIATED: ({ p, countyId, yearStart, yearEnd }) => `
    select 'MEDIATION_CASE' as kind, mc.id as record_id, mc.received_on::text as on_date, null as period, coalesce(mc.case_no, '') as label,
           true as in_numerator, false as in_denominator, null::int as points, mc.township_id
      from ${caseAdvisers} join mediation_case mc on mc.id = ca.case_id and mc.county_id = ${p(countyId)}
     where mc.received_on between ${p(yearStart)}::date and ${p(yearEnd)}::date
     order by mc.received_on, mc.case_no`,
  AGREEMENT_SHARE: ({ p, countyId, yearStart, yearEnd }) => `
    select 'MEDIATION_CASE' as kind, mc.id as record_id, mc.closed_on::text as on_date, null as period, coalesce(mc.case_no, '') as label,
           exists (select 1 from agreement ag where ag.case_id = mc.id) as in_numerator, true as in_denominator, null::int as points,
           mc.township_id
      from ${caseAdvisers} join mediation_case mc on mc.id = ca.case_id and mc.county_id = ${p(countyId)}
     where mc.closed_on between ${p(yearStart)}::date and ${p(yearEnd)}::date
     order by mc.closed_on, mc.case_no`,
  AGREEMENTS_REVIEWED: ({ p, yearStart, yearEnd }) =>
    agreements(`u.adviser_id = ca.adviser_id`, `ag.signed_at between ${p(yearStart)}::date and ${p(yearEnd)}::date`),
  CONFIRMATIONS: ({ p, yearStart, through }) =>
    agreements(
      'ag.confirmation_applied_on is not null',
      `ag.form = 'WRITTEN' and ag.signed_at + 30 between ${p(yearStart)}::date and ${p(through)}::date`,
    ),
  RETURN_VISITS: ({ p, yearStart, through }) =>
    agreements(
      'exists (select 1 from return_visit rv where rv.case_id = ag.case_id and rv.carried_out)',
      `ag.signed_at between ${p(yearStart)}::date and ${p(through)}::date`,
    ),
  CONSULTATIONS: ({ p, year }) => `
    select 'CONSULTATION' as kind, e.id as record_id, ${shanghaiDay('e.at')} as on_date, e.month as period, coalesce(v.name, tw.name, '') as label,
           true as in_numerator, false as in_denominator, null::int as points, e.township_id
      from work_log_entry e join adv on adv.id = e.adviser_id
      left join region v on v.id = e.village_id left join region tw on tw.id = e.township_id
     where e.category = 'CONSULTATION' and ${entriesOfYear(p, year)}
     order by e.at`,
  ANNUAL_TRAINING: ({ p, year, countyId, through }) => `
    select 'BUREAU_TRAINING' as kind, t.id as record_id, ${shanghaiDay('t.at')} as on_date, null as period, t.title as label,
           exists (select 1 from training_attendance ta join adv on adv.id = ta.adviser_id where ta.training_id = t.id) as in_numerator,
           true as in_denominator, null::int as points, null::uuid as township_id
      from training t
     where t.kind = ${p(TrainingKind.BUREAU_ANNUAL)} and t.year = ${p(year)}::int and t.county_id = ${p(countyId)}
       and t.at < (${p(through)}::date + 1)::timestamp at time zone 'Asia/Shanghai'
     order by t.at`,
  ZERO_REPORTS_ON_TIME: ({ p, deadlineDay }) => `
    select 'ZERO_REPORT' as kind, z.id as record_id, coalesce(${shanghaiDay('z.reported_at')}, vm.mend::text) as on_date, vm.ym as period,
           v.name as label,
           coalesce(z.reported_at < (vm.mend + ${p(deadlineDay)}::int + 1)::timestamp at time zone 'Asia/Shanghai', false) as in_numerator,
           true as in_denominator, null::int as points, v.parent_id as township_id
      from (select distinct pair.adviser_id, pair.village_id, md.ym, md.mstart, md.mend
              from pair join md on pair.valid_from <= md.mend and (pair.valid_to is null or pair.valid_to >= md.mstart)) vm
      join region v on v.id = vm.village_id
      left join lateral (select z.id, z.reported_at from zero_report z where z.village_id = vm.village_id and z.month = vm.ym
                          order by z.reported_at limit 1) z on true
     where not exists (select 1 from mediation_case mc where mc.village_id = vm.village_id and mc.received_on between vm.mstart and vm.mend)
     order by vm.ym, v.name`,
};

/** The months the adviser served (township × month due) with that month's work log, if any. */
function monthsServed(numerator = 'r.id is not null and not r.late', denominator = 'true'): string {
  return `
    select 'MONTHLY_REPORT' as kind, r.id as record_id, ${shanghaiDay('r.submitted_at')} as on_date, s.ym as period, tw.name as label,
           coalesce(${numerator}, false) as in_numerator, ${denominator} as in_denominator, null::int as points, s.township_id
      from (select distinct pair.adviser_id, pair.township_id, md.ym
              from pair join md on pair.valid_from <= md.mend and (pair.valid_to is null or pair.valid_to >= md.mstart)) s
      join region tw on tw.id = s.township_id
      left join monthly_report r on r.adviser_id = s.adviser_id and r.township_id = s.township_id and r.month = s.ym
     where true`;
}

/** Agreements on the adviser's cases that `due` selects, counted in the numerator when `done`; each opens its case. */
function agreements(done: string, due: string): string {
  return `
    select 'AGREEMENT' as kind, mc.id as record_id, ag.signed_at::text as on_date, null as period, coalesce(mc.case_no, '') as label,
           coalesce(${done}, false) as in_numerator, true as in_denominator, null::int as points, mc.township_id
      from ${caseAdvisers} join agreement ag on ag.case_id = ca.case_id join mediation_case mc on mc.id = ag.case_id
      left join app_user u on u.id = ag.reviewed_by_id
     where ${due}
     order by ag.signed_at, mc.case_no`;
}

/**
 * The records behind one indicator of one adviser's year, as they are in the database now: one statement. The
 * adviser must be one `adviserYears` counts (paired in the county during the year), else the list is empty.
 * `mayOpen` says, from the township a record belongs to (null: the county's), whether the viewer can open it.
 */
export async function indicatorRecords(
  em: EntityManager,
  countyId: string,
  adviserId: string,
  indicator: AssessmentIndicator,
  progress: YearProgress,
  deadlineDay: number,
  ratingScores: Args['ratingScores'],
  mayOpen: (townshipId: string | null) => boolean,
): Promise<AssessmentIndicatorRecord[]> {
  const { p, params } = binder();
  const { year, through } = progress;
  const scope = yearScope(p, countyId, progress, adviserId);
  const select = SELECTS[indicator]({ p, year, yearStart: `${year}-01-01`, yearEnd: `${year}-12-31`, through, deadlineDay, countyId, ratingScores });
  const rows = await readQuery<Row[]>(em, `with ${scope} ${select}`, params);
  return rows.map((r) => ({
    kind: r.kind,
    recordId: r.record_id,
    on: r.on_date,
    period: r.period,
    label: r.label,
    inNumerator: r.in_numerator,
    inDenominator: r.in_denominator,
    points: r.points,
    openable: r.record_id !== null && mayOpen(r.township_id),
  }));
}
