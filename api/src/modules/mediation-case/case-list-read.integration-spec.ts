import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { demoCases } from '@fengqiao/seeds';
import { countQueries, startTestApp, type TestApp } from '../../../test/app.js';
import { expectRowReadAsEntities } from '../../../test/row-read.js';

// The case list read without entities (case-list.read.ts) must answer exactly what the entity path answers, for
// every role that reads cases: the same rows, the same relations, the same masking of the parties' names and phones.
// Adding a field the row read does not serve (`mediators`) sends the same request down the entity path.
const ROW_SELECTION = `id caseNo status level source referrerKind referrerName disputeType amountFen tier resolvedLevel receivedOn
  acceptedOn closedOn closureReason createdAt version deadline overdue needsAdviser canReadConfidential leadAdviserId
  village { id name code kind demo } township { id name code level } advisers { id name status } parties { id role name phone }
  agreement { id form amountFen signedAt reviewStatus reviewedAt confirmationAppliedOn confirmationCourt confirmationResult
    confirmationRulingNo confirmationDecidedOn confirmationDeadline confirmationDueSoon performance version }`;

const list = (selection: string) => `query($take: Int, $after: String) {
  mediationCases(options: { take: $take, after: $after, sort: [{ field: RECEIVED_ON, order: DESC }] }) {
    totalItems nextCursor items { ${selection} } } }`;

const withoutMediators = (items: Array<Record<string, unknown>>) => items.map(({ mediators: _, ...rest }) => rest);

describe('the case list read without entities', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it.each(['bureau', 'office.tianning', 'adviser.1', 'party.1'])('answers %s exactly as the entity path does', async (username) => {
    const items = await expectRowReadAsEntities(
      app,
      { field: 'mediationCases', selection: ROW_SELECTION, entityOnly: 'mediators { id }', sort: '[{ field: RECEIVED_ON, order: DESC }]' },
      await app.login(username),
    );
    expect(items.length).toBeGreaterThan(0);
  });

  it('masks the parties for the bureau and shows them in full to an adviser in the case', async () => {
    // The first demo case is party.1's, and adviser.1 is assigned to it.
    const kase = demoCases()[0]!;
    const query = `query($id: ID!) { mediationCases(options: { filter: { ids: [$id] } }) { items { parties { name phone } } } }`;
    const party = kase.parties[0]!.person;
    const bureau = await app.gql(query, { id: kase.id }, await app.login('bureau'));
    const adviser = await app.gql(query, { id: kase.id }, await app.login('adviser.1'));
    const names = (res: typeof bureau) => res.data.mediationCases.items[0].parties.map((p: { name: string }) => p.name);
    expect(names(adviser)).toContain(party.name);
    expect(names(bureau)).not.toContain(party.name);
    expect(JSON.stringify(bureau.data)).not.toContain(party.name);
  });

  it('reads a page of any size in the same statements, one of them for the rows and their relations', async () => {
    const token = await app.login('bureau');
    const counted = async (take: number) => countQueries(() => app.gql(list(ROW_SELECTION), { take }, token));
    const small = await counted(2);
    const large = await counted(100);
    expect(large.count).toBe(small.count);
    // The viewer, the page with its relations, the capped count: nothing per relation as the entity path has.
    const entity = await countQueries(() => app.gql(list(`${ROW_SELECTION} mediators { id }`), { take: 100 }, token));
    expect(large.count).toBeLessThan(entity.count - 3);
  });

  it('pages by cursor as the entity path does', async () => {
    const token = await app.login('bureau');
    const first = await app.gql(list('id receivedOn'), { take: 3 }, token);
    const next = await app.gql(list('id receivedOn'), { take: 3, after: first.data.mediationCases.nextCursor }, token);
    const nextByEntities = await app.gql(list('id receivedOn mediators { id }'), { take: 3, after: first.data.mediationCases.nextCursor }, token);
    expect(next.errors).toBeUndefined();
    expect(next.data.mediationCases.items.length).toBeGreaterThan(0);
    expect(next.data.mediationCases.items).toEqual(withoutMediators(nextByEntities.data.mediationCases.items));
    expect(next.data.mediationCases.nextCursor).toBe(nextByEntities.data.mediationCases.nextCursor);
  });
});
