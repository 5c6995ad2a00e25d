import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { countQueries, startTestApp, type TestApp } from '../../../test/app.js';
import { expectRowReadAsEntities } from '../../../test/row-read.js';

// The village list read without entities (village-list.read.ts) against the entity path, for every role that reads it.
const ROW_SELECTION = `id name code kind demo township { id name code level terrain }
  committee { id name fixedOffice mediationRoom noticeBoardPosted version }
  currentPairing { id validFrom validTo deputyDirector createdAt } currentAdviser { id name phone status }`;
const VILLAGES = { field: 'villages', selection: ROW_SELECTION, entityOnly: 'pairings { id }', sort: '[{ field: CODE, order: ASC }]' };

describe('the village list read without entities', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it.each(['bureau', 'office.tianning', 'adviser.1'])('answers %s exactly as the entity path does', async (username) => {
    const items = (await expectRowReadAsEntities(app, VILLAGES, await app.login(username))) as Array<Record<string, unknown>>;
    expect(items.length).toBeGreaterThan(0);
  });

  it('shows covered and uncovered villages, with and without a committee, as the entity path does', async () => {
    const bureau = await app.login('bureau');
    const covered = (await expectRowReadAsEntities(app, { ...VILLAGES, filter: '{ covered: true }' }, bureau)) as Array<Record<string, unknown>>;
    const uncovered = (await expectRowReadAsEntities(app, { ...VILLAGES, filter: '{ covered: false }' }, bureau)) as Array<Record<string, unknown>>;
    expect(covered.length).toBeGreaterThan(0);
    expect(uncovered.length).toBeGreaterThan(0);
    expect(covered.every((v) => v.currentAdviser !== null && v.currentPairing !== null)).toBe(true);
    expect(uncovered.every((v) => v.currentAdviser === null && v.currentPairing === null)).toBe(true);
    expect([...covered, ...uncovered].some((v) => v.committee !== null)).toBe(true);
  });

  it('reads a page of any size in the same statements, fewer than the entity path', async () => {
    const token = await app.login('bureau');
    const query = (take: number, extra = '') => `query { villages(options: { take: ${take} }) { totalItems items { ${ROW_SELECTION} ${extra} } } }`;
    const small = await countQueries(() => app.gql(query(2), {}, token));
    const large = await countQueries(() => app.gql(query(100), {}, token));
    const entities = await countQueries(() => app.gql(query(100, 'pairings { id }'), {}, token));
    expect(large.count).toBe(small.count);
    expect(large.count).toBeLessThan(entities.count);
  });
});
