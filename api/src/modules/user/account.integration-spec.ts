import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CITY_ID, COUNTY_ID, DEMO_PASSWORD, demoAccount, demoPairings, demoRegions, demoRoster, townshipId } from '@fengqiao/seeds';
import { startTestApp, type GqlResponse, type TestApp } from '../../../test/app.js';
import { LegalAdviser } from '../adviser/legal-adviser.entity.js';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { Role } from '../../common/access/role.js';
import { User } from './user.entity.js';

const LOGIN = 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token user { id mustChangePassword } } }';
const CREDENTIALS = 'user { id username role displayName mustChangePassword disabled version } oneTimePassword';
const CREATE = `mutation($input: CreateUserInput!) { createUser(input: $input) { ${CREDENTIALS} } }`;
const RESET = `mutation($id: ID!) { resetPassword(id: $id) { ${CREDENTIALS} } }`;
const DISABLE = 'mutation($id: ID!) { disableUser(id: $id) { id disabled } }';
const ENABLE = 'mutation($id: ID!) { enableUser(id: $id) { id disabled } }';
const UPDATE = 'mutation($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id displayName version scopeRegion { id } } }';
const MISSING = `mutation { createMissingAdviserAccounts { ${CREDENTIALS} } }`;
const CHANGE = 'mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) { token user { id mustChangePassword } } }';
const ME = '{ me { id username mustChangePassword disabled } }';
const VILLAGES = '{ villages(options: { take: 1 }) { items { id } } }';

const tianning = townshipId('tianning');
const tianningVillages = new Set(
  demoRegions()
    .filter((r) => r.parentId === tianning)
    .map((r) => r.id),
);
const paired = new Set(demoPairings().map((p) => p.adviserId));
/** An adviser serving a village of 天宁镇 today who has no account in the seeds. */
const inTianning = demoPairings().find(
  (p) =>
    tianningVillages.has(p.villageId) && p.adviserId !== demoAccount('adviser.1').adviserId && p.adviserId !== demoAccount('adviser.2').adviserId,
)!.adviserId;
/** An adviser on the roster who serves no village (joined after the pairings were made). */
const unpaired = demoRoster().find((a) => !paired.has(a.id))!.id;

const err = (res: GqlResponse) => res.errors?.[0]?.extensions;

describe('Accounts', () => {
  let app: TestApp;
  let bureau: string;
  const login = async (u: string, p: string) => {
    const res = await app.gql(LOGIN, { u, p });
    if (!res.data?.login) throw new Error(`login ${u}: ${JSON.stringify(res.errors)}`);
    return res.data.login as { token: string; user: { id: string; mustChangePassword: boolean } };
  };
  const auditOf = (entityId: string) => app.orm.em.fork().find(AuditEvent, { entityId }, { orderBy: { at: 'asc' }, populate: ['actor'] });

  beforeAll(async () => {
    app = await startTestApp();
    bureau = await app.login('bureau');
  });
  afterAll(() => app.close());

  it('refuses a disabled user’s existing token on its next request, saying why, and keeps it refused once enabled again', async () => {
    const analyst = await login('analyst', DEMO_PASSWORD);
    expect((await app.gql(ME, {}, analyst.token)).data.me.disabled).toBe(false);
    const id = demoAccount('analyst').id;
    const disabled = await app.gql(DISABLE, { id }, bureau);
    expect(disabled.data.disableUser).toEqual({ id, disabled: true });

    const refused = await app.gql(ME, {}, analyst.token);
    expect(refused.status).toBe(401);
    expect(err(refused)).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'ACCOUNT_DISABLED' });
    expect((await app.gql(LOGIN, { u: 'analyst', p: DEMO_PASSWORD })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    expect((await app.gql(ENABLE, { id }, bureau)).data.enableUser).toEqual({ id, disabled: false });
    expect(err(await app.gql(ME, {}, analyst.token))).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'SESSION_ENDED' });
    const again = await login('analyst', DEMO_PASSWORD);
    expect((await app.gql(ME, {}, again.token)).data.me.username).toBe('analyst');

    const events = await auditOf(id);
    expect(events.map((e) => e.action)).toEqual(['USER_DISABLED', 'USER_ENABLED']);
    expect(events[0]!.actor!.getEntity().username).toBe('bureau');
    expect(events[0]!.county?.id).toBe(COUNTY_ID);
  });

  it('refuses to disable one’s own account', async () => {
    expect(err(await app.gql(DISABLE, { id: demoAccount('bureau').id }, bureau))).toMatchObject({ code: 'CONFLICT', reason: 'OWN_ACCOUNT' });
  });

  it('makes a reset password be changed before anything else, then the old tokens fail and the new password works', async () => {
    const id = demoAccount('office.tianning').id;
    const before = await login('office.tianning', DEMO_PASSWORD);
    const reset = await app.gql(RESET, { id }, bureau);
    const otp = reset.data.resetPassword.oneTimePassword as string;
    expect(otp).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/);
    expect(reset.data.resetPassword.user).toMatchObject({ id, mustChangePassword: true });
    expect(err(await app.gql(ME, {}, before.token))).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'PASSWORD_RESET' });
    expect(app.logs.join('\n')).not.toContain(otp);

    const first = await login('office.tianning', otp);
    expect(first.user.mustChangePassword).toBe(true);
    expect((await app.gql(ME, {}, first.token)).data.me).toMatchObject({ username: 'office.tianning', mustChangePassword: true });
    for (const query of [VILLAGES, '{ users { totalItems } }', 'mutation { createMissingAdviserAccounts { oneTimePassword } }']) {
      const res = await app.gql(query, {}, first.token);
      expect(err(res)).toMatchObject({ code: 'FORBIDDEN', reason: 'PASSWORD_CHANGE_REQUIRED' });
      expect(res.data).toBeNull();
    }
    // REST downloads are refused alike.
    const rest = await fetch(`${app.url}/api/exports/mediation-cases.xlsx?from=2026-01-01&to=2026-12-31`, {
      headers: { authorization: `Bearer ${first.token}` },
    });
    expect(rest.status).toBe(403);
    expect(((await rest.json()) as { errors: Array<{ extensions: unknown }> }).errors[0]!.extensions).toMatchObject({
      reason: 'PASSWORD_CHANGE_REQUIRED',
    });

    const changed = await app.gql(CHANGE, { c: otp, n: 'tianning-office-spring' }, first.token);
    expect(changed.errors).toBeUndefined();
    expect(changed.data.changePassword.user).toEqual({ id, mustChangePassword: false });
    const fresh = changed.data.changePassword.token as string;
    expect((await app.gql(VILLAGES, {}, fresh)).data.villages.items).toHaveLength(1);
    expect(err(await app.gql(ME, {}, first.token))).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'PASSWORD_CHANGED' });
    expect(err(await app.gql(LOGIN, { u: 'office.tianning', p: otp }))?.code).toBe('UNAUTHENTICATED');
    expect((await login('office.tianning', 'tianning-office-spring')).user.mustChangePassword).toBe(false);

    expect((await auditOf(id)).map((e) => [e.action, e.actor?.getEntity().username])).toEqual([
      ['PASSWORD_RESET', 'bureau'],
      ['PASSWORD_CHANGED', 'office.tianning'],
    ]);
  });

  it.each([
    ['short', 'short-pw', 'PASSWORD_TOO_SHORT'],
    ['username-containing', 'Party.1-forever', 'PASSWORD_CONTAINS_USERNAME'],
    ['common', 'Password123', 'PASSWORD_TOO_COMMON'],
  ])('refuses a %s new password as BAD_USER_INPUT naming newPassword, changing nothing', async (_what, newPassword, reason) => {
    const party = await login('party.1', DEMO_PASSWORD);
    const res = await app.gql(CHANGE, { c: DEMO_PASSWORD, n: newPassword }, party.token);
    expect(err(res)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newPassword', reason });
    expect(res.errors?.[0]?.message).toMatch(/^newPassword: /);
    expect((await app.gql(ME, {}, party.token)).data.me.username).toBe('party.1');
  });

  it('refuses a wrong current password as BAD_USER_INPUT naming currentPassword, without ending the session', async () => {
    const party = await login('party.1', DEMO_PASSWORD);
    const res = await app.gql(CHANGE, { c: 'not-my-password', n: 'a-fine-new-passphrase' }, party.token);
    expect(err(res)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currentPassword' });
    expect((await app.gql(ME, {}, party.token)).data.me.username).toBe('party.1');
  });

  it('lets an office create and reset accounts for advisers serving its township only', async () => {
    const office = await app.login('office.tianning').catch(async () => (await login('office.tianning', 'tianning-office-spring')).token);
    const created = await app.gql(CREATE, { input: { role: 'ADVISER', adviserId: inTianning } }, office);
    expect(created.errors).toBeUndefined();
    const account = created.data.createUser;
    expect(account.user).toMatchObject({ role: 'ADVISER', mustChangePassword: true, disabled: false });
    expect(account.user.username).toMatch(/^adviser\.[0-9]+$/);
    expect((await login(account.user.username, account.oneTimePassword)).user.mustChangePassword).toBe(true);
    expect((await app.gql(CREATE, { input: { role: 'ADVISER', adviserId: inTianning } }, office)).errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'ACCOUNT_EXISTS',
      existingId: account.user.id,
    });
    expect((await app.gql(RESET, { id: account.user.id }, office)).data.resetPassword.user.id).toBe(account.user.id);
    // An adviser elsewhere, another role, another kind of account: FORBIDDEN, nothing written.
    expect(err(await app.gql(CREATE, { input: { role: 'ADVISER', adviserId: unpaired } }, office))).toMatchObject({ code: 'FORBIDDEN' });
    expect(
      err(await app.gql(CREATE, { input: { role: 'OFFICE_STAFF', username: 'office.two', displayName: '二', scopeRegionId: tianning } }, office)),
    ).toMatchObject({
      code: 'FORBIDDEN',
    });
    const elsewhere = await app.gql(CREATE, { input: { role: 'ADVISER', adviserId: unpaired } }, bureau);
    expect(elsewhere.errors).toBeUndefined();
    expect(err(await app.gql(RESET, { id: elsewhere.data.createUser.user.id }, office))).toMatchObject({ code: 'FORBIDDEN' });
    expect(err(await app.gql(RESET, { id: demoAccount('analyst').id }, office))).toMatchObject({ code: 'FORBIDDEN' });
    expect(await app.orm.em.fork().count(User, { adviser: unpaired })).toBe(1);
    expect((await auditOf(account.user.id)).map((e) => [e.action, e.actor?.getEntity().username])).toEqual([
      ['USER_CREATED', 'office.tianning'],
      ['PASSWORD_RESET', 'office.tianning'],
    ]);
  });

  it('keeps a bureau to its own region', async () => {
    const em = app.orm.em.fork();
    const cityAdmin = em.create(User, {
      id: crypto.randomUUID(),
      username: 'city.admin',
      passwordHash: 'x',
      role: Role.BUREAU_ADMIN,
      displayName: '市局',
      scopeRegion: CITY_ID,
    });
    await em.flush();
    expect(err(await app.gql(DISABLE, { id: cityAdmin.id }, bureau))).toMatchObject({ code: 'FORBIDDEN', reason: 'OUTSIDE_JURISDICTION' });
    expect(err(await app.gql(RESET, { id: cityAdmin.id }, bureau))).toMatchObject({ code: 'FORBIDDEN' });
    expect(
      err(await app.gql(CREATE, { input: { role: 'BUREAU_ADMIN', username: 'city.two', displayName: '市', scopeRegionId: CITY_ID } }, bureau)),
    ).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'OUTSIDE_JURISDICTION',
    });
    expect((await app.gql('query($id: ID!) { user(id: $id) { id } }', { id: cityAdmin.id }, bureau)).data.user).toBeNull();
  });

  it('creates staff accounts in scope, and edits them with versions', async () => {
    const created = await app.gql(
      CREATE,
      { input: { role: 'OFFICE_STAFF', username: 'Office.Xishe', displayName: '西社司法所', scopeRegionId: townshipId('xishe') } },
      bureau,
    );
    expect(created.errors).toBeUndefined();
    const user = created.data.createUser.user;
    expect(user).toMatchObject({ username: 'office.xishe', role: 'OFFICE_STAFF', mustChangePassword: true, version: 1 });
    expect(
      err(
        await app.gql(
          CREATE,
          { input: { role: 'OFFICE_STAFF', username: 'office.xishe', displayName: 'x', scopeRegionId: townshipId('xishe') } },
          bureau,
        ),
      ),
    ).toMatchObject({
      code: 'CONFLICT',
      reason: 'USERNAME_TAKEN',
    });
    expect(
      err(await app.gql(CREATE, { input: { role: 'OFFICE_STAFF', username: 'office.c', displayName: 'c', scopeRegionId: COUNTY_ID } }, bureau)),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'scopeRegionId',
    });
    expect(err(await app.gql(CREATE, { input: { role: 'PARTY', username: 'p.x', displayName: 'p' } }, bureau))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'role',
    });

    const moved = await app.gql(
      UPDATE,
      { id: user.id, input: { version: 1, displayName: '西社镇司法所', scopeRegionId: townshipId('lingdi') } },
      bureau,
    );
    expect(moved.data.updateUser).toMatchObject({ displayName: '西社镇司法所', version: 2, scopeRegion: { id: townshipId('lingdi') } });
    expect(err(await app.gql(UPDATE, { id: user.id, input: { version: 1, displayName: 'stale' } }, bureau))).toMatchObject({
      code: 'CONFLICT',
      reason: 'STALE_VERSION',
    });
    expect((await auditOf(user.id)).map((e) => e.action)).toEqual(['USER_CREATED', 'USER_UPDATED']);
  });

  it('creates exactly the missing adviser accounts, once', async () => {
    const em = app.orm.em.fork();
    const missing = await em.count(LegalAdviser, {
      county: COUNTY_ID,
      status: 'ACTIVE' as never,
      id: { $nin: (await em.find(User, { adviser: { $ne: null } })).map((u) => u.adviser!.id) },
    });
    expect(missing).toBeGreaterThan(20);
    const res = await app.gql(MISSING, {}, bureau);
    expect(res.errors).toBeUndefined();
    const made = res.data.createMissingAdviserAccounts as Array<{ user: { id: string; username: string }; oneTimePassword: string }>;
    expect(made).toHaveLength(missing);
    expect(new Set(made.map((m) => m.user.username)).size).toBe(missing);
    const one = made[0]!;
    expect((await login(one.user.username, one.oneTimePassword)).user.mustChangePassword).toBe(true);
    expect(await em.count(User, { role: Role.ADVISER })).toBe(await em.count(LegalAdviser, { county: COUNTY_ID, status: 'ACTIVE' as never }));
    expect((await app.gql(MISSING, {}, bureau)).data.createMissingAdviserAccounts).toEqual([]);
    expect(await em.count(AuditEvent, { action: 'USER_CREATED', entityId: { $in: made.map((m) => m.user.id) } })).toBe(missing);
  });

  it('lists the actions in the audit trail for the bureau', async () => {
    const res = await app.gql(
      'query($o: AuditEventListOptions) { auditEvents(options: $o) { totalItems items { action actorUsername entityType entityId details } } }',
      { o: { filter: { entityType: 'User', action: 'PASSWORD_RESET' } } },
      bureau,
    );
    expect(res.data.auditEvents.items[0]).toMatchObject({ action: 'PASSWORD_RESET', entityType: 'User' });
    expect(JSON.stringify(res.data.auditEvents.items)).not.toMatch(/oneTimePassword|passwordHash/);
  });

  const ADMIN_MUTATIONS: Array<[string, string, Record<string, unknown>]> = [
    ['createUser', CREATE, { input: { role: 'ADVISER', adviserId: inTianning } }],
    ['updateUser', UPDATE, { id: demoAccount('analyst').id, input: { version: 1, displayName: 'x' } }],
    ['disableUser', DISABLE, { id: demoAccount('analyst').id }],
    ['enableUser', ENABLE, { id: demoAccount('analyst').id }],
    ['resetPassword', RESET, { id: demoAccount('analyst').id }],
    ['createMissingAdviserAccounts', MISSING, {}],
  ];
  describe.each(['adviser.2', 'analyst', 'party.1'])('as %s', (username) => {
    it.each(ADMIN_MUTATIONS)('refuses %s with FORBIDDEN', async (_name, mutation, variables) => {
      const token = (await login(username, DEMO_PASSWORD)).token;
      const res = await app.gql(mutation, variables, token);
      expect(err(res)?.code).toBe('FORBIDDEN');
      expect(res.data).toBeNull();
    });
  });

  it('shows an account’s administrative state to its holder and its administrators only', async () => {
    const res = await app.gql(
      'query($id: ID!) { user(id: $id) { mustChangePassword disabled adviser { id } } }',
      { id: demoAccount('adviser.1').id },
      bureau,
    );
    expect(res.data.user).toEqual({ mustChangePassword: false, disabled: false, adviser: { id: demoAccount('adviser.1').adviserId } });
  });
});
