import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DEMO_ACCOUNTS, WENSHUI_ACCOUNTS, demoAccount } from '@fengqiao/seeds';
import { startTestApp, type TestApp } from '../../../test/app.js';

const USERS = 'query($o: UserListOptions) { users(options: $o) { totalItems items { id username role displayName scopeRegion { name } } } }';

describe('UserService', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('lists for the bureau the staff of its county and the advisers on its roster, not the public', async () => {
    const res = await app.gql(USERS, { o: { sort: [{ field: 'USERNAME', order: 'ASC' }] } }, await app.login('bureau'));
    const names = res.data.users.items.map((u: { username: string }) => u.username);
    expect(names).toEqual(
      // The city's bureau and 文水县's are not staff of 交城县.
      DEMO_ACCOUNTS.filter((a) => a.role !== 'PARTY' && !WENSHUI_ACCOUNTS.includes(a))
        .map((a) => a.username)
        .sort(),
    );
    expect(res.data.users.items.find((u: any) => u.username === 'office.tianning').scopeRegion.name).toBe('天宁镇');
  });

  it('filters by role', async () => {
    const res = await app.gql(USERS, { o: { filter: { role: 'ADVISER' } } }, await app.login('bureau'));
    expect(res.data.users.totalItems).toBe(2);
  });

  it('lists for an office only the accounts of the advisers serving its township', async () => {
    const res = await app.gql(USERS, { o: { sort: [{ field: 'USERNAME', order: 'ASC' }] } }, await app.login('office.tianning'));
    expect(res.data.users.items.map((u: { username: string }) => u.username)).toEqual(['adviser.1', 'adviser.2']);
    const one = await app.gql('query($id: ID!) { user(id: $id) { id } }', { id: demoAccount('bureau').id }, await app.login('office.tianning'));
    expect(one.data.user).toBeNull();
  });

  it('filters by disabled', async () => {
    const res = await app.gql(USERS, { o: { filter: { disabled: true } } }, await app.login('bureau'));
    expect(res.data.users.totalItems).toBe(0);
  });

  it.each(['adviser.1', 'party.1', 'analyst'])('refuses %s with FORBIDDEN', async (username) => {
    const res = await app.gql(USERS, {}, await app.login(username));
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(res.data).toBeNull();
    const one = await app.gql('query($id: ID!) { user(id: $id) { id } }', { id: demoAccount('bureau').id }, await app.login(username));
    expect(one.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('shows one account by id, and null for a party account outside the list', async () => {
    const token = await app.login('bureau');
    const office = await app.gql('query($id: ID!) { user(id: $id) { username } }', { id: demoAccount('office.tianning').id }, token);
    expect(office.data.user.username).toBe('office.tianning');
    const party = await app.gql('query($id: ID!) { user(id: $id) { username } }', { id: demoAccount('party.1').id }, token);
    expect(party.data.user).toBeNull();
  });
});
