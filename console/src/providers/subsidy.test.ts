import { describe, expect, it } from 'vitest';
import {
  adjustmentLines,
  canAdjust,
  factorProblem,
  gradeFactorsInput,
  payingLines,
  periodChoices,
  periodEnd,
  periodEnded,
  rateFormDefaults,
  rateInput,
  rateOn,
  type SubsidyLine,
  type SubsidyRate,
  type SubsidyStatement,
  settlementYear,
  statementSummary,
  signedYuanInput,
  yuanInput,
} from './subsidy';

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

  it('reads an adjustment’s yuan with its sign, refusing anything else', () => {
    expect(signedYuanInput('-50')).toBe(-5_000);
    expect(signedYuanInput('－12.5')).toBe(-1_250);
    expect(signedYuanInput('1,200')).toBe(120_000);
    expect(signedYuanInput('')).toBeNull();
    expect(signedYuanInput('-')).toBeNaN();
    expect(signedYuanInput('--5')).toBeNaN();
    expect(signedYuanInput('-1.005')).toBeNaN();
  });

  it('takes grade factors as decimals from 0 to 10, sending only those filled in', () => {
    expect(factorProblem('0.8')).toBe(false);
    expect(factorProblem('0')).toBe(false);
    expect(factorProblem('')).toBe(false);
    expect(factorProblem('10.000001')).toBe(true);
    expect(factorProblem('0.1234567')).toBe(true);
    expect(factorProblem('-1')).toBe(true);
    expect(factorProblem('八')).toBe(true);
    expect(gradeFactorsInput({ factor_FAIL: '0', factor_BASIC_PASS: ' 0.8 ', factor_PASS: '' })).toEqual([
      { grade: 'BASIC_PASS', factor: '0.8' },
      { grade: 'FAIL', factor: '0' },
    ]);
    expect(gradeFactorsInput({})).toBeNull();
    const current = { ...rate('2026-01-01'), gradeFactors: [{ grade: 'FAIL', factor: '0' }] } as SubsidyRate;
    expect(rateFormDefaults(current, '2026-05-01')).toMatchObject({ factor_FAIL: '0', factor_EXCELLENT: '' });
  });

  it('reads a year’s settlement period and keeps adjustments apart from the paying lines', () => {
    expect(settlementYear('2026-Y')).toBe(2026);
    expect(settlementYear('2026-Q4')).toBeNull();
    expect(periodEnd('2026-Y')).toBe('2026-12-31');
    const line = (kind: SubsidyLine['kind'], reason: SubsidyLine['reason'] = null) => ({ kind, reason }) as SubsidyLine;
    const lines = [line('CASE'), line('CASE', 'NO_RETURN_VISIT'), line('CONSULTATION'), line('ADJUSTMENT')];
    expect(payingLines({ lines }).map((l) => l.kind)).toEqual(['CASE', 'CONSULTATION']);
    expect(adjustmentLines({ lines })).toHaveLength(1);
    const summary = statementSummary([{ lines, totalFen: 1_000 } as unknown as SubsidyStatement]);
    expect(summary).toEqual({ advisers: 1, totalFen: 1_000, paying: 2, failing: 1 });
    expect(canAdjust({ status: 'CONFIRMED', id: 's1' })).toBe(true);
    expect(canAdjust({ status: 'PAID', id: 's1' })).toBe(false);
    expect(canAdjust({ status: 'DRAFT', id: null })).toBe(false);
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
    expect(choices.slice(-2)).toEqual(['2026-Y', '2027-Y']);
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
