import { describe, expect, it } from 'vitest';
import { periodChoices, periodEnd, periodEnded, rateInput, rateOn, type SubsidyRate, yuanInput } from './subsidy';

const rate = (effectiveFrom: string, version = 1) => ({ effectiveFrom, version }) as SubsidyRate;

describe('subsidy', () => {
  it('reads yuan as typed into exact integer fen, refusing more than two decimals', () => {
    expect(yuanInput('1,200.5')).toBe(120_050);
    expect(yuanInput('0.1')).toBe(10);
    expect(yuanInput('80')).toBe(8_000);
    expect(yuanInput(' ')).toBeNull();
    expect(yuanInput('1.005')).toBeNaN();
    expect(yuanInput('-5')).toBeNaN();
  });

  it('knows the last day of a month or quarter and whether it has passed', () => {
    expect(periodEnd('2024-02')).toBe('2024-02-29');
    expect(periodEnd('2026-Q3')).toBe('2026-09-30');
    expect(periodEnded('2026-Q3', '2026-10-01')).toBe(true);
    expect(periodEnded('2026-Q4', '2026-12-02')).toBe(false);
  });

  it('offers the last ended quarter first, across a year boundary', () => {
    const choices = periodChoices('2027-01-15');
    expect(choices.slice(0, 3)).toEqual(['2026-Q4', '2027-Q1', '2026-Q3']);
    expect(choices).toContain('2027-01');
    expect(choices).toContain('2026-02');
  });

  it('finds the rates in force on a day and the version of the date being saved', () => {
    const rates = [rate('2026-07-01', 2), rate('2026-01-01', 5)];
    expect(rateOn(rates, '2026-06-30')?.effectiveFrom).toBe('2026-01-01');
    expect(rateOn(rates, '2025-12-31')).toBeUndefined();
    const values = { effectiveFrom: '2026-07-01', ordinary: '200', difficult: '500', major: '1000', consultation: '10', cap: '' };
    expect(rateInput(values, rates)).toMatchObject({ ordinaryFen: 20_000, consultationMonthlyCapFen: null, version: 2 });
    expect(rateInput({ ...values, effectiveFrom: '2027-01-01' }, rates).version).toBe(0);
  });
});
