import type * as Api from '../../generated/graphql';

/*
 * A mediation case as the console reads it: the API's `MediationCase` with the fields its selections name
 * (providers/selections.ts). Confidential fields are null when withheld; what only the detail page selects is optional.
 */

/** A party: name and phone masked for outsiders; ID number and address only on the detail page, null when withheld. */
export type CaseParty = Pick<Api.CaseParty, 'id' | 'role' | 'name'> & Partial<Pick<Api.CaseParty, 'phone' | 'idNumber' | 'address'>>;

export type CaseSession = Pick<Api.MediationSession, 'id' | 'at' | 'mode' | 'place' | 'participants' | 'record'>;

export type CaseAgreement = Pick<
  Api.Agreement,
  | 'id'
  | 'form'
  | 'signedAt'
  | 'amountFen'
  | 'content'
  | 'version'
  | 'reviewStatus'
  | 'reviewComment'
  | 'reviewedAt'
  | 'performance'
  | 'confirmationAppliedOn'
  | 'confirmationCourt'
  | 'confirmationResult'
  | 'confirmationDecidedOn'
  | 'confirmationRulingNo'
  | 'confirmationDeadline'
  | 'confirmationDueSoon'
> & {
  /** The signed paper's metadata (its content only through the audited download); null when none. */
  scan?: Pick<Api.AgreementScan, 'mime' | 'size' | 'uploadedAt'> | null;
};

/** One request that read the case's confidential text (查阅记录). */
export type CaseRead = Pick<Api.CaseRead, 'at' | 'readerRole' | 'readerName' | 'organisation' | 'fields' | 'you'>;

export type CaseReturnVisit = Pick<Api.ReturnVisit, 'id' | 'visitedOn' | 'carriedOut' | 'performance' | 'satisfaction'>;

/** Something that happened to a case beside its workflow steps: a reassignment (改派). */
export type CaseEvent = Pick<Api.CaseEvent, 'id' | 'kind' | 'at' | 'actorName' | 'reason' | 'addedAdviserName' | 'endedAdviserNames'>;

export type MediationCase = Pick<
  Api.MediationCase,
  | 'id'
  | 'caseNo'
  | 'status'
  | 'level'
  | 'source'
  | 'disputeType'
  | 'tier'
  | 'amountFen'
  | 'receivedOn'
  | 'acceptedOn'
  | 'deadline'
  | 'overdue'
  // Open, and no active adviser is assigned any more (theirs was suspended or removed): to reassign.
  | 'needsAdviser'
  | 'closedOn'
  | 'closureReason'
  | 'resolvedLevel'
  | 'referrerKind'
  | 'referrerName'
  | 'canReadConfidential'
  | 'version'
  | 'createdAt'
> &
  // The lead adviser (主办) the bureau named; only the case page selects it.
  Partial<Pick<Api.MediationCase, 'leadAdviserId'>> &
  // Never selected by a list (reading it is audited).
  Partial<Pick<Api.MediationCase, 'summary'>> & {
    village: Pick<Api.Village, 'id' | 'name'>;
    township: Pick<Api.Region, 'id' | 'name'>;
    advisers?: Pick<Api.LegalAdviser, 'id' | 'name' | 'phone' | 'status'>[];
    mediators?: Pick<Api.CommitteeMember, 'id' | 'name' | 'role'>[];
    parties?: CaseParty[];
    sessions?: CaseSession[];
    agreement?: CaseAgreement | null;
    returnVisits?: CaseReturnVisit[];
    events?: CaseEvent[];
    /** Who read the confidential text; null for those the API does not show it to (office, others). */
    accessLog?: CaseRead[] | null;
  };

/** Fen as yuan for people: 123456 → "¥1,234.56" (zh) / "CN¥1,234.56" (en). */
export function formatFen(fen: number | null | undefined, locale = 'zh-CN'): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency: 'CNY', minimumFractionDigits: 2 }).format((fen ?? 0) / 100);
}

/** Yuan typed in a form as integer fen; blank is 0; a negative or non-number amount is left for the API to refuse. */
export function yuanToFen(yuan: unknown): number {
  if (yuan === null || yuan === undefined || yuan === '') return 0;
  const n = typeof yuan === 'number' ? yuan : Number(String(yuan).replace(/[,，\s]/g, ''));
  return Number.isFinite(n) ? Math.round(n * 100) : Number.NaN;
}

export const OPEN_STATUSES = ['REGISTERED', 'ACCEPTED', 'IN_MEDIATION'] as const;

/** The case list's filter of open cases whose adviser left (需改派), as its quick filter and the dashboard set it. */
export const NEEDS_ADVISER_FILTER = { needsAdviser: true } as const;

/** The workflow steps the server allows from a status (the API's TRANSITIONS; the server still decides). */
const STEPS_FROM: Record<string, readonly CaseStep[]> = {
  REGISTERED: ['accept', 'decline', 'escalate', 'refer'],
  ACCEPTED: ['startMediation', 'recordSession', 'withdraw', 'escalate', 'refer'],
  IN_MEDIATION: ['recordSession', 'recordAgreement', 'fail', 'withdraw', 'escalate', 'refer'],
};

export type CaseStep = 'accept' | 'decline' | 'startMediation' | 'recordSession' | 'recordAgreement' | 'fail' | 'withdraw' | 'escalate' | 'refer';

/** Steps offered for a case: only to the assigned adviser (who reads its confidential text), from its status. */
export function stepsFor(record: Pick<MediationCase, 'status' | 'level' | 'canReadConfidential'>, role: string | undefined): CaseStep[] {
  if (role !== 'ADVISER' || !record.canReadConfidential) return [];
  const steps = [...(STEPS_FROM[record.status] ?? [])];
  // Escalation only goes upwards: nothing above the county.
  return record.level === 'COUNTY' ? steps.filter((s) => s !== 'escalate') : steps;
}

/** The levels a case at `level` may be escalated to. */
export function higherLevels(level: string): string[] {
  const order = ['VILLAGE', 'TOWNSHIP', 'COUNTY'];
  return order.slice(order.indexOf(level) + 1);
}
