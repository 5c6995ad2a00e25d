import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { countQueries, startTestApp, type TestApp } from '../../../test/app.js';
import { expectRowReadAsEntities } from '../../../test/row-read.js';

// The pairing list read without entities (pairing-list.read.ts) against the entity path, for every role that reads it.
const ROW_SELECTION =
  'id validFrom validTo deputyDirector createdAt active villageId villageName adviser { id name phone status } village { id name }';
const PAIRINGS = {
  field: 'pairings',
  selection: ROW_SELECTION,
  entityOnly: 'entityOnly: adviser { provider { id } }',
  sort: '[{ field: VALID_FROM, order: DESC }]',
};

describe('the pairing list read without entities', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it.each(['bureau', 'office.tianning', 'adviser.1'])('answers %s exactly as the entity path does', async (username) => {
    const items = (await expectRowReadAsEntities(app, PAIRINGS, await app.login(username))) as Array<Record<string, unknown>>;
    expect(items.length).toBeGreaterThan(0);
  });

  it('reads a page of any size in the same statements, fewer than the entity path', async () => {
    const token = await app.login('bureau');
    const query = (take: number, extra = '') => `query { pairings(options: { take: ${take} }) { totalItems items { ${ROW_SELECTION} ${extra} } } }`;
    const small = await countQueries(() => app.gql(query(2), {}, token));
    const large = await countQueries(() => app.gql(query(100), {}, token));
    const entities = await countQueries(() => app.gql(query(100, 'entityOnly: adviser { provider { id } }'), {}, token));
    expect(large.count).toBe(small.count);
    expect(large.count).toBeLessThan(entities.count);
  });
});
