import { describe, expect, it } from 'vitest';
import { isMainlandPhone, notBefore, notInFuture, phone } from './validation';

describe('isMainlandPhone', () => {
  it('accepts mobiles from 13 to 19 and landlines with an area code', () => {
    for (const ok of ['13935800001', '19912345678', '0358-3521001', '03583521001', '010-12345678', '139 3580 0001']) {
      expect(isMainlandPhone(ok), ok).toBe(true);
    }
    for (const bad of ['12345', '12935800001', '1393580000', '139358000012', '358-3521001', 'abc']) {
      expect(isMainlandPhone(bad), bad).toBe(false);
    }
  });

  it('lets an empty optional phone through the validator and names the problem otherwise', () => {
    expect(phone('')).toBeUndefined();
    expect(phone(null)).toBeUndefined();
    expect(phone('12345')).toBe('fq.validation.phone');
  });
});

describe('date validators', () => {
  it('refuse a roster change dated after today', () => {
    const validate = notInFuture(() => '2026-11-28');
    expect(validate('2026-11-28')).toBeUndefined();
    expect(validate('2026-11-29')).toBe('fq.validation.not_in_future');
    expect(validate(undefined)).toBeUndefined();
  });

  it('refuse an end before its start', () => {
    const validate = notBefore('validFrom');
    expect(validate('2026-11-27', { validFrom: '2026-11-28' })).toBe('fq.validation.end_before_start');
    expect(validate('2026-11-28', { validFrom: '2026-11-28' })).toBeUndefined();
    expect(validate('', { validFrom: '2026-11-28' })).toBeUndefined();
  });
});
