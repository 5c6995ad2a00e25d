import { ConfigError, readEnv, readSecretEnv } from '../../config-env.js';

/** Tencent Cloud SMS (短信, API 2021-01-11): who sends, with which approved signature and template. */
export interface TencentSmsSettings {
  /** SMS_SECRET_ID: the API key's SecretId (a sub-account allowed only to send SMS, ideally). */
  secretId: string;
  /** SMS_SECRET_KEY (or SMS_SECRET_KEY_FILE): the API key's SecretKey. */
  secretKey: string;
  /** SMS_APP_ID: the SMS application's SmsSdkAppId, e.g. 1400006666. */
  appId: string;
  /** SMS_SIGN_NAME: the approved signature's text (签名内容, not its ID), e.g. 枫桥调解. */
  signName: string;
  /** SMS_TEMPLATE_ID: an approved template with two parameters, {1} the code and {2} the minutes it is valid. */
  templateId: string;
  /** SMS_REGION: ap-guangzhou (default), ap-beijing or ap-nanjing. */
  region: string;
  /**
   * SMS_ENDPOINT: where the API is, instead of sms.tencentcloudapi.com: a host, or a URL with http:// or https://
   * (a private gateway, or a test's stand-in). Kept as an origin, `https://host[:port]`.
   */
  endpoint: string | undefined;
  /** SMS_TIMEOUT_MS: how long one send may take before it counts as failed (default 10 s). */
  timeoutMs: number;
}

/**
 * Who delivers parties' sign-in codes (SMS_PROVIDER). `log` writes them to the server log (development and tests, the
 * default there); `none` refuses phone sign-in (production's default, until a provider is configured).
 */
export type SmsConfig = { provider: 'none' } | { provider: 'log' } | { provider: 'tencent'; tencent: TencentSmsSettings };

export const SMS_PROVIDERS = ['log', 'tencent'] as const;

type Vars = Record<string, string | undefined>;

const read = (vars: Vars, name: string) => readEnv(name, vars);
const readSecret = (vars: Vars, name: string) => readSecretEnv(name, vars);

function required(value: string | undefined, name: string, why: string): string {
  if (value === undefined) throw new ConfigError(`${name} is required with SMS_PROVIDER=tencent: ${why}`);
  return value;
}

function digits(value: string, name: string, example: string): string {
  if (!/^\d+$/.test(value)) throw new ConfigError(`${name} must be digits (like ${example}), got ${value}`);
  return value;
}

/** SMS_ENDPOINT as an origin; a path is refused, since the SDK always posts to `/`. */
function endpointFrom(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `https://${raw}`);
  } catch {
    throw new ConfigError(`SMS_ENDPOINT must be a host or an http(s) URL, got ${raw}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new ConfigError(`SMS_ENDPOINT must use http:// or https://, got ${raw}`);
  if ((url.pathname !== '/' && url.pathname !== '') || url.search || url.hash || url.username) {
    throw new ConfigError(`SMS_ENDPOINT must be a host (and port) without a path, got ${raw}`);
  }
  return url.origin;
}

function timeoutFrom(raw: string | undefined): number {
  if (raw === undefined) return 10_000;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new ConfigError(`SMS_TIMEOUT_MS must be a positive whole number of milliseconds, got ${raw}`);
  return value;
}

/**
 * The SMS settings from the environment. A provider chosen with a setting missing or malformed is an Error naming the
 * variable, so the server does not start half-configured.
 */
export function smsConfigFromEnv(env: 'production' | 'development' | 'test', vars: Vars = process.env): SmsConfig {
  const raw = read(vars, 'SMS_PROVIDER')?.toLowerCase();
  if (raw === undefined) return { provider: env === 'production' ? 'none' : 'log' };
  if (raw === 'log') {
    // Codes in a log are sign-ins for whoever reads it.
    if (env === 'production')
      throw new ConfigError('SMS_PROVIDER=log writes sign-in codes to the log and is not allowed in production; choose tencent or unset it');
    return { provider: 'log' };
  }
  if (raw !== 'tencent') throw new ConfigError(`SMS_PROVIDER must be one of ${SMS_PROVIDERS.join(', ')}, got ${raw}`);
  return {
    provider: 'tencent',
    tencent: {
      secretId: required(read(vars, 'SMS_SECRET_ID'), 'SMS_SECRET_ID', 'the SecretId of a Tencent Cloud API key'),
      secretKey: required(readSecret(vars, 'SMS_SECRET_KEY'), 'SMS_SECRET_KEY', 'the SecretKey of that API key (or SMS_SECRET_KEY_FILE)'),
      appId: digits(required(read(vars, 'SMS_APP_ID'), 'SMS_APP_ID', 'the SmsSdkAppId of the SMS application'), 'SMS_APP_ID', '1400006666'),
      signName: required(read(vars, 'SMS_SIGN_NAME'), 'SMS_SIGN_NAME', 'the text of an approved SMS signature'),
      templateId: digits(required(read(vars, 'SMS_TEMPLATE_ID'), 'SMS_TEMPLATE_ID', 'the ID of an approved template'), 'SMS_TEMPLATE_ID', '1234567'),
      region: read(vars, 'SMS_REGION') ?? 'ap-guangzhou',
      endpoint: endpointFrom(read(vars, 'SMS_ENDPOINT')),
      timeoutMs: timeoutFrom(read(vars, 'SMS_TIMEOUT_MS')),
    },
  };
}
