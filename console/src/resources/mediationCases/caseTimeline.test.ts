import { describe, expect, it } from 'vitest';
import { aCase } from '../../test/cases';
import { caseTimeline } from './caseTimeline';

describe('caseTimeline', () => {
  it('orders what happened, then what is due, from the case’s own records', () => {
    const record = aCase({
      id: 'c1',
      caseNo: '（2026）交调字第1号',
      receivedOn: '2026-10-01',
      createdAt: '2026-10-01T02:00:00Z',
      acceptedOn: '2026-10-02',
      status: 'AGREEMENT_REACHED',
      closedOn: '2026-10-20',
      closureReason: 'AGREEMENT_SIGNED',
      deadline: '2026-11-01',
      sessions: [{ id: 's1', at: '2026-10-10T01:00:00Z', mode: 'OFFLINE', place: '村委会', participants: '双方', record: null }],
      agreement: {
        id: 'g',
        form: 'WRITTEN',
        signedAt: '2026-10-20',
        reviewStatus: 'APPROVED',
        reviewedAt: '2026-10-21T03:00:00Z',
        confirmationAppliedOn: null,
        confirmationDeadline: '2026-11-19',
      } as never,
      returnVisits: [{ id: 'v', visitedOn: '2026-11-05', carriedOut: true, performance: 'PERFORMED', satisfaction: null }],
      events: [],
    });
    const t = caseTimeline(record);
    expect(t.map((e) => `${e.day} ${e.kind}`)).toEqual([
      '2026-10-01 received',
      '2026-10-01 created',
      '2026-10-02 accepted',
      '2026-10-10 session',
      '2026-10-20 agreement_signed',
      '2026-10-20 closed',
      '2026-10-21 agreement_reviewed',
      '2026-11-05 return_visit',
      '2026-11-19 confirmation_deadline',
    ]);
    // A session shows where it was held, never its record.
    expect(t.find((e) => e.kind === 'session')!.values).toEqual({ venue: '村委会', mode: 'OFFLINE' });
    expect(t.at(-1)!.due).toBe(true);
  });

  it('shows the mediation deadline of an open case, and no confirmation window once applied for', () => {
    const t = caseTimeline(
      aCase({
        id: 'c2',
        caseNo: '（2026）交调字第2号',
        receivedOn: '2026-11-01',
        createdAt: '2026-11-01T01:00:00Z',
        acceptedOn: '2026-11-02',
        deadline: '2026-12-02',
        closedOn: null,
        agreement: null,
        sessions: [],
      }),
    );
    expect(t.map((e) => e.kind)).toEqual(['received', 'created', 'accepted', 'deadline']);
  });
});
