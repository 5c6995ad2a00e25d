import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { countQueries, startTestApp, type TestApp } from '../../../test/app.js';
import { expectRowReadAsEntities } from '../../../test/row-read.js';

// The work log read without entities (work-log-list.read.ts) against the entity path, for every role that reads it:
// the analyst and a city's bureau get the served persons masked and the free text null, on both paths alike.
const ROW_SELECTION = `id at month category mode personServed phone matter content durationMin venue attendeeCount createdAt updatedAt
  version caseId villageId villageName canReadPersonalData frozen photos { id } adviser { id name phone status }
  village { id name } township { id name code level terrain } mediationCase { id caseNo }`;
const LOG = {
  field: 'workLogEntries',
  selection: ROW_SELECTION,
  entityOnly: 'entityOnly: adviser { provider { id } }',
  sort: '[{ field: AT, order: DESC }]',
};

describe('the work log read without entities', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it.each(['bureau', 'office.tianning', 'adviser.1', 'analyst', 'city'])('answers %s exactly as the entity path does', async (username) => {
    const items = (await expectRowReadAsEntities(app, LOG, await app.login(username))) as Array<Record<string, unknown>>;
    expect(items.length).toBeGreaterThan(0);
  });

  it('masks the persons served and withholds the text from the analyst, on the row read', async () => {
    const own = (await expectRowReadAsEntities(app, LOG, await app.login('bureau'))) as Array<Record<string, unknown>>;
    const masked = (await expectRowReadAsEntities(app, LOG, await app.login('analyst'))) as Array<Record<string, unknown>>;
    const shown = new Map(own.map((e) => [e.id, e]));
    const both = masked.filter((e) => shown.has(e.id));
    expect(both.length).toBeGreaterThan(0);
    for (const e of both) {
      expect(e.matter).toBeNull();
      expect(e.content).toBeNull();
      expect(e.personServed).not.toBe(shown.get(e.id)!.personServed);
    }
  });

  it('reads a page of any size in the same statements, fewer than the entity path', async () => {
    const token = await app.login('bureau');
    const query = (take: number, extra = '') =>
      `query { workLogEntries(options: { take: ${take} }) { totalItems items { ${ROW_SELECTION} ${extra} } } }`;
    const small = await countQueries(() => app.gql(query(2), {}, token));
    const large = await countQueries(() => app.gql(query(100), {}, token));
    const entities = await countQueries(() => app.gql(query(100, 'entityOnly: adviser { provider { id } }'), {}, token));
    expect(large.count).toBe(small.count);
    expect(large.count).toBeLessThan(entities.count);
  });
});
