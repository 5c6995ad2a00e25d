import { describe, expect, it } from '@jest/globals';
import { CaseTier } from '../mediation-case/case.enums.js';
import { caseProblem, caseShare, statementLines, statementTotal } from './statement.js';
import type { CaseCandidate, ConsultationMonth } from './subsidy.figures.js';
import { CaseSplit, NonQualifyingReason, SubsidyLineKind } from './subsidy.enums.js';

const complete: CaseCandidate = {
  adviserId: 'a',
  caseId: 'c1',
  caseNo: '（2026）交调字第1号',
  tier: CaseTier.ORDINARY,
  closedOn: '2026-07-10',
  carriedOver: false,
  advisers: ['a'],
  leadId: null,
  agreementReached: true,
  hasSession: true,
  reviewed: true,
  visited: true,
  performed: true,
  claimed: false,
  rateFen: 30_000,
};

const month = (patch: Partial<ConsultationMonth>): ConsultationMonth => ({
  adviserId: 'a',
  month: '2026-07',
  approvedCount: 0,
  unapprovedCount: 0,
  approvedFen: 0,
  withoutRate: 0,
  capFen: null,
  claimed: false,
  ...patch,
});

describe('case qualification', () => {
  it('names the first thing missing from the file, in the order a file is built', () => {
    expect(caseProblem(complete)).toBeNull();
    expect(caseProblem({ ...complete, agreementReached: false, hasSession: false })).toBe(NonQualifyingReason.NO_AGREEMENT);
    expect(caseProblem({ ...complete, hasSession: false })).toBe(NonQualifyingReason.NO_SESSION_RECORD);
    expect(caseProblem({ ...complete, reviewed: false })).toBe(NonQualifyingReason.NOT_REVIEWED);
    expect(caseProblem({ ...complete, visited: false, performed: false })).toBe(NonQualifyingReason.NO_RETURN_VISIT);
    expect(caseProblem({ ...complete, performed: false })).toBe(NonQualifyingReason.NOT_PERFORMED);
    expect(caseProblem({ ...complete, claimed: true })).toBe(NonQualifyingReason.ALREADY_PAID);
    expect(caseProblem({ ...complete, rateFen: null })).toBe(NonQualifyingReason.NO_RATE);
  });
});

describe('statement lines', () => {
  it('pays a qualifying case once, split between its advisers with the remainder to the first by id', () => {
    const split = { ...complete, advisers: ['a', 'b', 'c'], rateFen: 10_000 };
    expect(statementLines('a', [split], [])[0]).toMatchObject({ amountFen: 3_334, reason: null });
    expect(statementLines('b', [{ ...split, adviserId: 'b' }], [])[0]).toMatchObject({ amountFen: 3_333 });
  });

  it('lists a case that does not qualify with its reason and no amount; a carried-over one only once it qualifies', () => {
    const lines = statementLines(
      'a',
      [
        { ...complete, reviewed: false },
        { ...complete, caseId: 'c2', carriedOver: true, visited: false },
      ],
      [],
    );
    expect(lines).toEqual([expect.objectContaining({ caseId: 'c1', amountFen: 0, reason: NonQualifyingReason.NOT_REVIEWED })]);
    expect(statementLines('a', [{ ...complete, caseId: 'c2', carriedOver: true }], [])).toEqual([
      expect.objectContaining({ caseId: 'c2', amountFen: 30_000 }),
    ]);
  });

  it('pays approved months of consultations up to the cap and lists unapproved ones apart', () => {
    const lines = statementLines('a', [], [month({ approvedCount: 12, approvedFen: 12 * 2_000, capFen: 20_000, unapprovedCount: 3 })]);
    expect(lines).toEqual([
      expect.objectContaining({ kind: SubsidyLineKind.CONSULTATION, month: '2026-07', count: 12, amountFen: 20_000, reason: null }),
      expect.objectContaining({ kind: SubsidyLineKind.CONSULTATION, count: 3, amountFen: 0, reason: NonQualifyingReason.MONTH_NOT_APPROVED }),
    ]);
    expect(statementLines('a', [], [month({ approvedCount: 2, approvedFen: 4_000, claimed: true })])[0]).toMatchObject({
      amountFen: 0,
      reason: NonQualifyingReason.ALREADY_PAID,
    });
  });

  it('totals exactly, past 32 bits', () => {
    expect(statementTotal([{ amountFen: 2_147_483_647 }, { amountFen: 2_147_483_647 }, { amountFen: 2 }])).toBe(4_294_967_296);
  });
});

describe('a case shared between advisers', () => {
  // 30,001 fen between three advisers: 10,000 each and one fen left over.
  const shared = (adviserId: string, leadId: string | null) => ({ adviserId, advisers: ['a', 'b', 'c'], leadId, rateFen: 30_001 });

  it('splits equally, the remainder fen going to the first adviser by id while no lead is named', () => {
    expect(['a', 'b', 'c'].map((id) => caseShare(shared(id, null), CaseSplit.EQUAL))).toEqual([10_001, 10_000, 10_000]);
    // The LEAD setting splits equally too while the bureau has named no lead.
    expect(['a', 'b', 'c'].map((id) => caseShare(shared(id, null), CaseSplit.LEAD))).toEqual([10_001, 10_000, 10_000]);
  });

  it('gives the remainder to the named lead when splitting equally', () => {
    expect(['a', 'b', 'c'].map((id) => caseShare(shared(id, 'c'), CaseSplit.EQUAL))).toEqual([10_000, 10_000, 10_001]);
  });

  it('pays the whole case to the named lead when the county says so, and tells the others why they get nothing', () => {
    expect(['a', 'b', 'c'].map((id) => caseShare(shared(id, 'b'), CaseSplit.LEAD))).toEqual([null, 30_001, null]);
    const lines = statementLines('a', [{ ...complete, advisers: ['a', 'b'], leadId: 'b' }], [], CaseSplit.LEAD);
    expect(lines).toMatchObject([{ amountFen: 0, reason: NonQualifyingReason.NOT_LEAD }]);
    // A lead whose assignment ended is no lead: split equally.
    expect(caseShare({ adviserId: 'a', advisers: ['a', 'b'], leadId: 'z', rateFen: 30_001 }, CaseSplit.LEAD)).toBe(15_001);
  });
});
