import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { countQueries, type TestApp } from '../../../test/app.js';
import { makePng, startAppWithUploads, upload } from '../../../test/rest.js';
import { expectRowReadAsEntities } from '../../../test/row-read.js';

// The roster read without entities (adviser-list.read.ts) against the entity path, for every role that reads it.
const ROW_SELECTION = `id name gender phone profession licenceNo serviceScope status demo version photoUrl villageCount overloaded
  provider { id kind name phone address demo version }`;
const ROSTER = { field: 'legalAdvisers', selection: ROW_SELECTION, entityOnly: 'history { id }', sort: '[{ field: NAME, order: ASC }]' };

describe('the roster read without entities', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startAppWithUploads();
  });
  afterAll(() => app.close());

  it.each(['bureau', 'office.tianning', 'adviser.1'])('answers %s exactly as the entity path does', async (username) => {
    const items = await expectRowReadAsEntities(app, ROSTER, await app.login(username));
    expect(items.length).toBeGreaterThan(0);
  });

  it('pages by a sort key the roster does not show (createdAt) with the same cursor as the entity path', async () => {
    const bureau = await app.login('bureau');
    const items = await expectRowReadAsEntities(app, { ...ROSTER, sort: '[{ field: CREATED_AT, order: DESC }]', take: 3 }, bureau);
    expect(items).toHaveLength(3);
  });

  it('counts the villages served today and flags a load over the county’s cap', async () => {
    const bureau = await app.login('bureau');
    const items = (await expectRowReadAsEntities(app, ROSTER, bureau)) as Array<{ villageCount: number; overloaded: boolean }>;
    expect(items.some((a) => a.villageCount > 0)).toBe(true);
    const most = Math.max(...items.map((a) => a.villageCount));
    expect(most).toBeGreaterThan(1);
    const cap = most - 1;
    const { version } = (await app.gql('{ settings { version } }', {}, bureau)).data.settings;
    const set = await app.gql(
      'mutation($cap: Int!, $v: Int!) { updateSettings(input: { adviserLoadCap: $cap, version: $v }) { adviserLoadCap } }',
      { cap, v: version },
      bureau,
    );
    expect(set.errors).toBeUndefined();
    const after = (await expectRowReadAsEntities(app, ROSTER, bureau)) as Array<{ villageCount: number; overloaded: boolean }>;
    expect(after.filter((a) => a.overloaded).length).toBeGreaterThan(0);
    for (const a of after) expect(a.overloaded).toBe(a.villageCount > cap);
  });

  it('links an adviser’s photo as the entity path does', async () => {
    const bureau = await app.login('bureau');
    const photo = (
      await upload(
        app,
        bureau,
        makePng(4, 4, () => [10, 20, 30]),
        'image/png',
      )
    ).json.id as string;
    const adviser = (await app.gql('{ legalAdvisers(options: { take: 1 }) { items { id } } }', {}, bureau)).data.legalAdvisers.items[0].id;
    const set = await app.gql(
      'mutation($a: ID!, $f: ID!) { setLegalAdviserPhoto(adviserId: $a, attachmentId: $f) { id } }',
      { a: adviser, f: photo },
      bureau,
    );
    expect(set.errors).toBeUndefined();
    // The link is signed with an expiry in seconds: two requests may straddle a second, so compare what it links to.
    const linked = async (extra: string) => {
      const res = await app.gql(
        `query($id: ID!) { legalAdvisers(options: { filter: { ids: [$id] } }) { items { id photoUrl ${extra} } } }`,
        { id: adviser },
        bureau,
      );
      expect(res.errors).toBeUndefined();
      return (res.data.legalAdvisers.items[0].photoUrl as string).split('?')[0];
    };
    expect(await linked('')).toBe(`/files/${photo}`);
    expect(await linked('history { id }')).toBe(`/files/${photo}`);
  });

  it('reads a page of any size in the same statements, fewer than the entity path', async () => {
    const token = await app.login('bureau');
    const query = (take: number, extra = '') =>
      `query { legalAdvisers(options: { take: ${take} }) { totalItems items { ${ROW_SELECTION} ${extra} } } }`;
    const small = await countQueries(() => app.gql(query(2), {}, token));
    const large = await countQueries(() => app.gql(query(100), {}, token));
    const entities = await countQueries(() => app.gql(query(100, 'history { id }'), {}, token));
    expect(large.count).toBe(small.count);
    expect(large.count).toBeLessThan(entities.count);
  });
});
