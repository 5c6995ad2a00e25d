import { describe, expect, it } from '@jest/globals';
import { AdviserStatus } from './adviser.enums.js';
import { RosterEventKind } from './roster-event.entity.js';
import { diffDetails, rosterOn, type AdviserDetails, type FoldableEvent } from './roster.js';

const details: AdviserDetails = {
  name: '李明华',
  gender: 'MALE',
  phone: '13935800001',
  profession: 'LAWYER',
  licenceNo: 'L1',
  providerId: 'p1',
  serviceScope: '咨询',
};
const at = (s: string) => new Date(`${s}T08:00:00Z`);

describe('rosterOn', () => {
  const events: FoldableEvent[] = [
    { adviserId: 'a', kind: RosterEventKind.JOINED, effectiveOn: '2024-05-01', at: at('2024-05-01'), changes: details },
    {
      adviserId: 'a',
      kind: RosterEventKind.CHANGED,
      effectiveOn: '2024-09-01',
      at: at('2024-09-02'),
      changes: { phone: { from: '13935800001', to: '13935809999' } },
    },
    { adviserId: 'a', kind: RosterEventKind.SUSPENDED, effectiveOn: '2025-01-10', at: at('2025-01-10') },
    { adviserId: 'a', kind: RosterEventKind.REINSTATED, effectiveOn: '2025-03-01', at: at('2025-03-01') },
    {
      adviserId: 'b',
      kind: RosterEventKind.JOINED,
      effectiveOn: '2025-02-01',
      at: at('2025-02-01'),
      changes: { ...details, name: '王秀兰', licenceNo: 'L2' },
    },
    { adviserId: 'b', kind: RosterEventKind.REMOVED, effectiveOn: '2025-06-01', at: at('2025-06-01') },
  ];

  it('reconstructs status and details as they stood on any past date', () => {
    expect(rosterOn(events, '2024-04-30')).toEqual([]);
    const may = rosterOn(events, '2024-05-01');
    expect(may).toHaveLength(1);
    expect(may[0]).toMatchObject({ status: AdviserStatus.ACTIVE, details: { phone: '13935800001' } });
    expect(rosterOn(events, '2024-12-31')[0]!.details.phone).toBe('13935809999');
    const feb = rosterOn(events, '2025-02-15');
    expect(feb.map((s) => [s.adviserId, s.status])).toEqual([
      ['a', AdviserStatus.SUSPENDED],
      ['b', AdviserStatus.ACTIVE],
    ]);
    const july = rosterOn(events, '2025-07-01');
    expect(july.map((s) => [s.adviserId, s.status])).toEqual([
      ['a', AdviserStatus.ACTIVE],
      ['b', AdviserStatus.REMOVED],
    ]);
  });

  it('applies events by effective date, not by the order they were recorded', () => {
    const backdated: FoldableEvent[] = [
      events[0]!,
      { adviserId: 'a', kind: RosterEventKind.SUSPENDED, effectiveOn: '2024-06-01', at: at('2024-08-01') },
      { adviserId: 'a', kind: RosterEventKind.REINSTATED, effectiveOn: '2024-07-01', at: at('2024-07-01') },
    ];
    expect(rosterOn(backdated, '2024-06-15')[0]!.status).toBe(AdviserStatus.SUSPENDED);
    expect(rosterOn(backdated, '2024-07-15')[0]!.status).toBe(AdviserStatus.ACTIVE);
  });
});

describe('diffDetails', () => {
  it('records only the fields that changed', () => {
    expect(diffDetails(details, { phone: '13900000000', name: '李明华' })).toEqual({ phone: { from: '13935800001', to: '13900000000' } });
  });
});
