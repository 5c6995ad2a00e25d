import type { EntityManager } from '@mikro-orm/postgresql';
import type { CaseTier } from '../mediation-case/case.enums.js';
import type { Period } from './period.js';
import { readQuery } from '../../db/replicas.js';
import { monthsSpan } from '../work-log/month.js';

/** A case an adviser was assigned to, closed in the period (or before it and not yet paid), with its file's state. */
export interface CaseCandidate {
  adviserId: string;
  caseId: string;
  caseNo: string;
  tier: CaseTier;
  closedOn: string;
  /** Closed before the period: carried over only when it qualifies now. */
  carriedOver: boolean;
  /** Every adviser assigned to the case, by id: the subsidy is split between them. */
  advisers: string[];
  /** The lead adviser the bureau named, if any. */
  leadId: string | null;
  agreementReached: boolean;
  hasSession: boolean;
  reviewed: boolean;
  visited: boolean;
  performed: boolean;
  claimed: boolean;
  /** The case rate of the case's tier in force on its closing date; null without a rate. */
  rateFen: number | null;
}

/** An adviser's consultations of one month of the period: those in approved work logs and the rest. */
export interface ConsultationMonth {
  adviserId: string;
  month: string;
  approvedCount: number;
  unapprovedCount: number;
  /** The approved consultations at the rate in force on each one's date, before the monthly cap. */
  approvedFen: number;
  /** Approved consultations without a rate in force. */
  withoutRate: number;
  capFen: number | null;
  claimed: boolean;
}

/**
 * Every candidate line of a county's period in two statements, whatever the number of advisers: cases closed in the
 * period (and unpaid ones closed in the year before it) with what their files hold, and consultations by month.
 */
export async function subsidyCandidates(
  em: EntityManager,
  countyId: string,
  period: Period,
  adviserId: string | null,
): Promise<{ cases: CaseCandidate[]; consultations: ConsultationMonth[] }> {
  const carryFrom = `${Number(period.from.slice(0, 4)) - 1}${period.from.slice(4)}`;
  const adviserFilter = adviserId ? 'and ca.adviser_id = ?' : '';
  const cases = await readQuery<Record<string, unknown>[]>(
    em,
    `select ca.adviser_id, mc.id as case_id, mc.case_no, mc.tier, mc.closed_on::text as closed_on, mc.closed_on < ?::date as carried_over,
            (select array_agg(ca2.adviser_id::text order by ca2.adviser_id) from case_adviser ca2
              where ca2.case_id = mc.id and ca2.ended_at is null) as advisers,
            (select ca3.adviser_id from case_adviser ca3 where ca3.case_id = mc.id and ca3.ended_at is null and ca3.lead) as lead_id,
            (mc.status = 'AGREEMENT_REACHED' and ag.id is not null) as agreement_reached,
            exists (select 1 from mediation_session s where s.case_id = mc.id) as has_session,
            coalesce(ag.review_status = 'APPROVED', false) as reviewed,
            exists (select 1 from return_visit rv where rv.case_id = mc.id and rv.carried_out) as visited,
            (coalesce(ag.performance = 'PERFORMED', false)
              or exists (select 1 from return_visit rv where rv.case_id = mc.id and rv.carried_out and rv.performance = 'PERFORMED')) as performed,
            exists (select 1 from subsidy_claim c where c.claim_key = 'CASE:' || ca.adviser_id || ':' || mc.id) as claimed,
            case mc.tier when 'MAJOR' then r.major_fen when 'DIFFICULT' then r.difficult_fen else r.ordinary_fen end as rate_fen
       from case_adviser ca
       join mediation_case mc on mc.id = ca.case_id and mc.county_id = ?
       left join agreement ag on ag.case_id = mc.id
       left join lateral (select * from subsidy_rate sr where sr.county_id = mc.county_id and sr.effective_from <= mc.closed_on
                           order by sr.effective_from desc limit 1) r on true
      where ca.ended_at is null and mc.closed_on between ?::date and ?::date ${adviserFilter}
        and (mc.closed_on >= ?::date
             or not exists (select 1 from subsidy_claim c where c.claim_key = 'CASE:' || ca.adviser_id || ':' || mc.id))
      order by ca.adviser_id, mc.closed_on, mc.case_no`,
    [period.from, countyId, carryFrom, period.to, ...(adviserId ? [adviserId] : []), period.from],
  );
  const consultations = await readQuery<Record<string, unknown>[]>(
    em,
    `select e.adviser_id, e.month,
            count(*) filter (where mr.id is not null)::int as approved_count,
            count(*) filter (where mr.id is null)::int as unapproved_count,
            coalesce(sum(r.consultation_fen) filter (where mr.id is not null), 0)::bigint as approved_fen,
            count(*) filter (where mr.id is not null and r.id is null)::int as without_rate,
            (select sr.consultation_monthly_cap_fen from subsidy_rate sr
              where sr.county_id = ? and sr.effective_from <= (to_date(e.month || '-01', 'YYYY-MM-DD') + interval '1 month' - interval '1 day')::date
              order by sr.effective_from desc limit 1) as cap_fen,
            exists (select 1 from subsidy_claim c where c.claim_key = 'CONSULTATION:' || e.adviser_id || ':' || e.month) as claimed
       from work_log_entry e
       left join monthly_report mr on mr.adviser_id = e.adviser_id and mr.month = e.month and mr.township_id = e.township_id and mr.status = 'APPROVED'
       left join lateral (select sr.id, sr.consultation_fen from subsidy_rate sr
                           where sr.county_id = e.county_id and sr.effective_from <= (e.at at time zone 'Asia/Shanghai')::date
                           order by sr.effective_from desc limit 1) r on true
      where e.county_id = ? and e.category = 'CONSULTATION' and e.month in (${period.months.map(() => '?').join(', ')})
        and e.at >= ? and e.at < ? ${adviserId ? 'and e.adviser_id = ?' : ''}
      group by e.adviser_id, e.month
      order by e.adviser_id, e.month`,
    [countyId, countyId, ...period.months, monthsSpan(period.months).from, monthsSpan(period.months).to, ...(adviserId ? [adviserId] : [])],
  );
  return {
    cases: cases.map((r) => ({
      adviserId: String(r.adviser_id),
      caseId: String(r.case_id),
      caseNo: String(r.case_no),
      tier: r.tier as CaseTier,
      closedOn: String(r.closed_on),
      carriedOver: Boolean(r.carried_over),
      advisers: (r.advisers as string[] | null) ?? [String(r.adviser_id)],
      leadId: r.lead_id ? String(r.lead_id) : null,
      agreementReached: Boolean(r.agreement_reached),
      hasSession: Boolean(r.has_session),
      reviewed: Boolean(r.reviewed),
      visited: Boolean(r.visited),
      performed: Boolean(r.performed),
      claimed: Boolean(r.claimed),
      rateFen: r.rate_fen === null || r.rate_fen === undefined ? null : Number(r.rate_fen),
    })),
    consultations: consultations.map((r) => ({
      adviserId: String(r.adviser_id),
      month: String(r.month),
      approvedCount: Number(r.approved_count),
      unapprovedCount: Number(r.unapproved_count),
      approvedFen: Number(r.approved_fen),
      withoutRate: Number(r.without_rate),
      capFen: r.cap_fen === null || r.cap_fen === undefined ? null : Number(r.cap_fen),
      claimed: Boolean(r.claimed),
    })),
  };
}
