import type tencentcloud from 'tencentcloud-sdk-nodejs-sms';
import { onFirstUse } from '../../common/on-first-use.js';
import type { Logger } from '../../common/logging/logger.js';
import { maskPhone } from '../../common/validation/mask.js';
import type { CodeSender } from './code-sender.js';
import type { TencentSmsSettings } from './sms.config.js';

// The provider's SDK is loaded when a sender is made (SMS configured), not in every process that never sends.
const sdk = onFirstUse<typeof tencentcloud>('tencentcloud-sdk-nodejs-sms');
type SmsClient = InstanceType<typeof tencentcloud.sms.v20210111.Client>;

/**
 * A code that did not go out. Its message names the phone masked and never the code; `code` is the provider's error
 * code (`FailedOperation.SignatureIncorrectOrUnapproved`, `LimitExceeded.PhoneNumberDailyLimit`...) or one of ours
 * (SMS_TIMEOUT, SMS_UNREACHABLE, SMS_HTTP_<status>), which is what the background task logs.
 */
export class SmsSendError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly requestId: string | undefined,
  ) {
    super(message);
    this.name = 'SmsSendError';
  }
}

/** What the SDK throws: TencentCloudSDKHttpException, with `code` from the API's answer or `httpCode`. */
interface SdkError {
  message?: string;
  code?: string;
  httpCode?: number;
  requestId?: string;
}

/** Provider text may quote the number it was given; anything phone-like in it is masked. */
function scrub(text: string, code: string): string {
  return text
    .replace(/\+?\d{7,}/g, (run) => maskPhone(run.replace(/^\+?86(?=1\d{10}$)/, '')))
    .split(code)
    .join('******')
    .slice(0, 300);
}

/**
 * Sends sign-in codes as Tencent Cloud SMS (API 2021-01-11, SendSms) through Tencent's own SDK, with an approved
 * signature and a template of two parameters: the code and the minutes it is valid.
 */
export class TencentCodeSender implements CodeSender {
  private readonly client: SmsClient;

  constructor(
    private readonly settings: TencentSmsSettings,
    private readonly validityMinutes: number,
    private readonly log: Logger,
  ) {
    const endpoint = settings.endpoint ? new URL(settings.endpoint) : undefined;
    this.client = new (sdk().sms.v20210111.Client)({
      credential: { secretId: settings.secretId, secretKey: settings.secretKey },
      region: settings.region,
      profile: {
        httpProfile: {
          reqMethod: 'POST',
          // The SDK's timeout is in seconds and covers the whole exchange.
          reqTimeout: settings.timeoutMs / 1000,
          ...(endpoint ? { endpoint: endpoint.host, protocol: `${endpoint.protocol}//` } : {}),
        },
      },
    });
  }

  async send(phone: string, code: string): Promise<void> {
    const masked = maskPhone(phone);
    const fail = (reason: string, errorCode: string, requestId: string | undefined, detail: string): never => {
      const text = scrub(detail, code);
      this.log.warn({ event: 'sms_failed', provider: 'tencent', phone: masked, error: errorCode, requestId, detail: text }, 'sign-in code not sent');
      throw new SmsSendError(`SMS to ${masked} not sent: ${reason} (${errorCode}) ${text}`.trim(), errorCode, requestId);
    };

    let answer: Awaited<ReturnType<typeof this.client.SendSms>>;
    try {
      answer = await this.client.SendSms({
        PhoneNumberSet: [`+86${phone}`],
        SmsSdkAppId: this.settings.appId,
        SignName: this.settings.signName,
        TemplateId: this.settings.templateId,
        TemplateParamSet: [code, String(this.validityMinutes)],
      });
    } catch (e) {
      const error = (e ?? {}) as SdkError;
      const message = String(error.message ?? e);
      if (error.code) return fail('refused by Tencent Cloud', error.code, error.requestId || undefined, message);
      if (error.httpCode) return fail('Tencent Cloud answered an HTTP error', `SMS_HTTP_${error.httpCode}`, undefined, message);
      if (/timeout|aborted/i.test(message)) return fail(`no answer within ${this.settings.timeoutMs} ms`, 'SMS_TIMEOUT', undefined, '');
      return fail('Tencent Cloud could not be reached', 'SMS_UNREACHABLE', undefined, message);
    }
    // A request can succeed while the one number in it failed (a daily limit, a number out of service).
    const status = answer.SendStatusSet?.[0];
    if (status?.Code !== 'Ok') {
      return fail('refused for this number', status?.Code ?? 'SMS_NO_STATUS', answer.RequestId, status?.Message ?? 'no send status in the answer');
    }
    this.log.info(
      { event: 'sms_sent', provider: 'tencent', phone: masked, requestId: answer.RequestId, serialNo: status.SerialNo },
      'sign-in code sent',
    );
  }
}
