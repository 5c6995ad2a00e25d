import type { MediationCase } from '../resources/mediationCases/caseFormat';

/** A mediation case as the API answers an office (confidential text withheld); override what a test is about. */
export function aCase(overrides: Partial<MediationCase> & { id: string; caseNo: string }): MediationCase {
  return {
    status: 'ACCEPTED',
    level: 'VILLAGE',
    source: 'APPLICATION',
    disputeType: 'NEIGHBOUR',
    tier: 'ORDINARY',
    amountFen: 0,
    receivedOn: '2026-10-08',
    acceptedOn: '2026-10-09',
    deadline: '2026-11-08',
    overdue: false,
    needsAdviser: false,
    closedOn: null,
    closureReason: null,
    resolvedLevel: null,
    referrerKind: null,
    referrerName: null,
    summary: null,
    canReadConfidential: false,
    version: 3,
    createdAt: '2026-10-08T02:00:00.000Z',
    village: { id: 'v1', name: '东关村' },
    township: { id: 't1', name: '天宁镇' },
    advisers: [],
    mediators: [],
    parties: [{ id: 'p1', role: 'APPLICANT', name: '张*三' }],
    sessions: [],
    agreement: null,
    returnVisits: [],
    events: [],
    ...overrides,
  };
}
