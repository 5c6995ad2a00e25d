import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { DEMO_PERSONS } from '@fengqiao/seeds';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestApp, type TestApp } from '../../../test/app.js';
import { STAND_IN_SECRET, apiError, sentEverywhere, startSmsStandIn, type SmsStandIn } from '../../../test/tencent-sms-stand-in.js';
import { REPO_ROOT } from '../../config.js';

const phone = DEMO_PERSONS[0]!.phone;
const REQUEST = 'mutation($p: String!) { requestLoginCode(phone: $p) }';
const LOGIN = 'mutation($p: String!, $c: String!) { loginWithCode(phone: $p, code: $c) { token user { username role } } }';

describe('phone sign-in with SMS_PROVIDER=tencent', () => {
  let standIn: SmsStandIn;
  let app: TestApp;
  beforeAll(async () => {
    standIn = await startSmsStandIn();
    app = await startTestApp({
      sms: {
        provider: 'tencent',
        tencent: {
          ...STAND_IN_SECRET,
          appId: '1400006666',
          signName: '枫桥调解',
          templateId: '1234567',
          region: 'ap-guangzhou',
          endpoint: standIn.url,
          timeoutMs: 2000,
        },
      },
    });
  });
  afterAll(async () => {
    await app?.close();
    await standIn?.close();
  });
  beforeEach(() => {
    standIn.received.length = 0;
    standIn.answer = sentEverywhere;
    // Past the one-request-a-minute limit of the previous test.
    app.clock.advance(61_000);
  });

  it('texts party.1 the code through Tencent Cloud, and they sign in with it', async () => {
    expect((await app.gql(REQUEST, { p: phone })).data.requestLoginCode).toBe(true);
    await app.server.services.background.settled();
    expect(standIn.received).toHaveLength(1);
    const [sent] = standIn.received;
    expect(sent!.signature.valid).toBe(true);
    expect(sent!.headers['x-tc-action']).toBe('SendSms');
    expect(sent!.body).toMatchObject({ PhoneNumberSet: [`+86${phone}`], SmsSdkAppId: '1400006666', SignName: '枫桥调解', TemplateId: '1234567' });
    const [code, minutes] = sent!.body.TemplateParamSet as string[];
    expect(code).toMatch(/^\d{6}$/);
    expect(minutes).toBe('5');

    const res = await app.gql(LOGIN, { p: phone, c: code });
    expect(res.data?.loginWithCode?.user).toEqual({ username: 'party.1', role: 'PARTY' });
    const logs = app.logs.join('\n');
    expect(logs).not.toContain('"event":"login_code"');
    expect(logs).toContain('"event":"sms_sent"');
    expect(logs).not.toContain(phone);
    expect(logs).not.toContain(code);
  });

  it('answers the request as usual when Tencent Cloud refuses, and logs the refusal by its code, the phone masked', async () => {
    standIn.answer = () => apiError('FailedOperation.InsufficientBalanceInSmsPackage', '套餐包余量不足');
    const before = app.logs.length;
    expect((await app.gql(REQUEST, { p: phone })).data.requestLoginCode).toBe(true);
    await app.server.services.background.settled();
    expect(standIn.received).toHaveLength(1);
    const code = (standIn.received[0]!.body.TemplateParamSet as string[])[0]!;
    const logs = app.logs.slice(before).join('\n');
    expect(logs).toContain('"event":"login_code_failed"');
    expect(logs).toContain('FailedOperation.InsufficientBalanceInSmsPackage');
    expect(logs).toContain(`${phone.slice(0, 3)}****${phone.slice(7)}`);
    expect(logs).not.toContain(phone);
    expect(logs).not.toContain(code);
  });
});

describe('starting with SMS_PROVIDER=tencent and a setting missing', () => {
  it('exits naming the variable', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'fq-sms-start-'));
    const run = spawnSync(process.execPath, ['--import', '@swc-node/register/esm-register', 'src/main.ts'], {
      cwd: join(REPO_ROOT, 'api'),
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'development',
        DATA_DIR: dataDir,
        // Never reached: the configuration is read first.
        DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none',
        SMS_PROVIDER: 'tencent',
        // SMS_SECRET_ID is missing.
        SMS_SECRET_KEY: 'example-key',
        SMS_APP_ID: '1400006666',
        SMS_SIGN_NAME: '枫桥调解',
        SMS_TEMPLATE_ID: '1234567',
      },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status).not.toBe(0);
    // One line naming the variable, not a stack trace.
    expect(run.stderr).toMatch(/^Fengqiao could not start: SMS_SECRET_ID is required with SMS_PROVIDER=tencent/);
    expect(run.stderr).not.toContain('    at ');
  });
});
