/** A mediation case as the console reads it (the API's `MediationCase`; confidential fields null when withheld). */
export interface CaseParty {
  id: string;
  role: string;
  name: string;
  phone?: string | null;
  idNumber?: string | null;
  address?: string | null;
}

export interface CaseSession {
  id: string;
  at: string;
  mode: string;
  place: string;
  participants: string;
  record: string | null;
}

export interface CaseAgreement {
  id: string;
  form: string;
  signedAt: string | null;
  amountFen: number;
  content: string | null;
  version: number;
  reviewStatus: string;
  reviewComment: string | null;
  reviewedAt: string | null;
  performance: string;
  confirmationAppliedOn: string | null;
  confirmationCourt: string | null;
  confirmationResult: string | null;
  confirmationDecidedOn: string | null;
  confirmationRulingNo: string | null;
  confirmationDeadline: string | null;
  confirmationDueSoon: boolean;
}

export interface CaseReturnVisit {
  id: string;
  visitedOn: string;
  carriedOut: boolean;
  performance: string;
  satisfaction: string | null;
}

/** Something that happened to a case beside its workflow steps: a reassignment (改派). */
export interface CaseEvent {
  id: string;
  kind: string;
  at: string;
  actorName: string;
  reason: string;
  addedAdviserName: string | null;
  endedAdviserNames: string[];
}

export interface MediationCase {
  id: string;
  caseNo: string;
  status: string;
  level: string;
  source: string;
  disputeType: string;
  tier: string;
  amountFen: number;
  receivedOn: string;
  acceptedOn: string | null;
  deadline: string | null;
  overdue: boolean;
  /** Open, and no active adviser is assigned any more (theirs was suspended or removed): to reassign. */
  needsAdviser: boolean;
  closedOn: string | null;
  closureReason: string | null;
  resolvedLevel: string | null;
  referrerKind: string | null;
  referrerName: string | null;
  summary?: string | null;
  canReadConfidential: boolean;
  version: number;
  createdAt: string;
  village: { id: string; name: string };
  township: { id: string; name: string };
  advisers?: { id: string; name: string; phone?: string; status?: string }[];
  mediators?: { id: string; name: string; role: string }[];
  parties?: CaseParty[];
  sessions?: CaseSession[];
  agreement?: CaseAgreement | null;
  returnVisits?: CaseReturnVisit[];
  events?: CaseEvent[];
}

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

export type CaseStep =
  | 'accept'
  | 'decline'
  | 'startMediation'
  | 'recordSession'
  | 'recordAgreement'
  | 'fail'
  | 'withdraw'
  | 'escalate'
  | 'refer';

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
