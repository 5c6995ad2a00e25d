import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { createLogger } from '../../common/logging/logger.js';
import { STAND_IN_SECRET, apiError, sentEverywhere, startSmsStandIn, type SmsStandIn } from '../../../test/tencent-sms-stand-in.js';
import type { TencentSmsSettings } from './sms.config.js';
import { SmsSendError, TencentCodeSender } from './tencent-code-sender.js';

const PHONE = '13912345678';
const CODE = '402917';

describe('TencentCodeSender against a stand-in of the SMS API', () => {
  let standIn: SmsStandIn;
  let logs: string[];
  let sender: TencentCodeSender;
  const settings = (): TencentSmsSettings => ({
    ...STAND_IN_SECRET,
    appId: '1400006666',
    signName: '枫桥调解',
    templateId: '1234567',
    region: 'ap-guangzhou',
    endpoint: standIn.url,
    // Generous: a loaded CI machine must not turn a refusal into a timeout. The timeout test sets its own short one.
    timeoutMs: 15_000,
  });

  beforeAll(async () => {
    standIn = await startSmsStandIn();
  });
  afterAll(() => standIn.close());
  beforeEach(() => {
    standIn.received.length = 0;
    standIn.answer = sentEverywhere;
    logs = [];
    sender = new TencentCodeSender(settings(), 5, createLogger('info', { write: (line: string) => void logs.push(line) }));
  });

  it('sends SendSms, signed with TC3-HMAC-SHA256, to +86 and the phone, with the signature, template, code and minutes', async () => {
    await sender.send(PHONE, CODE);
    expect(standIn.received).toHaveLength(1);
    const [request] = standIn.received;
    expect(request!.signature).toEqual({ valid: true, credentialScope: expect.stringMatching(/^\d{4}-\d{2}-\d{2}\/[^/]+\/tc3_request$/) });
    expect(request!.method).toBe('POST');
    expect(request!.path).toBe('/');
    expect(request!.headers).toMatchObject({
      'content-type': 'application/json',
      'x-tc-action': 'SendSms',
      'x-tc-version': '2021-01-11',
      'x-tc-region': 'ap-guangzhou',
    });
    expect(request!.body).toEqual({
      PhoneNumberSet: ['+8613912345678'],
      SmsSdkAppId: '1400006666',
      SignName: '枫桥调解',
      TemplateId: '1234567',
      TemplateParamSet: [CODE, '5'],
    });
    const log = logs.join('\n');
    expect(log).toContain('"event":"sms_sent"');
    expect(log).toContain('139****5678');
    expect(log).not.toContain(PHONE);
    expect(log).not.toContain(CODE);
  });

  it('is refused by the stand-in when the secret is wrong: the signature is really checked', async () => {
    const wrong = new TencentCodeSender({ ...settings(), secretKey: 'another-secret-key-000000000000000000' }, 5, createLogger('silent'));
    await expect(wrong.send(PHONE, CODE)).rejects.toMatchObject({ name: 'SmsSendError', code: 'AuthFailure.SignatureFailure' });
    expect(standIn.received[0]!.signature).toMatchObject({ valid: false, problem: 'the signature does not match' });
  });

  it('throws the provider’s error code when the API refuses, naming the phone masked and never the code', async () => {
    standIn.answer = () => apiError('FailedOperation.TemplateParamSetNotMatchApprovedTemplate', `模板参数不匹配: +86${PHONE} ${CODE}`);
    const error = await sender.send(PHONE, CODE).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(SmsSendError);
    expect(error).toMatchObject({ code: 'FailedOperation.TemplateParamSetNotMatchApprovedTemplate', requestId: 'standin-request-error' });
    const text = `${(error as Error).message}\n${logs.join('\n')}`;
    expect(text).toContain('139****5678');
    expect(text).not.toContain(PHONE);
    expect(text).not.toContain(CODE);
    expect(logs.join('\n')).toContain('"event":"sms_failed"');
  });

  it('throws when the request went through but this number was refused', async () => {
    standIn.answer = (request) => {
      const ok = sentEverywhere(request) as { status: number; body: any };
      ok.body.Response.SendStatusSet[0] = {
        ...ok.body.Response.SendStatusSet[0],
        Code: 'LimitExceeded.PhoneNumberDailyLimit',
        Message: '单个手机号日下发短信条数超过设定的上限',
      };
      return ok;
    };
    await expect(sender.send(PHONE, CODE)).rejects.toMatchObject({
      name: 'SmsSendError',
      code: 'LimitExceeded.PhoneNumberDailyLimit',
      requestId: 'standin-request-ok',
    });
    expect(logs.join('\n')).not.toContain(PHONE);
  });

  it('gives up after its timeout when the API does not answer', async () => {
    standIn.answer = () => 'hang';
    const impatient = new TencentCodeSender({ ...settings(), timeoutMs: 300 }, 5, createLogger('silent'));
    const started = Date.now();
    await expect(impatient.send(PHONE, CODE)).rejects.toMatchObject({ name: 'SmsSendError', code: 'SMS_TIMEOUT' });
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('answers an HTTP error and an unreachable endpoint with codes of its own', async () => {
    standIn.answer = () => ({ status: 502, body: {} });
    await expect(sender.send(PHONE, CODE)).rejects.toMatchObject({ code: 'SMS_HTTP_502' });
    const nowhere = new TencentCodeSender({ ...settings(), endpoint: 'http://127.0.0.1:9' }, 5, createLogger('silent'));
    await expect(nowhere.send(PHONE, CODE)).rejects.toMatchObject({ code: 'SMS_UNREACHABLE' });
  });
});
