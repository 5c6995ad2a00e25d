import { describe, expect, it } from '@jest/globals';
import { parse, type OperationDefinitionNode } from 'graphql';
import { heavyQueryLimit, Permits, selectsHeavyField } from './heavy-queries.js';

/** The hooks of one request, as Apollo calls them, for an operation in GraphQL text. */
async function request(plugin: ReturnType<typeof heavyQueryLimit>, text: string) {
  const document = parse(text);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')!;
  const hooks = (await plugin.requestDidStart!({} as never))!;
  return {
    resolve: () => hooks.didResolveOperation!({ operation, document } as never),
    send: () => hooks.willSendResponse!({} as never),
  };
}

/** Whether a promise has settled after the event loop's pending work. */
async function settled(p: Promise<unknown>): Promise<boolean> {
  let done = false;
  void p.then(() => (done = true));
  await new Promise((r) => setImmediate(r));
  return done;
}

const GRID = 'query { trainingCompliance(year: 2026) { villageCount } }';

describe('heavy query limit', () => {
  it('tells the grids apart from other operations, through fragments too', () => {
    const op = (text: string) => {
      const document = parse(text);
      return selectsHeavyField(document.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')!, document);
    };
    expect(op(GRID)).toBe(true);
    expect(op('query { ... on Query { villageMonthReports(month: "2026-11") { month } } }')).toBe(true);
    expect(op('query { ...F } fragment F on Query { coverage { ratio } }')).toBe(true);
    expect(op('query { me { id } mediationCases { totalItems } }')).toBe(false);
    expect(op('mutation { logout }')).toBe(false);
  });

  it('lets `limit` heavy requests run at once; the next waits until one has answered, other requests never wait', async () => {
    const plugin = heavyQueryLimit(new Permits(2));
    const [a, b, c] = [await request(plugin, GRID), await request(plugin, GRID), await request(plugin, GRID)];
    expect(await settled(a.resolve())).toBe(true);
    expect(await settled(b.resolve())).toBe(true);
    const third = c.resolve();
    expect(await settled(third)).toBe(false);
    // A list or `me` meanwhile goes straight through.
    const list = await request(plugin, 'query { mediationCases { totalItems } }');
    expect(await settled(list.resolve())).toBe(true);
    await a.send();
    expect(await settled(third)).toBe(true);
  });

  it('gives the permit back when the request was answered while it waited (another plugin refused it)', async () => {
    const permits = new Permits(1);
    const plugin = heavyQueryLimit(permits);
    const a = await request(plugin, GRID);
    await a.resolve();
    const refused = await request(plugin, GRID);
    const waiting = refused.resolve();
    await refused.send();
    await a.send();
    await waiting;
    // Both permits' holders have answered: a new heavy request runs at once.
    const next = await request(plugin, GRID);
    expect(await settled(next.resolve())).toBe(true);
    expect(permits.queued).toBe(0);
  });
});
