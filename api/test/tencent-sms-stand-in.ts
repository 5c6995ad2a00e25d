import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A stand-in for Tencent Cloud's SMS API (sms.tencentcloudapi.com) on a free local port, for SMS_ENDPOINT. It checks
 * each request the way the real API does, following Tencent's published TC3-HMAC-SHA256 description rather than the
 * SDK's code: a request whose signature does not verify with the test secret is answered AuthFailure.SignatureFailure.
 */

export const STAND_IN_SECRET = { secretId: 'AKIDstandin0000000000000000000000000', secretKey: 'standin-secret-key-0000000000000000' };

export interface ReceivedSmsRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  /** The JSON body, parsed. */
  body: any;
  /** Whether the Authorization header verified with STAND_IN_SECRET, and why not. */
  signature: { valid: boolean; problem?: string; credentialScope?: string };
}

/** The answer to one request: a status and a JSON body, or no answer at all (for timeouts). */
export type StandInAnswer = { status: number; body: unknown } | 'hang';

export interface SmsStandIn {
  /** `http://127.0.0.1:<port>`: SMS_ENDPOINT. */
  url: string;
  received: ReceivedSmsRequest[];
  /** How the next requests are answered; by default a successful send to every number. */
  answer: (request: ReceivedSmsRequest) => StandInAnswer;
  close(): Promise<void>;
}

const sha256Hex = (data: string) => createHash('sha256').update(data, 'utf8').digest('hex');
const hmac = (key: Buffer | string, data: string) => createHmac('sha256', key).update(data, 'utf8').digest();

function verifyTc3(method: string, path: string, query: string, headers: IncomingHttpHeaders, payload: string): ReceivedSmsRequest['signature'] {
  const authorization = String(headers.authorization ?? '');
  const m =
    /^TC3-HMAC-SHA256 Credential=([^/]+)\/(\d{4}-\d{2}-\d{2})\/([^/]+)\/tc3_request, SignedHeaders=([a-z0-9;-]+), Signature=([0-9a-f]{64})$/.exec(
      authorization,
    );
  if (!m) return { valid: false, problem: `not a TC3-HMAC-SHA256 Authorization: ${authorization || '(none)'}` };
  const [, secretId, date, service, signedHeaders, signature] = m as unknown as [string, string, string, string, string, string];
  const credentialScope = `${date}/${service}/tc3_request`;
  if (secretId !== STAND_IN_SECRET.secretId) return { valid: false, problem: `unknown SecretId ${secretId}`, credentialScope };
  const timestamp = Number(headers['x-tc-timestamp']);
  if (!Number.isInteger(timestamp) || Math.abs(Date.now() / 1000 - timestamp) > 300) {
    return { valid: false, problem: `X-TC-Timestamp ${headers['x-tc-timestamp']} is not within five minutes`, credentialScope };
  }
  if (new Date(timestamp * 1000).toISOString().slice(0, 10) !== date)
    return { valid: false, problem: 'the scope date is not the timestamp’s UTC date', credentialScope };
  const names = signedHeaders.split(';');
  if (!names.includes('content-type') || !names.includes('host'))
    return { valid: false, problem: `content-type and host must be signed: ${signedHeaders}`, credentialScope };
  // Signed headers: lower-case name and value, trimmed. The host is signed as the host name, without a port (the real
  // endpoint has none; the SDK signs URL.hostname).
  const canonicalHeaders = names
    .map((name) => {
      const value = name === 'host' ? String(headers.host ?? '').replace(/:\d+$/, '') : String(headers[name] ?? '');
      return `${name}:${value.trim().toLowerCase()}\n`;
    })
    .join('');
  const canonicalRequest = [method, path, query, canonicalHeaders, signedHeaders, sha256Hex(payload)].join('\n');
  const stringToSign = ['TC3-HMAC-SHA256', String(timestamp), credentialScope, sha256Hex(canonicalRequest)].join('\n');
  const secretDate = hmac(`TC3${STAND_IN_SECRET.secretKey}`, date);
  const secretService = hmac(secretDate, service);
  const secretSigning = hmac(secretService, 'tc3_request');
  const expected = createHmac('sha256', secretSigning).update(stringToSign, 'utf8').digest();
  const valid = timingSafeEqual(expected, Buffer.from(signature, 'hex'));
  return valid ? { valid, credentialScope } : { valid, problem: 'the signature does not match', credentialScope };
}

/** What the real API answers to a successful SendSms: one status per number. */
export function sentEverywhere(request: ReceivedSmsRequest): StandInAnswer {
  const numbers: string[] = request.body?.PhoneNumberSet ?? [];
  return {
    status: 200,
    body: {
      Response: {
        SendStatusSet: numbers.map((PhoneNumber, i) => ({
          SerialNo: `2640:standin${i}`,
          PhoneNumber,
          Fee: 1,
          SessionContext: '',
          Code: 'Ok',
          Message: 'send success',
          IsoCode: 'CN',
        })),
        RequestId: 'standin-request-ok',
      },
    },
  };
}

/** The API's answer to a refused request. */
export function apiError(code: string, message: string): StandInAnswer {
  return { status: 200, body: { Response: { Error: { Code: code, Message: message }, RequestId: 'standin-request-error' } } };
}

export async function startSmsStandIn(): Promise<SmsStandIn> {
  const standIn: SmsStandIn = { url: '', received: [], answer: sentEverywhere, close: async () => undefined };
  const http = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const payload = Buffer.concat(chunks).toString('utf8');
      const [path = '/', query = ''] = (req.url ?? '/').split('?');
      let body: unknown;
      try {
        body = JSON.parse(payload);
      } catch {
        body = undefined;
      }
      const request: ReceivedSmsRequest = {
        method: req.method ?? '',
        path,
        headers: req.headers,
        body,
        signature: verifyTc3(req.method ?? '', path, query, req.headers, payload),
      };
      standIn.received.push(request);
      const answer = request.signature.valid
        ? standIn.answer(request)
        : apiError('AuthFailure.SignatureFailure', `The provided credentials could not be validated: ${request.signature.problem}`);
      if (answer === 'hang') return;
      res.writeHead(answer.status, { 'content-type': 'application/json', 'x-tc-traceid': 'standin-trace' });
      res.end(JSON.stringify(answer.body));
    });
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  standIn.url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  standIn.close = async () => {
    http.closeAllConnections();
    await new Promise<void>((resolve) => http.close(() => resolve()));
  };
  return standIn;
}
