import { describe, expect, it } from 'vitest';
import { categoryAxisWidth, fitLabel, textWidth, valueAxisRightMargin } from './chartAxis';

describe('chart axis sizes', () => {
  it('counts a Chinese character as one em and a digit or letter as about 0.6', () => {
    expect(textWidth('天宁镇', 13)).toBe(39);
    expect(textWidth('Q4', 10)).toBe(12);
    expect(textWidth('（社区）', 10)).toBe(40);
  });

  it('gives the Y axis the longest township name, within bounds', () => {
    // 西营镇 is 39 px at 13 px, plus the tick gap; a short axis still keeps its minimum.
    expect(categoryAxisWidth(['天宁镇', '西营镇'])).toBe(49);
    expect(categoryAxisWidth(['镇'])).toBe(40);
    // 夏家营镇人民政府 (8 characters) is 104 px: wider than the old fixed 76 px that clipped it.
    expect(categoryAxisWidth(['天宁镇', '夏家营镇人民政府'])).toBe(114);
    // A very long name stops at the maximum rather than squeezing the bars on a phone.
    expect(categoryAxisWidth(['经济技术开发区管理委员会'])).toBe(132);
    expect(categoryAxisWidth(['婚姻家庭纠纷'], { fontSize: 12, max: 136 })).toBe(82);
    expect(categoryAxisWidth([])).toBe(40);
  });

  it('shortens a label that does not fit with an ellipsis, and leaves one that fits alone', () => {
    expect(fitLabel('天宁镇', 49)).toBe('天宁镇');
    const cut = fitLabel('经济技术开发区管理委员会', 132);
    expect(cut.endsWith('…')).toBe(true);
    expect(textWidth(cut, 13)).toBeLessThanOrEqual(132 - 10);
    expect(cut).toBe('经济技术开发区管…');
  });

  it('leaves room at the right for the value axis’ last tick', () => {
    expect(valueAxisRightMargin([3, 5])).toBe(16);
    // 120 may be drawn as 150 or 200: four digits' half plus a little.
    expect(valueAxisRightMargin([120])).toBe(19);
    expect(valueAxisRightMargin([100], { unit: '%' })).toBe(22);
    expect(valueAxisRightMargin([12], { extra: 24 })).toBe(39);
  });
});
