import { createHash, randomInt, timingSafeEqual } from 'node:crypto';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Role } from '../../common/access/role.js';
import { hashPassword } from '../../common/auth/password.js';
import { checkNewPassword } from '../../common/auth/password-policy.js';
import { SIGN_IN_RULES } from '../../common/auth/throttle.js';
import { now } from '../../common/clock.js';
import { AppError, ErrorCode } from '../../common/errors/app-error.js';
import type { Context } from '../../context.js';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { createRegion } from '../region/region.service.js';
import { RegionLevel } from '../region/region.enums.js';
import type { Region } from '../region/region.entity.js';
import { AuthError } from '../user/auth.error.js';
import { normaliseUsername } from '../user/auth.service.js';
import { User } from '../user/user.entity.js';
import type { CompleteSetupInput } from './dto/setup.types.js';
import { SetupToken } from './setup-token.entity.js';

// Crockford's base 32 without look-alikes: read from a log, typed on a phone.
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';
const GROUPS = 4;
const GROUP_LENGTH = 5;

export const SETUP_COMPLETED = 'SETUP_COMPLETED';

const digest = (token: string) => createHash('sha256').update(normaliseToken(token)).digest('hex');

/** What a person types: case and separators do not matter. */
function normaliseToken(token: string): string {
  return token.toUpperCase().replace(/[^0-9A-Z]/g, '');
}

function newToken(): string {
  const groups: string[] = [];
  for (let g = 0; g < GROUPS; g++) {
    let group = '';
    for (let i = 0; i < GROUP_LENGTH; i++) group += ALPHABET[randomInt(ALPHABET.length)];
    groups.push(group);
  }
  return groups.join('-');
}

async function hasAccounts(em: EntityManager): Promise<boolean> {
  return (await em.find(User, {}, { fields: ['id'], limit: 1 })).length > 0;
}

/**
 * At start: on a database without any account, a new one-time setup token (the previous one, from an earlier start,
 * stops working) whose hash is stored, returned for the log. With accounts, none, and any leftover token is removed.
 */
export async function issueSetupToken(em: EntityManager): Promise<string | null> {
  if (await hasAccounts(em)) {
    await em.nativeDelete(SetupToken, {});
    return null;
  }
  const token = newToken();
  await em.upsert(SetupToken, { id: 1, tokenHash: digest(token), issuedAt: now() });
  return token;
}

export async function setupNeeded(em: EntityManager): Promise<boolean> {
  return !(await hasAccounts(em));
}

/** The root's level, read off its code: a province, a city or a county; BAD_USER_INPUT naming rootCode otherwise. */
export function rootLevelOf(code: string): RegionLevel.PROVINCE | RegionLevel.CITY | RegionLevel.COUNTY {
  if (!/^[0-9]{12}$/.test(code))
    throw AppError.badInput('rootCode', 'must be the 12-digit statistical division code (统计用区划代码), e.g. 141122000000');
  if (code.slice(0, 2) === '00') throw AppError.badInput('rootCode', 'a code starts with its province’s two digits');
  if (/^[0-9]{2}0{10}$/.test(code)) return RegionLevel.PROVINCE;
  if (/^[0-9]{4}0{8}$/.test(code)) return RegionLevel.CITY;
  if (/^[0-9]{6}0{6}$/.test(code)) return RegionLevel.COUNTY;
  throw AppError.badInput('rootCode', 'the installation’s root is a province, a city or a county (its code ends in 10, 8 or 6 zeros)');
}

const USERNAME_RE = /^[a-z0-9][a-z0-9._-]{1,63}$/;

export class SetupService {
  constructor(private readonly ctx: Context) {}

  /**
   * Creates the root region (and the city above a county root) and the first bureau administrator, scoped to the
   * root, in one transaction; signs them in. A wrong token is BAD_USER_INPUT naming `token`; once any account exists
   * (setup done, or done by a concurrent request) CONFLICT with reason SETUP_DONE.
   */
  async complete(input: CompleteSetupInput): Promise<{ token: string; user: User }> {
    const { app, ip } = this.ctx;
    // Guessing a token is what a stranger on the network would try: the sign-in throttle counts these tries too.
    const admission = await app.throttle.admit(this.ctx.em, [[SIGN_IN_RULES.address, ip]]);
    if (!admission.admitted) throw AuthError.tooManyAttempts(admission.retryAfterSeconds);
    const level = rootLevelOf(input.rootCode.trim());
    const username = normaliseUsername(input.username);
    if (!USERNAME_RE.test(username))
      throw AppError.badInput('username', '2 to 64 letters, digits, dots, dashes or underscores, starting with a letter or digit');
    const displayName = input.displayName.trim();
    if (!displayName || displayName.length > 100) throw AppError.badInput('displayName', 'must be 1 to 100 characters');
    checkNewPassword(username, input.password, 'password');
    const cityName = input.cityName?.trim() ?? '';
    if (level === RegionLevel.COUNTY && !cityName) throw AppError.badInput('cityName', 'a county’s city is needed above it (e.g. 吕梁市)');
    const passwordHash = await hashPassword(input.password);

    const user = await this.ctx.em.transactional(async (em) => {
      // The row lock makes two concurrent setups take turns: the second finds the token gone.
      const row = await em.findOne(SetupToken, { id: 1 }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!row || (await hasAccounts(em))) {
        throw new AppError(ErrorCode.CONFLICT, 'This installation is already set up; sign in instead', { reason: 'SETUP_DONE' });
      }
      const given = Buffer.from(digest(input.token), 'hex');
      if (!timingSafeEqual(given, Buffer.from(row.tokenHash, 'hex'))) {
        throw new AppError(ErrorCode.BAD_USER_INPUT, 'token: not the setup token this server printed when it started', {
          field: 'token',
          reason: 'SETUP_TOKEN_INVALID',
        });
      }
      const code = input.rootCode.trim();
      let root: Region;
      if (level === RegionLevel.COUNTY) {
        const city = await createRegion(em, { parentId: null, level: RegionLevel.CITY, name: cityName, code: `${code.slice(0, 4)}00000000` });
        root = await createRegion(em, { parentId: city.id, level, name: input.rootName, code });
      } else {
        root = await createRegion(em, { parentId: null, level, name: input.rootName, code });
      }
      const admin = em.create(User, {
        id: crypto.randomUUID(),
        username,
        passwordHash,
        role: Role.BUREAU_ADMIN,
        displayName,
        scopeRegion: root.id,
      });
      em.remove(row);
      await em.flush();
      em.create(AuditEvent, {
        id: crypto.randomUUID(),
        actor: admin.id,
        county: level === RegionLevel.COUNTY ? root.id : null,
        action: SETUP_COMPLETED,
        entityType: 'Region',
        entityId: root.id,
        requestId: this.ctx.requestId,
        ip,
        details: { rootCode: code, level },
      });
      return admin;
    });
    await app.throttle.succeeded(this.ctx.em, admission);
    this.ctx.log.info({ event: 'setup_completed', userId: user.id }, 'installation set up');
    return { token: await app.tokens.sign(user.id, user.role, user.tokenVersion), user };
  }
}
