import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { QUERY_LIMITS } from '../src/server.js';
import { startTestApp, type TestApp } from './app.js';

function nested(depth: number): string {
  // regions > items > parent > parent > ... : a legitimate path that can be made arbitrarily deep.
  let inner = 'id';
  for (let i = 0; i < depth; i += 1) inner = `parent { ${inner} }`;
  return `{ regions { items { ${inner} } } }`;
}

describe('the HTTP and GraphQL edge', () => {
  let app: TestApp;
  let token: string;
  beforeAll(async () => {
    app = await startTestApp();
    token = await app.login('bureau');
  });
  afterAll(() => app.close());

  async function post(body: string, headers: Record<string, string> = { 'content-type': 'application/json' }) {
    const res = await fetch(`${app.url}/graphql`, { method: 'POST', headers, body });
    const text = await res.text();
    return {
      status: res.status,
      text,
      json: (() => {
        try {
          return JSON.parse(text);
        } catch {
          return undefined;
        }
      })(),
    };
  }

  it('serves /healthz as 200 {"status":"ok"} while the database answers', async () => {
    const res = await fetch(`${app.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('answers a malformed JSON body with 400 and a clear error', async () => {
    const res = await post('{"query": "{ me { id } ');
    expect(res.status).toBe(400);
    expect(res.json.errors[0]).toMatchObject({ message: 'The request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } });
  });

  it('refuses a body over the size limit with 413, not a crash', async () => {
    const res = await post(JSON.stringify({ query: `{ me { id } } #${'x'.repeat(1_100_000)}` }));
    expect(res.status).toBe(413);
    expect(res.json.errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  it('refuses a query nested 50 deep during validation', async () => {
    const res = await post(JSON.stringify({ query: nested(50) }), { 'content-type': 'application/json', authorization: `Bearer ${token}` });
    expect(res.status).toBe(400);
    expect(res.json.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    // Depth or cost, whichever trips first: either way nothing runs.
    expect(res.json.errors[0].message).toMatch(/depth|cost/i);
    expect(res.json.data).toBeUndefined();
  });

  it('serves a query within the depth limit', async () => {
    const res = await app.gql(nested(QUERY_LIMITS.maxDepth - 4), {}, token);
    expect(res.errors).toBeUndefined();
  });

  it('keeps the depth limit when a fragment is named __schema (GHSA-hmfr-rx46-4jx2)', async () => {
    let deep = 'id';
    for (let i = 0; i < 40; i += 1) deep = `parent { ${deep} }`;
    const query = `{ regions { items { parent { parent { ...__schema } } } } } fragment __schema on Region { ${deep} }`;
    const res = await post(JSON.stringify({ query }), { 'content-type': 'application/json', authorization: `Bearer ${token}` });
    expect(res.json.errors?.[0]?.message).toMatch(/depth|cost/i);
    expect(res.status).toBe(400);
  });

  it('answers a syntax error with 400', async () => {
    const res = await post(JSON.stringify({ query: '{ me { id } } }' }));
    expect(res.status).toBe(400);
    expect(res.json.errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('refuses a document with too many tokens with 400', async () => {
    const res = await post(JSON.stringify({ query: `{ ${'me { id } '.repeat(QUERY_LIMITS.maxTokens)} }` }));
    expect(res.status).toBe(400);
    expect(res.json.errors[0].message).toMatch(/tokens/);
  });

  it('refuses 120 aliases', async () => {
    const aliases = Array.from({ length: 120 }, (_, i) => `a${i}: me { id }`).join(' ');
    const res = await post(JSON.stringify({ query: `{ ${aliases} }` }), { 'content-type': 'application/json', authorization: `Bearer ${token}` });
    expect(res.status).toBe(400);
    expect(res.json.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.json.errors[0].message).toMatch(/alias/i);
  });

  it('refuses anonymous introspection and serves it to a signed-in analyst', async () => {
    const anonymous = await app.gql('{ __schema { queryType { name } } }');
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(anonymous.data).toBeUndefined();
    const hidden = await app.gql('query { me { id } ...F } fragment F on Query { __type(name: "User") { name } }');
    expect(hidden.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const analyst = await app.gql('{ __schema { queryType { name } } }', {}, await app.login('analyst'));
    expect(analyst.data?.__schema.queryType.name).toBe('Query');
  });

  it('does not suggest field names to someone probing the schema', async () => {
    const res = await app.gql('{ mee { id } }');
    expect(res.errors?.[0]?.message).not.toMatch(/Did you mean/);
  });

  it('prevents CSRF: a simple form post is refused', async () => {
    const res = await post('query={me{id}}', { 'content-type': 'application/x-www-form-urlencoded' });
    expect(res.status).toBe(400);
    const get = await fetch(`${app.url}/graphql?query=%7Bme%7Bid%7D%7D`);
    expect(get.status).toBe(400);
  });

  it('returns INTERNAL_SERVER_ERROR without a stack or SQL when something unexpected breaks', async () => {
    // An unknown role in a row that bypasses the check constraint cannot happen; a dropped table can.
    const em = app.orm.em.fork();
    await em.getConnection().execute('alter table "region" rename to "region_gone"');
    try {
      const res = await app.gql('{ regions { totalItems } }', {}, token);
      expect(res.errors?.[0]).toMatchObject({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
      expect(JSON.stringify(res)).not.toMatch(/select|region_gone|stack/i);
    } finally {
      await em.getConnection().execute('alter table "region_gone" rename to "region"');
    }
  });

  it('answers an unknown API path with a 404 in the API’s error shape', async () => {
    const res = await fetch(`${app.url}/api/no-such-thing`);
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ errors: [{ message: 'No such endpoint', extensions: { code: 'NOT_FOUND' } }] });
  });

  it('echoes a request id and logs it', async () => {
    const res = await fetch(`${app.url}/healthz`, { headers: { 'x-request-id': 'probe-request-0001' } });
    expect(res.headers.get('x-request-id')).toBe('probe-request-0001');
    expect(app.logs.some((l) => l.includes('"requestId":"probe-request-0001"'))).toBe(true);
  });
});
