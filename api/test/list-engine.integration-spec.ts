import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { countQueries, startTestApp, type TestApp } from './app.js';

// The list engine (issue 11): totalItems is counted only when selected and capped at 10,000 with totalItemsExact;
// keyset cursors page through any sort, nullable keys included, exactly as skip does.
describe('list engine', () => {
  let app: TestApp;
  let bureau: string;

  beforeAll(async () => {
    app = await startTestApp();
    bureau = await app.login('bureau');
  });
  afterAll(async () => app?.close());

  const ok = async (query: string, variables: Record<string, unknown> = {}) => {
    const res = await app.gql(query, variables, bureau);
    expect(res.errors).toBeUndefined();
    return res.data;
  };

  it('hydrates rows as plain objects: no getter and setter of their own on each loaded entity', async () => {
    // MikroORM's propagation (propagationOnPrototype) gives every property of every hydrated entity its own accessor
    // pair: two closures per column per row, and objects V8 keeps as dictionaries. Lists of hundreds of rows paid for
    // it in memory and time; the ORM is configured without it.
    const { MediationCase } = await import('../src/modules/mediation-case/mediation-case.entity.js');
    const [kase] = await app.orm.em.fork().find(MediationCase, {}, { limit: 1 });
    expect(kase).toBeDefined();
    const accessors = Object.entries(Object.getOwnPropertyDescriptors(kase!))
      .filter(([, d]) => d.get || d.set)
      .map(([name]) => name);
    expect(accessors).toEqual([]);
    expect(Object.getOwnPropertyDescriptor(kase!, 'status')).toMatchObject({ writable: true, enumerable: true });
  });

  it('counts only when totalItems or totalItemsExact is selected', async () => {
    const without = await countQueries(() => ok('{ villages(options: { take: 5 }) { items { id } nextCursor } }'));
    const withTotal = await countQueries(() => ok('{ villages(options: { take: 5 }) { items { id } totalItems totalItemsExact } }'));
    expect(without.statements.some((s) => /count\(/i.test(s))).toBe(false);
    expect(withTotal.statements.filter((s) => /count\(/i.test(s))).toHaveLength(1);
    expect(withTotal.count).toBe(without.count + 1);
  });

  it('answers exact totals up to the cap, and 10,000 with totalItemsExact false past it', async () => {
    const before = (await ok('{ auditEvents(options: { take: 1 }) { totalItems totalItemsExact } }')).auditEvents;
    expect(before.totalItemsExact).toBe(true);
    const { id: actor, scope_region_id: county } = (
      await app.orm.em.getConnection().execute(`select id, scope_region_id from app_user where username = 'bureau'`)
    )[0];
    const needed = 10_001 - before.totalItems;
    await app.orm.em.getConnection().execute(
      `insert into audit_event (id, at, actor_id, county_id, action, entity_type, entity_id, request_id, ip)
       select gen_random_uuid(), now() - make_interval(secs => g), ?, ?, 'READ_CONFIDENTIAL', 'MediationCase', gen_random_uuid(), 'list-engine-test', '127.0.0.1'
       from generate_series(1, ?) g`,
      [actor, county, needed],
    );
    const capped = (await ok('{ auditEvents(options: { take: 3 }) { items { id } totalItems totalItemsExact nextCursor } }')).auditEvents;
    expect(capped).toMatchObject({ totalItems: 10_000, totalItemsExact: false });
    expect(capped.items).toHaveLength(3);
    expect(capped.nextCursor).toEqual(expect.any(String));
    // A filter that brings the rows under the cap counts them exactly again.
    const narrowed = (await ok(`{ auditEvents(options: { take: 1, filter: { action: "LOGIN" } }) { totalItems totalItemsExact } }`)).auditEvents;
    expect(narrowed.totalItemsExact).toBe(true);
    expect(narrowed.totalItems).toBeLessThan(10_000);
  });

  /** Every row of a list, walked by cursor. */
  async function walk(list: string, sort: string, take: number): Promise<string[]> {
    const ids: string[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 500; guard++) {
      const page: { items: Array<{ id: string }>; nextCursor: string | null } = (
        await ok(
          `query($after: String, $take: Int!) { ${list}(options: { take: $take, after: $after, sort: ${sort} }) { items { id } nextCursor } }`,
          { after, take },
        )
      )[list];
      ids.push(...page.items.map((i) => i.id));
      if (!page.nextCursor) return ids;
      after = page.nextCursor;
    }
    throw new Error('cursor walk did not end');
  }

  async function all(list: string, sort: string): Promise<string[]> {
    const ids: string[] = [];
    for (let skip = 0; ; skip += 100) {
      const page = (await ok(`query($skip: Int!) { ${list}(options: { skip: $skip, take: 100, sort: ${sort} }) { items { id } } }`, { skip }))[list];
      ids.push(...page.items.map((i: { id: string }) => i.id));
      if (page.items.length < 100) return ids;
    }
  }

  it.each([
    ['villages', '[{ field: NAME, order: DESC }]'],
    ['villages', '[]'],
    ['pairings', '[{ field: VALID_TO, order: ASC }]'],
    ['pairings', '[{ field: VALID_TO, order: DESC }, { field: VALID_FROM, order: ASC }]'],
    ['mediationCases', '[{ field: RECEIVED_ON, order: DESC }]'],
    ['workLogEntries', '[{ field: AT, order: ASC }]'],
  ])('walks %s sorted %s by cursor exactly as by skip', async (list, sort) => {
    const bySkip = await all(list, sort);
    expect(bySkip.length).toBeGreaterThan(7);
    expect(await walk(list, sort, 7)).toEqual(bySkip);
  });

  it('refuses a cursor that is not one, or one from another sort, naming `after`', async () => {
    const first = (await ok('{ villages(options: { take: 2, sort: [{ field: NAME, order: ASC }] }) { nextCursor } }')).villages;
    for (const [after, sort] of [
      ['not-a-cursor', '[]'],
      [first.nextCursor, '[{ field: CODE, order: ASC }]'],
    ]) {
      const res = await app.gql(`query($after: String) { villages(options: { after: $after, sort: ${sort} }) { items { id } } }`, { after }, bureau);
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    }
  });

  it('refuses a forged cursor whose values do not fit the sorted columns, naming `after`', async () => {
    const forge = (o: string, v: unknown[]) => Buffer.from(JSON.stringify({ o, v })).toString('base64url');
    const uuid = '00000000-0000-4000-8000-000000000000';
    for (const [sort, after] of [
      ['[{ field: RECEIVED_ON, order: DESC }]', forge('receivedOn:desc,id:asc', ['not-a-date', uuid])],
      ['[{ field: RECEIVED_ON, order: DESC }]', forge('receivedOn:desc,id:asc', ['2026-02-30', uuid])],
      ['[]', forge('id:asc', ['not-a-uuid'])],
      ['[]', forge('id:asc', [null])],
      ['[{ field: AMOUNT_FEN, order: ASC }]', forge('amountFen:asc,id:asc', ['abc', uuid])],
      ['[{ field: AMOUNT_FEN, order: ASC }]', forge('amountFen:asc,id:asc', [1.5, uuid])],
      ['[{ field: CREATED_AT, order: ASC }]', forge('createdAt:asc,id:asc', [{ d: 'yesterday' }, uuid])],
    ] as const) {
      const res = await app.gql(`query($a: String) { mediationCases(options: { after: $a, sort: ${sort} }) { items { id } } }`, { a: after }, bureau);
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    }
    // A well-formed forged cursor is simply a position: it answers the rows after it.
    const res = await app.gql(
      `query($a: String) { mediationCases(options: { after: $a, sort: [{ field: RECEIVED_ON, order: DESC }] }) { items { id } } }`,
      { a: forge('receivedOn:desc,id:asc', ['2099-01-01', uuid]) },
      bureau,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.mediationCases.items.length).toBeGreaterThan(0);
  });

  it('costs the same statements for a deep cursor page as for the first', async () => {
    const first = (await ok('{ villages(options: { take: 3 }) { nextCursor } }')).villages;
    const page1 = await countQueries(() => ok('{ villages(options: { take: 3 }) { items { id } } }'));
    const page2 = await countQueries(() =>
      ok('query($a: String) { villages(options: { take: 3, after: $a }) { items { id } } }', { a: first.nextCursor }),
    );
    expect(page2.count).toBe(page1.count);
    expect(page2.statements.at(-1)).not.toMatch(/offset/i);
  });
});
