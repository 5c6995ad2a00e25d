import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { demoCases } from '@fengqiao/seeds';
import { randomBytes } from 'node:crypto';
import { startTestApp, type TestApp } from './app.js';

const partyCase = demoCases()[0]!;
const FORGED = '203.0.113.77';

/** Reads a case's summary (an audited read) with a forged X-Forwarded-For; answers the address the audit recorded. */
async function auditedAddress(app: TestApp): Promise<string> {
  const requestId = `xff-${randomBytes(6).toString('hex')}`;
  const res = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${await app.login('adviser.1')}`,
      'x-forwarded-for': FORGED,
      'x-request-id': requestId,
    },
    body: JSON.stringify({ query: 'query($id: ID!) { mediationCase(id: $id) { summary } }', variables: { id: partyCase.id } }),
  });
  expect(((await res.json()) as any).data.mediationCase.summary).toBe(partyCase.summary);
  const rows = await app.orm.em.fork().execute<{ ip: string }[]>('select ip from audit_event where request_id = ?', [requestId]);
  expect(rows).toHaveLength(1);
  return rows[0]!.ip;
}

describe('X-Forwarded-For', () => {
  let direct: TestApp;
  let proxied: TestApp;
  beforeAll(async () => {
    direct = await startTestApp();
    proxied = await startTestApp({ trustProxy: 'loopback' });
  });
  afterAll(async () => {
    await direct.close();
    await proxied.close();
  });

  it('is ignored by default, even from loopback: the peer address is the one recorded and throttled', async () => {
    expect(direct.config.trustProxy).toBe(false);
    const ip = await auditedAddress(direct);
    expect(ip).not.toBe(FORGED);
    expect(ip).toMatch(/127\.0\.0\.1$/);
  });

  it('is believed from the proxies TRUST_PROXY names', async () => {
    expect(await auditedAddress(proxied)).toBe(FORGED);
  });
});
