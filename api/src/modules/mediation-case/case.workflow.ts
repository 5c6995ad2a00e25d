import { CaseLevel, CaseStatus, ClosureReason } from './case.enums.js';

/** The transitions the server allows (rule 7), as data: an action, the states it starts from and where it leads. */
export const TRANSITIONS = {
  accept: { from: [CaseStatus.REGISTERED], to: CaseStatus.ACCEPTED },
  decline: { from: [CaseStatus.REGISTERED], to: CaseStatus.DECLINED },
  startMediation: { from: [CaseStatus.ACCEPTED], to: CaseStatus.IN_MEDIATION },
  recordSession: { from: [CaseStatus.ACCEPTED, CaseStatus.IN_MEDIATION], to: CaseStatus.IN_MEDIATION },
  reachAgreement: { from: [CaseStatus.IN_MEDIATION], to: CaseStatus.AGREEMENT_REACHED },
  fail: { from: [CaseStatus.IN_MEDIATION], to: CaseStatus.FAILED },
  withdraw: { from: [CaseStatus.ACCEPTED, CaseStatus.IN_MEDIATION], to: CaseStatus.WITHDRAWN },
  refer: { from: [CaseStatus.REGISTERED, CaseStatus.ACCEPTED, CaseStatus.IN_MEDIATION], to: CaseStatus.REFERRED },
  escalate: { from: [CaseStatus.REGISTERED, CaseStatus.ACCEPTED, CaseStatus.IN_MEDIATION], to: null },
} as const satisfies Record<string, { from: readonly CaseStatus[]; to: CaseStatus | null }>;

export type CaseAction = keyof typeof TRANSITIONS;

export function canTransition(action: CaseAction, from: CaseStatus): boolean {
  return (TRANSITIONS[action].from as readonly CaseStatus[]).includes(from);
}

/** The closure reason a terminal state records. */
export const CLOSURE: Partial<Record<CaseAction, ClosureReason>> = {
  decline: ClosureReason.NOT_ACCEPTED,
  reachAgreement: ClosureReason.AGREEMENT_SIGNED,
  fail: ClosureReason.FAILED,
  withdraw: ClosureReason.WITHDRAWN,
};

const LEVEL_ORDER = [CaseLevel.VILLAGE, CaseLevel.TOWNSHIP, CaseLevel.COUNTY];

/** Escalation only goes up: village → township → county and above. */
export function isHigherLevel(to: CaseLevel, from: CaseLevel): boolean {
  return LEVEL_ORDER.indexOf(to) > LEVEL_ORDER.indexOf(from);
}
