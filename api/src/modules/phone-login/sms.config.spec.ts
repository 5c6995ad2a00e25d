import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { smsConfigFromEnv } from './sms.config.js';

const TENCENT = {
  SMS_PROVIDER: 'tencent',
  SMS_SECRET_ID: 'AKIDexample',
  SMS_SECRET_KEY: 'example-key',
  SMS_APP_ID: '1400006666',
  SMS_SIGN_NAME: '枫桥调解',
  SMS_TEMPLATE_ID: '1234567',
};

describe('smsConfigFromEnv', () => {
  it('sends codes to the log outside production, and to no one in production, unless a provider is chosen', () => {
    expect(smsConfigFromEnv('development', {})).toEqual({ provider: 'log' });
    expect(smsConfigFromEnv('test', {})).toEqual({ provider: 'log' });
    expect(smsConfigFromEnv('production', {})).toEqual({ provider: 'none' });
    expect(smsConfigFromEnv('production', { SMS_PROVIDER: '  ' })).toEqual({ provider: 'none' });
  });

  it('refuses the log sender in production and an unknown provider anywhere', () => {
    expect(() => smsConfigFromEnv('production', { SMS_PROVIDER: 'log' })).toThrow(/SMS_PROVIDER=log .* not allowed in production/);
    expect(() => smsConfigFromEnv('development', { SMS_PROVIDER: 'aliyun' })).toThrow('SMS_PROVIDER must be one of log, tencent, got aliyun');
  });

  it('reads Tencent Cloud’s settings, with the default region, API host and timeout', () => {
    expect(smsConfigFromEnv('production', TENCENT)).toEqual({
      provider: 'tencent',
      tencent: {
        secretId: 'AKIDexample',
        secretKey: 'example-key',
        appId: '1400006666',
        signName: '枫桥调解',
        templateId: '1234567',
        region: 'ap-guangzhou',
        endpoint: undefined,
        timeoutMs: 10_000,
      },
    });
  });

  it.each(['SMS_SECRET_ID', 'SMS_SECRET_KEY', 'SMS_APP_ID', 'SMS_SIGN_NAME', 'SMS_TEMPLATE_ID'])('names %s when it is missing', (name) => {
    expect(() => smsConfigFromEnv('production', { ...TENCENT, [name]: undefined })).toThrow(
      new RegExp(`^${name} is required with SMS_PROVIDER=tencent`),
    );
  });

  it('reads the secret key from SMS_SECRET_KEY_FILE (a Docker secret), but not from both', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'fq-sms-')), 'sms-secret-key');
    writeFileSync(file, 'key-from-file\n');
    const fromFile = smsConfigFromEnv('production', { ...TENCENT, SMS_SECRET_KEY: undefined, SMS_SECRET_KEY_FILE: file });
    expect(fromFile).toMatchObject({ tencent: { secretKey: 'key-from-file' } });
    expect(() => smsConfigFromEnv('production', { ...TENCENT, SMS_SECRET_KEY_FILE: file })).toThrow(
      'set SMS_SECRET_KEY or SMS_SECRET_KEY_FILE, not both',
    );
    expect(() => smsConfigFromEnv('production', { ...TENCENT, SMS_SECRET_KEY: undefined, SMS_SECRET_KEY_FILE: `${file}-missing` })).toThrow(
      /^SMS_SECRET_KEY_FILE names .*-missing, which cannot be read \(ENOENT\)/,
    );
  });

  it('takes SMS_ENDPOINT as a host or an http(s) URL, without a path', () => {
    const endpoint = (value: string) => (smsConfigFromEnv('development', { ...TENCENT, SMS_ENDPOINT: value }) as any).tencent.endpoint;
    expect(endpoint('sms.ap-guangzhou.tencentcloudapi.com')).toBe('https://sms.ap-guangzhou.tencentcloudapi.com');
    expect(endpoint('http://127.0.0.1:8085')).toBe('http://127.0.0.1:8085');
    expect(endpoint('https://sms-gateway.county.example:8443/')).toBe('https://sms-gateway.county.example:8443');
    expect(() => endpoint('https://sms-gateway.county.example/api')).toThrow(/^SMS_ENDPOINT must be a host \(and port\) without a path/);
    expect(() => endpoint('ftp://sms.example')).toThrow(/^SMS_ENDPOINT must use http:\/\/ or https:\/\//);
  });

  it('checks the ids are digits and the timeout a whole number', () => {
    expect(() => smsConfigFromEnv('production', { ...TENCENT, SMS_APP_ID: 'app-1' })).toThrow(/^SMS_APP_ID must be digits/);
    expect(() => smsConfigFromEnv('production', { ...TENCENT, SMS_TEMPLATE_ID: 'SMS_12345' })).toThrow(/^SMS_TEMPLATE_ID must be digits/);
    expect(() => smsConfigFromEnv('production', { ...TENCENT, SMS_TIMEOUT_MS: '2.5s' })).toThrow(/^SMS_TIMEOUT_MS must be a positive whole number/);
    expect(smsConfigFromEnv('production', { ...TENCENT, SMS_TIMEOUT_MS: '3000', SMS_REGION: 'ap-beijing' })).toMatchObject({
      tencent: { timeoutMs: 3000, region: 'ap-beijing' },
    });
  });
});
