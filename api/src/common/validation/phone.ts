import { registerDecorator, type ValidationOptions } from 'class-validator';

// Mainland China: mobiles 1[3-9]xxxxxxxxx; landlines 0 + area code (2–3 digits) + 7–8 digits, optional hyphen and
// extension; service numbers 400/800 + 7 digits.
const MOBILE = /^1[3-9]\d{9}$/;
const LANDLINE = /^0\d{2,3}-?\d{7,8}(-\d{1,6})?$/;
const SERVICE = /^[48]00-?\d{3}-?\d{4}$/;

export function normalisePhone(value: string): string {
  return value.replace(/[\s\u3000]/g, '').replace(/^\+?86(?=1[3-9]\d{9}$)/, '');
}

export function isMainlandPhone(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const v = normalisePhone(value);
  return MOBILE.test(v) || LANDLINE.test(v) || SERVICE.test(v);
}

export function IsMainlandPhone(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isMainlandPhone',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: 'must be a mainland China mobile (11 digits from 13–19) or landline (0xxx-xxxxxxx) number', ...options },
      validator: { validate: (value: unknown) => value === null || value === undefined || isMainlandPhone(value) },
    });
}
