import { describe, expect, it } from '@jest/globals';
import { diffFilings, villagesText } from './filing-diff.js';
import type { FiledAdviserRecord } from './roster-filing.entity.js';

const entry = (id: string, patch: Partial<FiledAdviserRecord> = {}): FiledAdviserRecord => ({
  adviserId: id,
  name: `顾问${id}`,
  gender: 'MALE',
  phone: '13935800001',
  profession: 'LAWYER',
  licenceNo: `L${id}000000`,
  providerId: 'p1',
  provider: '山西卦山律师事务所',
  serviceScope: '法律咨询',
  joinedOn: '2024-05-20',
  villages: [{ id: 'v1', name: '东庄村', township: '天宁镇' }],
  ...patch,
});

describe('diffFilings', () => {
  it('lists every adviser as added in a county’s first filing', () => {
    const diff = diffFilings(null, [entry('a'), entry('b')]);
    expect(diff).toMatchObject({ previousNumber: null, removed: [], changed: [] });
    expect(diff.added.map((e) => e.adviserId)).toEqual(['a', 'b']);
  });

  it('names who joined, who left and which fields changed since the previous filing', () => {
    const previous = { number: 3, snapshot: [entry('a'), entry('b'), entry('c')] };
    const next = [
      entry('a'),
      entry('b', {
        phone: '13900000000',
        villages: [
          { id: 'v2', name: '西沟村', township: '西营镇' },
          { id: 'v1', name: '东庄村', township: '天宁镇' },
        ],
      }),
      entry('d'),
    ];
    const diff = diffFilings(previous, next);
    expect(diff.previousNumber).toBe(3);
    expect(diff.added.map((e) => e.adviserId)).toEqual(['d']);
    expect(diff.removed.map((e) => e.adviserId)).toEqual(['c']);
    expect(diff.changed).toEqual([
      {
        adviserId: 'b',
        name: '顾问b',
        licenceNo: 'Lb000000',
        changes: [
          { field: 'phone', from: '13935800001', to: '13900000000' },
          { field: 'villages', from: '天宁镇东庄村', to: villagesText(next[1]!) },
        ],
      },
    ]);
  });

  it('ignores the order villages were listed in', () => {
    const v = [
      { id: 'v1', name: '东庄村', township: '天宁镇' },
      { id: 'v2', name: '西沟村', township: '西营镇' },
    ];
    const diff = diffFilings({ number: 1, snapshot: [entry('a', { villages: v })] }, [entry('a', { villages: [...v].reverse() })]);
    expect(diff.changed).toEqual([]);
  });
});
