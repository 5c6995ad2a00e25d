import type { FilterQuery } from '@mikro-orm/core';
import { Role } from '../../common/access/role.js';
import { hashPassword, verifyPassword } from '../../common/auth/password.js';
import { checkNewPassword, oneTimePassword } from '../../common/auth/password-policy.js';
import { SIGN_IN_RULES } from '../../common/auth/throttle.js';
import { now } from '../../common/clock.js';
import { AppError, ErrorCode } from '../../common/errors/app-error.js';
import { escapeLike } from '../../common/graphql/list.js';
import { conflictsAsErrors } from '../../common/errors/db-errors.js';
import { isId } from '../../common/graphql/ids.js';
import type { Context } from '../../context.js';
import { AdviserStatus } from '../adviser/adviser.enums.js';
import { LegalAdviser } from '../adviser/legal-adviser.entity.js';
import { AccountAuditAction, recordAction } from '../audit/audit.service.js';
import { Region } from '../region/region.entity.js';
import { ACCOUNT_CONSTRAINTS, AccountError } from './account.error.js';
import { AuthError } from './auth.error.js';
import { normaliseUsername } from './auth.service.js';
import type { AccountCredentials, CreateUserInput, UpdateUserInput } from './dto/account.inputs.js';
import { SessionEndReason, User } from './user.entity.js';
import { SCOPE_LEVELS, UserPolicy } from './user.policy.js';

export const USERNAME_RE = /^[a-z0-9][a-z0-9._-]{1,63}$/;
const USERNAME_RULE = '2 to 64 letters, digits, dots, dashes or underscores, starting with a letter or digit';

/** The sign-in name an adviser's account gets when none is given: adviser.<licence number's letters and digits>. */
export function adviserUsername(adviser: Pick<LegalAdviser, 'licenceNo'>): string {
  return `adviser.${adviser.licenceNo.toLowerCase().replace(/[^a-z0-9]/g, '')}`.slice(0, 64);
}

/**
 * Account administration: the only writer of accounts besides sign-in and setup. A bureau administers the accounts of
 * its region (UserPolicy), an office those of the advisers serving its township. Every action is recorded in the audit
 * trail in the same transaction; passwords handed out are one-time passwords the holder must change at first sign-in.
 */
export class AccountService {
  private readonly policy: UserPolicy;

  constructor(private readonly ctx: Context) {
    this.policy = new UserPolicy(ctx);
  }

  private get em() {
    return this.ctx.em;
  }

  /** An account the viewer administers; FORBIDDEN when it exists outside that, NOT_FOUND when it does not exist. */
  private async administered(id: string): Promise<User> {
    if (isId(id)) {
      const user = await this.em.findOne(User, { $and: [{ id }, await this.policy.visible()] }, { populate: ['scopeRegion', 'adviser'] });
      if (user) {
        if (!this.policy.mayAdminister(user.role)) throw AccountError.roleNotAdministered();
        return user;
      }
      if (await this.em.count(User, { id })) throw AccountError.outsideJurisdiction();
    }
    throw AccountError.notFound();
  }

  /** The region an account of `role` may be scoped to; BAD_USER_INPUT or FORBIDDEN naming scopeRegionId otherwise. */
  private async scopeFor(role: Role, regionId: string | null | undefined): Promise<Region> {
    if (!regionId) throw AppError.badInput('scopeRegionId', 'required for this role');
    const region = await this.em.findOne(Region, { $and: [{ id: regionId }, this.policy.assignableScopes(role)] });
    if (region) return region;
    if (!(await this.em.count(Region, { $and: [{ id: regionId }, this.policy.ownRegions()] }))) {
      if (await this.em.count(Region, { id: regionId })) throw AccountError.outsideJurisdiction('region');
      throw AppError.badInput('scopeRegionId', 'no such region');
    }
    throw AppError.badInput('scopeRegionId', `a ${role} account serves a ${(SCOPE_LEVELS[role] ?? []).join(' or ')}`);
  }

  /** A roster entry the viewer may give an account, still on the roster. */
  private async adviserFor(adviserId: string | null | undefined): Promise<LegalAdviser> {
    if (!adviserId) throw AppError.badInput('adviserId', 'an adviser account names its roster entry');
    const adviser = await this.em.findOne(LegalAdviser, { $and: [{ id: adviserId }, await this.policy.accountableAdvisers()] });
    if (!adviser) {
      if (await this.em.count(LegalAdviser, { id: adviserId })) throw AccountError.outsideJurisdiction('adviser');
      throw AppError.badInput('adviserId', 'no such adviser');
    }
    if (adviser.status === AdviserStatus.REMOVED) throw AppError.badInput('adviserId', 'this adviser has left the roster');
    return adviser;
  }

  private auditCounty(user: User): string | null {
    return this.policy.auditCounty({ region: user.scopeRegion?.getEntity() ?? null, countyId: user.adviser?.getEntity().county.id ?? null });
  }

  private audit(em: Context['em'], action: AccountAuditAction, user: User, details: Record<string, unknown> = {}) {
    recordAction(this.ctx, em, action, {
      entityType: 'User',
      entityId: user.id,
      countyId: this.auditCounty(user),
      details: { username: user.username, role: user.role, ...details },
    });
  }

  /** A username not yet taken: `base`, else base-2, base-3, … */
  private async freeUsername(base: string, alsoTaken: Set<string> = new Set()): Promise<string> {
    const taken = new Set(
      (await this.em.find(User, { username: { $like: `${escapeLike(base)}%` } }, { fields: ['username'] })).map((u) => u.username),
    );
    for (let n = 1; ; n++) {
      const name = n === 1 ? base : `${base.slice(0, 60)}-${n}`;
      if (!taken.has(name) && !alsoTaken.has(name)) return name;
    }
  }

  async create(input: CreateUserInput): Promise<AccountCredentials> {
    const role = input.role;
    if (role === Role.PARTY) throw AppError.badInput('role', 'party accounts are made by signing in with a phone code');
    if (!this.policy.mayAdminister(role)) throw AccountError.roleNotAdministered();
    let scopeRegion: Region | null = null;
    let adviser: LegalAdviser | null = null;
    if (role === Role.ADVISER) {
      if (input.scopeRegionId) throw AppError.badInput('scopeRegionId', 'an adviser account serves the villages of its pairings, not a region');
      adviser = await this.adviserFor(input.adviserId);
      const existing = await this.em.findOne(User, { adviser: adviser.id }, { fields: ['id'] });
      if (existing) throw AccountError.adviserHasAccount(existing.id);
    } else {
      if (input.adviserId) throw AppError.badInput('adviserId', 'only adviser accounts name a roster entry');
      scopeRegion = await this.scopeFor(role, input.scopeRegionId);
    }
    const given = input.username?.trim();
    const username = given ? normaliseUsername(given) : adviser ? await this.freeUsername(adviserUsername(adviser)) : '';
    if (!username) throw AppError.badInput('username', 'required');
    if (!USERNAME_RE.test(username)) throw AppError.badInput('username', USERNAME_RULE);
    const displayName = (input.displayName?.trim() || adviser?.name || '').trim();
    if (!displayName) throw AppError.badInput('displayName', 'must not be empty');
    if (await this.em.count(User, { username })) throw AccountError.usernameTaken();

    const password = oneTimePassword(username);
    const passwordHash = await hashPassword(password);
    const user = await conflictsAsErrors(
      () =>
        this.em.transactional(async (em) => {
          const created = em.create(User, {
            id: crypto.randomUUID(),
            username,
            passwordHash,
            role,
            displayName,
            scopeRegion,
            adviser,
            mustChangePassword: true,
          });
          this.audit(em, AccountAuditAction.USER_CREATED, created, {
            displayName,
            ...(scopeRegion ? { scopeRegionId: scopeRegion.id, scopeRegionName: scopeRegion.name } : {}),
            ...(adviser ? { adviserId: adviser.id, adviserName: adviser.name } : {}),
          });
          await em.flush();
          return created;
        }),
      ACCOUNT_CONSTRAINTS,
    );
    this.ctx.log.info({ event: 'account_created', targetUserId: user.id }, 'account created');
    return { user, oneTimePassword: password };
  }

  /**
   * Accounts for every active adviser the viewer administers who has none yet (a bureau: its rosters; an office: the
   * advisers serving its township), each with a one-time password, in one transaction. Run again, it finds none.
   */
  async createMissingAdviserAccounts(): Promise<AccountCredentials[]> {
    if (!this.policy.mayAdminister(Role.ADVISER)) throw AccountError.roleNotAdministered();
    const withAccount = this.em
      .createQueryBuilder(User, 'u')
      .select('u.adviser')
      .where({ adviser: { $ne: null } });
    const advisers = await this.em.find(
      LegalAdviser,
      {
        $and: [await this.policy.accountableAdvisers(), { status: AdviserStatus.ACTIVE }, { id: { $nin: withAccount } }],
      } as FilterQuery<LegalAdviser>,
      { orderBy: { name: 'asc', id: 'asc' } },
    );
    if (!advisers.length) return [];
    const chosen = new Set<string>();
    const planned: Array<{ adviser: LegalAdviser; username: string; password: string }> = [];
    for (const adviser of advisers) {
      const username = await this.freeUsername(adviserUsername(adviser), chosen);
      chosen.add(username);
      planned.push({ adviser, username, password: oneTimePassword(username) });
    }
    const hashes = await Promise.all(planned.map((p) => hashPassword(p.password)));
    const created = await conflictsAsErrors(
      () =>
        this.em.transactional(async (em) => {
          const users = planned.map(({ adviser, username }, i) => {
            const user = em.create(User, {
              id: crypto.randomUUID(),
              username,
              passwordHash: hashes[i]!,
              role: Role.ADVISER,
              displayName: adviser.name,
              adviser,
              mustChangePassword: true,
            });
            this.audit(em, AccountAuditAction.USER_CREATED, user, {
              displayName: adviser.name,
              adviserId: adviser.id,
              adviserName: adviser.name,
              batch: true,
            });
            return user;
          });
          await em.flush();
          return users;
        }),
      ACCOUNT_CONSTRAINTS,
    );
    this.ctx.log.info({ event: 'adviser_accounts_created', count: created.length }, 'adviser accounts created');
    return created.map((user, i) => ({ user, oneTimePassword: planned[i]!.password }));
  }

  async update(id: string, input: UpdateUserInput): Promise<User> {
    const user = await this.administered(id);
    AppError.assertVersion(user, input.version);
    const changes: Record<string, { from: unknown; to: unknown }> = {};
    const displayName = input.displayName?.trim();
    if (input.displayName != null && !displayName) throw AppError.badInput('displayName', 'must not be empty');
    if (displayName && displayName !== user.displayName) {
      changes.displayName = { from: user.displayName, to: displayName };
      user.displayName = displayName;
    }
    if (input.scopeRegionId && input.scopeRegionId !== user.scopeRegion?.id) {
      if (!SCOPE_LEVELS[user.role]) throw AppError.badInput('scopeRegionId', 'only staff and analyst accounts serve a region');
      const region = await this.scopeFor(user.role, input.scopeRegionId);
      changes.scopeRegionId = { from: user.scopeRegion?.id ?? null, to: region.id };
      this.em.assign(user, { scopeRegion: region });
    }
    if (!Object.keys(changes).length) return user;
    return conflictsAsErrors(() =>
      this.em.transactional(async (em) => {
        this.audit(em, AccountAuditAction.USER_UPDATED, user, { changes });
        await em.flush();
        return user;
      }),
    );
  }

  /** Disables the account: it cannot sign in, and its tokens fail on their next request (ACCOUNT_DISABLED). */
  async disable(id: string): Promise<User> {
    const user = await this.administered(id);
    if (user.id === this.ctx.viewer?.id) throw AccountError.ownAccount();
    if (user.disabledAt) return user;
    return conflictsAsErrors(() =>
      this.em.transactional(async (em) => {
        user.disabledAt = now();
        user.tokenVersion += 1;
        user.sessionsEndedBy = SessionEndReason.SESSION_ENDED;
        this.audit(em, AccountAuditAction.USER_DISABLED, user);
        await em.flush();
        return user;
      }),
    );
  }

  /** Enables a disabled account again; the tokens it had before stay revoked. */
  async enable(id: string): Promise<User> {
    const user = await this.administered(id);
    if (!user.disabledAt) return user;
    return conflictsAsErrors(() =>
      this.em.transactional(async (em) => {
        user.disabledAt = null;
        this.audit(em, AccountAuditAction.USER_ENABLED, user);
        await em.flush();
        return user;
      }),
    );
  }

  /**
   * A new one-time password for the account, returned once: its tokens stop working (PASSWORD_RESET) and it must choose
   * its own password at its next sign-in.
   */
  async resetPassword(id: string): Promise<AccountCredentials> {
    const user = await this.administered(id);
    const password = oneTimePassword(user.username);
    const passwordHash = await hashPassword(password);
    await conflictsAsErrors(() =>
      this.em.transactional(async (em) => {
        user.passwordHash = passwordHash;
        user.mustChangePassword = true;
        user.tokenVersion += 1;
        user.sessionsEndedBy = SessionEndReason.PASSWORD_RESET;
        this.audit(em, AccountAuditAction.PASSWORD_RESET, user);
        await em.flush();
      }),
    );
    this.ctx.log.info({ event: 'password_reset', targetUserId: user.id }, 'password reset');
    return { user, oneTimePassword: password };
  }

  /**
   * The viewer's own change of password, allowed at any time (and the only thing allowed after a one-time password).
   * Every other session of the account ends (PASSWORD_CHANGED); this one continues with the fresh token returned.
   */
  async changePassword(currentPassword: string, newPassword: string): Promise<{ token: string; user: User }> {
    const { app, ip, viewer } = this.ctx;
    const user = await this.em.findOneOrFail(User, { id: viewer!.id }, { populate: ['passwordHash', 'scopeRegion', 'adviser'] });
    checkNewPassword(user.username, newPassword, 'newPassword');
    if (newPassword === currentPassword) {
      throw new AppError(ErrorCode.BAD_USER_INPUT, 'newPassword: must differ from the current password', {
        field: 'newPassword',
        reason: 'PASSWORD_UNCHANGED',
      });
    }
    // Guessing the current password through a stolen session counts like guessing it at sign-in.
    const admission = await app.throttle.admit(this.em, [
      [SIGN_IN_RULES.address, ip],
      [SIGN_IN_RULES.password, `${user.username}\n${ip}`],
    ]);
    if (!admission.admitted) throw AuthError.tooManyAttempts(admission.retryAfterSeconds);
    if (!(await verifyPassword(user.passwordHash, currentPassword))) throw AuthError.wrongCurrentPassword();
    await app.throttle.succeeded(this.em, admission);
    const passwordHash = await hashPassword(newPassword);
    await conflictsAsErrors(() =>
      this.em.transactional(async (em) => {
        user.passwordHash = passwordHash;
        user.mustChangePassword = false;
        user.tokenVersion += 1;
        user.sessionsEndedBy = SessionEndReason.PASSWORD_CHANGED;
        this.audit(em, AccountAuditAction.PASSWORD_CHANGED, user);
        await em.flush();
      }),
    );
    this.ctx.log.info({ event: 'password_changed' }, 'password changed');
    return { token: await app.tokens.sign(user.id, user.role, user.tokenVersion), user };
  }
}
