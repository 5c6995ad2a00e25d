import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from './app.js';

// Item 6 of the attack report (issue 9): the cost limit counted fields but not list sizes, so fifteen nested 100-row
// lists in one request were served, a second each; and nothing capped how many such requests one user could send.

const nestedLists = (take: string) =>
  Array.from(
    { length: 15 },
    (_, i) =>
      `l${i}: mediationCases(options: { take: ${take} }) { items { id caseNo village { name } parties { id name phone } advisers { id name } } }`,
  ).join(' ');

describe('the query cost limit', () => {
  let app: TestApp;
  let bureau: string;
  beforeAll(async () => {
    app = await startTestApp();
    bureau = await app.login('bureau');
  });
  afterAll(() => app.close());

  async function post(query: string, variables: Record<string, unknown> = {}, token = bureau) {
    const res = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    return { status: res.status, headers: res.headers, body: (await res.json()) as any };
  }

  it('refuses fifteen nested 100-row lists with 400 before anything runs', async () => {
    const res = await post(`{ ${nestedLists('100')} }`);
    expect(res.status).toBe(400);
    expect(res.body.data).toBeUndefined();
    expect(res.body.errors[0].extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', reason: 'QUERY_TOO_EXPENSIVE', maxCost: 20_000 });
    expect(res.body.errors[0].extensions.cost).toBeGreaterThan(20_000);
  });

  it('prices take given as a variable, and counts 25 rows where take is left out', async () => {
    const asVariable = await post(`query($t: Int) { ${nestedLists('$t')} }`, { t: 100 });
    expect(asVariable.body.errors?.[0]?.extensions?.reason).toBe('QUERY_TOO_EXPENSIVE');
    const small = await post(`query($t: Int) { ${nestedLists('$t')} }`, { t: 2 });
    expect(small.body.errors).toBeUndefined();
    expect(small.body.data.l14.items.length).toBeLessThanOrEqual(2);
  });

  it('serves a console-sized page of 100 cases', async () => {
    const res = await post(
      '{ mediationCases(options: { take: 100 }) { totalItems items { id caseNo status village { id name } parties { id role name } advisers { id name } } } }',
    );
    expect(res.status).toBe(200);
    expect(res.body.errors).toBeUndefined();
  });
});

describe('the per-user cost budget', () => {
  let app: TestApp;
  beforeAll(async () => {
    // A budget of two such pages (3,501 each) and a bit a minute, so that the test reaches it in three requests.
    app = await startTestApp({ queryCostPerMinute: 8_000 });
  });
  afterAll(() => app.close());

  const PAGE =
    '{ mediationCases(options: { take: 100 }) { totalItems items { id caseNo status village { id name } parties { id role name } advisers { id name } } } }';

  it('answers RATE_LIMITED with retryAfterSeconds once a user has spent their minute, and only that user waits', async () => {
    const bureau = await app.login('bureau');
    const first = await app.gql(PAGE, {}, bureau);
    const second = await app.gql(PAGE, {}, bureau);
    expect([first.errors, second.errors]).toEqual([undefined, undefined]);
    const res = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${bureau}` },
      body: JSON.stringify({ query: PAGE }),
    });
    expect(res.status).toBe(429);
    const body = (await res.json()) as any;
    expect(body.data).toBeUndefined();
    expect(body.errors[0].extensions.code).toBe('RATE_LIMITED');
    expect(body.errors[0].extensions.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(res.headers.get('retry-after')).toBe(String(body.errors[0].extensions.retryAfterSeconds));
    // Another user has their own budget.
    const office = await app.gql(PAGE, {}, await app.login('office.tianning'));
    expect(office.errors).toBeUndefined();
  });
});
