import { describe, expect, it } from 'vitest';
import { checkToFormValues, checklistScore, formValuesToInput, type MonthlyCheck } from './checkFormat';

const check: MonthlyCheck = {
  id: 'c1',
  month: '2026-09',
  rating: 'EXCELLENT',
  notes: '按时完成',
  logComplete: true,
  casesFollowedUp: true,
  noticeBoardPosted: false,
  trainingOnTrack: true,
  checkedAt: '2026-10-08T02:00:00Z',
  checkedBy: { id: 'u2', displayName: '天宁镇司法所' },
  adviser: { id: 'a1', name: '李明华' },
  township: { id: 't1', name: '天宁镇' },
  highlights: [{ id: 'h1', title: '宅基地纠纷就地化解', text: '……', modelCase: true, photos: [{ id: 'p1', mime: 'image/jpeg', url: '/files/p1' }] }],
  version: 1,
};

describe('monthly check form values', () => {
  it('counts the checklist', () => {
    expect(checklistScore(check)).toBe(3);
    expect(checklistScore({})).toBe(0);
  });

  it('round-trips a stored check, keeping highlight ids and photos', () => {
    const input = formValuesToInput(checkToFormValues(check));
    expect(input).toEqual({
      adviserId: 'a1',
      month: '2026-09',
      rating: 'EXCELLENT',
      notes: '按时完成',
      logComplete: true,
      casesFollowedUp: true,
      noticeBoardPosted: false,
      trainingOnTrack: true,
      highlights: [{ id: 'h1', title: '宅基地纠纷就地化解', text: '……', photoIds: ['p1'] }],
    });
  });

  it('sends unticked items as false and drops blank highlights', () => {
    const input = formValuesToInput({
      adviserId: 'a1',
      month: '2026-10',
      rating: 'GOOD',
      highlights: [
        { title: ' ', text: '' },
        { title: '新亮点', text: '内容' },
      ],
    });
    expect(input.logComplete).toBe(false);
    expect(input.notes).toBe('');
    expect(input.highlights).toEqual([{ title: '新亮点', text: '内容', photoIds: [] }]);
  });
});
