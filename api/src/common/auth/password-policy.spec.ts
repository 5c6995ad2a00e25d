import { describe, expect, it } from '@jest/globals';
import { AppError } from '../errors/app-error.js';
import { COMMON_PASSWORDS } from './common-passwords.js';
import { checkNewPassword, oneTimePassword } from './password-policy.js';

function refusal(username: string, password: string, field?: string) {
  try {
    checkNewPassword(username, password, field);
  } catch (error) {
    return (error as AppError).extensions;
  }
  return null;
}

describe('password policy', () => {
  it('refuses a short password, naming newPassword', () => {
    expect(refusal('adviser.1', 'short-one')).toEqual({ code: 'BAD_USER_INPUT', field: 'newPassword', reason: 'PASSWORD_TOO_SHORT' });
  });

  it('refuses the username and any password containing it, whatever the case', () => {
    expect(refusal('zhangsan01', 'zhangsan01')).toMatchObject({ field: 'newPassword', reason: 'PASSWORD_CONTAINS_USERNAME' });
    expect(refusal('zhangsan01', 'My-ZhangSan01-pass')).toMatchObject({ reason: 'PASSWORD_CONTAINS_USERNAME' });
  });

  it('refuses common passwords in any case, and names the field it is given', () => {
    expect(refusal('bureau', 'Password123')).toMatchObject({ reason: 'PASSWORD_TOO_COMMON' });
    expect(refusal('bureau', 'woaini1314', 'password')).toEqual({ code: 'BAD_USER_INPUT', field: 'password', reason: 'PASSWORD_TOO_COMMON' });
    expect(refusal('bureau', 'QWERTYUIOP')).toMatchObject({ reason: 'PASSWORD_TOO_COMMON' });
  });

  it('ships over a thousand common passwords, all lower-case and long enough to matter', () => {
    expect(COMMON_PASSWORDS.length).toBeGreaterThan(1_500);
    expect(COMMON_PASSWORDS.every((p) => p === p.toLowerCase() && p.length >= 10)).toBe(true);
    expect(new Set(COMMON_PASSWORDS).size).toBe(COMMON_PASSWORDS.length);
  });

  it('accepts a long, unusual password', () => {
    expect(refusal('bureau', '交城县调解-春天-2026')).toBeNull();
    expect(refusal('bureau', 'river-lantern-kettle')).toBeNull();
  });

  it('makes readable one-time passwords of 12 letters and digits that pass the policy', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const p = oneTimePassword('ab');
      expect(p).toMatch(/^[a-hj-km-np-z2-9]{4}-[a-hj-km-np-z2-9]{4}-[a-hj-km-np-z2-9]{4}$/);
      expect(p).not.toContain('ab');
      expect(refusal('ab', p)).toBeNull();
      seen.add(p);
    }
    expect(seen.size).toBe(200);
  });
});
