import type { CaseTier } from '../mediation-case/case.enums.js';
import { splitFen, sumFen } from './money.js';
import type { CaseCandidate, ConsultationMonth } from './subsidy.figures.js';
import { CaseSplit, NonQualifyingReason, SubsidyLineKind } from './subsidy.enums.js';

/** A line of a statement, drafted or frozen: never a party's name or any confidential text. */
export interface StatementLine {
  kind: SubsidyLineKind;
  caseId: string | null;
  caseNo: string | null;
  tier: CaseTier | null;
  closedOn: string | null;
  month: string | null;
  count: number;
  amountFen: number;
  /** Null when the line pays; else why it does not. */
  reason: NonQualifyingReason | null;
  /** Why an adjustment line was added (adjustment lines only). */
  note?: string | null;
}

/** A drafted line's columns as a frozen `SubsidyLine` stores them, at its position in the statement. */
export function frozenLine(l: StatementLine, position: number) {
  return {
    position,
    kind: l.kind,
    case: l.caseId,
    caseNo: l.caseNo,
    tier: l.tier,
    closedOn: l.closedOn,
    month: l.month,
    count: l.count,
    amountFen: l.amountFen,
    reason: l.reason,
  };
}

/**
 * Why a case does not qualify, in the order a case file is built, or null when it does (practice list: a case counts
 * once however many sessions it took, and only with an agreement, written or oral, a complete file — a session
 * record, the adviser's review, a return visit — and the agreement performed).
 */
export function caseProblem(
  c: Pick<CaseCandidate, 'agreementReached' | 'hasSession' | 'reviewed' | 'visited' | 'performed' | 'claimed' | 'rateFen'>,
) {
  if (!c.agreementReached) return NonQualifyingReason.NO_AGREEMENT;
  if (!c.hasSession) return NonQualifyingReason.NO_SESSION_RECORD;
  if (!c.reviewed) return NonQualifyingReason.NOT_REVIEWED;
  if (!c.visited) return NonQualifyingReason.NO_RETURN_VISIT;
  if (!c.performed) return NonQualifyingReason.NOT_PERFORMED;
  if (c.claimed) return NonQualifyingReason.ALREADY_PAID;
  if (c.rateFen === null) return NonQualifyingReason.NO_RATE;
  return null;
}

/**
 * The adviser's part of a case's rate, or null when the county pays shared cases to the named lead and the adviser is
 * not the lead. Split equally otherwise (also while no lead is named): the remainder fen go to the lead, else to the
 * first adviser by id.
 */
export function caseShare(c: Pick<CaseCandidate, 'adviserId' | 'advisers' | 'leadId' | 'rateFen'>, split: CaseSplit): number | null {
  const advisers = c.advisers.includes(c.adviserId) ? c.advisers : [...c.advisers, c.adviserId];
  const lead = c.leadId && advisers.includes(c.leadId) ? c.leadId : null;
  if (split === CaseSplit.LEAD && lead) return c.adviserId === lead ? (c.rateFen ?? 0) : null;
  return c.rateFen === null ? 0 : (splitFen(c.rateFen, advisers, lead).get(c.adviserId) ?? 0);
}

/**
 * One adviser's lines for a period: a line per case (its share of the tier's rate when it qualifies, else the reason),
 * carried-over cases only when they now qualify; per month, the approved consultations (capped) and, apart, those
 * of a month whose work log is not approved.
 */
export function statementLines(
  adviserId: string,
  cases: readonly CaseCandidate[],
  months: readonly ConsultationMonth[],
  split: CaseSplit = CaseSplit.EQUAL,
): StatementLine[] {
  const lines: StatementLine[] = [];
  for (const c of cases) {
    if (c.adviserId !== adviserId) continue;
    const share = caseShare(c, split);
    const reason = caseProblem(c) ?? (share === null ? NonQualifyingReason.NOT_LEAD : null);
    if (c.carriedOver && reason) continue;
    lines.push({
      kind: SubsidyLineKind.CASE,
      caseId: c.caseId,
      caseNo: c.caseNo,
      tier: c.tier,
      closedOn: c.closedOn,
      month: null,
      count: 1,
      amountFen: reason ? 0 : share!,
      reason,
    });
  }
  for (const m of months) {
    if (m.adviserId !== adviserId) continue;
    const base = { kind: SubsidyLineKind.CONSULTATION, caseId: null, caseNo: null, tier: null, closedOn: null, month: m.month };
    if (m.approvedCount > 0) {
      const reason = m.claimed ? NonQualifyingReason.ALREADY_PAID : m.withoutRate === m.approvedCount ? NonQualifyingReason.NO_RATE : null;
      const amountFen = reason ? 0 : m.capFen === null ? m.approvedFen : Math.min(m.approvedFen, m.capFen);
      lines.push({ ...base, count: m.approvedCount, amountFen, reason });
    }
    if (m.unapprovedCount > 0) lines.push({ ...base, count: m.unapprovedCount, amountFen: 0, reason: NonQualifyingReason.MONTH_NOT_APPROVED });
  }
  return lines;
}

/** The total a statement pays: the exact sum of its paying lines. */
export function statementTotal(lines: readonly Pick<StatementLine, 'amountFen'>[]): number {
  return sumFen(lines.map((l) => l.amountFen));
}
