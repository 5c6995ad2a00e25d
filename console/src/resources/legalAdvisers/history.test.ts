import { describe, expect, it } from 'vitest';
import { createI18nProvider } from '../../i18n';
import { changeLines, displayValue, fieldLabelKey, newestFirst } from './history';
import { rosterChangesFor } from './RosterActions';

const zh = createI18nProvider('zh-CN').translate;

describe('changeLines', () => {
  it('reads a CHANGED event as from → to, in the order of the adviser form', () => {
    expect(
      changeLines({
        providerId: { from: 'p5', to: 'p1' },
        profession: { from: 'GRASSROOTS_LEGAL_WORKER', to: 'LAWYER' },
        phone: { from: '13935800003', to: '13935809999' },
      }),
    ).toEqual([
      { field: 'phone', from: '13935800003', to: '13935809999' },
      { field: 'profession', from: 'GRASSROOTS_LEGAL_WORKER', to: 'LAWYER' },
      { field: 'providerId', from: 'p5', to: 'p1' },
    ]);
  });

  it('reads a JOINED event as the values joined with', () => {
    expect(changeLines({ name: '李明华', gender: 'MALE', serviceScope: '' })).toEqual([
      { field: 'name', from: null, to: '李明华' },
      { field: 'gender', from: null, to: 'MALE' },
      { field: 'serviceScope', from: null, to: null },
    ]);
  });

  it('has nothing to say for events without changes', () => {
    expect(changeLines(null)).toEqual([]);
    expect(changeLines(undefined)).toEqual([]);
    expect(changeLines([1, 2])).toEqual([]);
  });
});

describe('newestFirst', () => {
  it('orders by effective date, then by when recorded', () => {
    const events = [
      { id: 'a', effectiveOn: '2024-05-20', at: '2024-05-20T09:00:00+08:00' },
      { id: 'b', effectiveOn: '2026-11-20', at: '2026-11-28T01:00:00+08:00' },
      { id: 'c', effectiveOn: '2026-11-20', at: '2026-11-28T02:00:00+08:00' },
    ];
    expect(newestFirst(events).map((e) => e.id)).toEqual(['c', 'b', 'a']);
    expect(events[0]!.id).toBe('a');
  });
});

describe('displayValue', () => {
  it('labels enums and names providers', () => {
    const providers = new Map([['p1', '山西卦山律师事务所']]);
    expect(displayValue('profession', 'LAWYER', zh)).toBe('律师');
    expect(displayValue('gender', 'FEMALE', zh)).toBe('女');
    expect(displayValue('providerId', 'p1', zh, providers)).toBe('山西卦山律师事务所');
    expect(displayValue('providerId', 'p-gone', zh, providers)).toBe('p-gone');
    expect(displayValue('phone', null, zh)).toBe('（空）');
    expect(zh(fieldLabelKey('providerId'))).toBe('所属机构');
    expect(zh(fieldLabelKey('villages'))).toBe('服务村（社区）');
  });
});

describe('rosterChangesFor', () => {
  it('offers the transitions the status allows', () => {
    expect(rosterChangesFor('ACTIVE')).toEqual(['suspend', 'remove']);
    expect(rosterChangesFor('SUSPENDED')).toEqual(['reinstate', 'remove']);
    expect(rosterChangesFor('REMOVED')).toEqual([]);
  });
});
