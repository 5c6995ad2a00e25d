import { describe, expect, it } from '@jest/globals';
import { isResidentIdNumber } from './id-number.js';
import { maskIdNumber, maskName, maskPhone } from './mask.js';
import { isMainlandPhone } from './phone.js';

describe('isResidentIdNumber', () => {
  it('accepts a valid number, also with a lower-case x', () => {
    expect(isResidentIdNumber('11010519491231002X')).toBe(true);
    expect(isResidentIdNumber('11010519491231002x')).toBe(true);
  });

  it.each(['110105194912310021', '11010519491331002X', '1101051949123100', 'ABCDEFGHIJKLMNOPQR', '110105180012310027'])('refuses %s', (id) => {
    expect(isResidentIdNumber(id)).toBe(false);
  });
});

describe('masks', () => {
  it('masks names, keeping the first and last character', () => {
    expect(maskName('张三')).toBe('张*');
    expect(maskName('张建三')).toBe('张*三');
    expect(maskName('欧阳娜娜')).toBe('欧**娜');
  });

  it('masks phones as 138****5678 and landlines by area code', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskPhone('0358-3521234')).toBe('0358-***1234');
  });

  it('masks ID numbers to the region and the check character, hiding birth date and sequence', () => {
    expect(maskIdNumber('11010519491231002X')).toBe('110105***********X');
  });
});

describe('isMainlandPhone', () => {
  it.each(['13935800001', '+86 139 3580 0001', '0358-3520001', '03583520001', '400-123-4567'])('accepts %s', (p) =>
    expect(isMainlandPhone(p)).toBe(true),
  );
  it.each(['12345678901', '110', '2391234567', '139358000011', 'phone'])('refuses %s', (p) => expect(isMainlandPhone(p)).toBe(false));
});
