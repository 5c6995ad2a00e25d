import type { EntityManager } from '@mikro-orm/postgresql';
import { canSignIn, SessionEndReason, User } from '../../modules/user/user.entity.js';
import { Role } from '../access/role.js';
import { AuthError } from '../../modules/user/auth.error.js';
import type { Viewer } from '../access/viewer.js';
import type { TokenService } from './token.js';
import { PRIMARY } from '../../db/replicas.js';

const BEARER_RE = /^Bearer ([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)$/;

/**
 * The viewer named by the Authorization header. No header: anonymous. A header that is malformed, expired, revoked
 * (issued before the account's token version was raised), or names a disabled or deleted user or an adviser who is
 * not ACTIVE: UNAUTHENTICATED, so a client learns to sign in again instead of silently seeing less. `reason` says
 * which: expired, invalid, ACCOUNT_DISABLED, or why the sessions ended (PASSWORD_CHANGED, PASSWORD_RESET,
 * SESSION_ENDED).
 */
export async function viewerFromAuthorization(header: string | undefined, tokens: TokenService, em: EntityManager): Promise<Viewer | null> {
  if (header === undefined || header === '') return null;
  const match = BEARER_RE.exec(header.trim());
  if (!match) throw AuthError.badToken('invalid');
  const verified = await tokens.verify(match[1]!);
  if ('error' in verified) throw AuthError.badToken(verified.error);
  // From the primary, always: a replica that lags would accept a token revoked a moment ago, or a disabled account.
  const user = await em.findOne(User, { id: verified.userId }, { populate: ['scopeRegion', 'adviser'], ...PRIMARY });
  if (!user) throw AuthError.badToken('invalid');
  if (!canSignIn(user)) throw AuthError.sessionEnded('ACCOUNT_DISABLED');
  if (user.tokenVersion !== verified.version) {
    const by = user.sessionsEndedBy;
    throw AuthError.sessionEnded(
      by === SessionEndReason.PASSWORD_CHANGED || by === SessionEndReason.PASSWORD_RESET ? by : SessionEndReason.SESSION_ENDED,
    );
  }
  const scope = user.scopeRegion?.getEntity();
  return {
    id: user.id,
    username: user.username,
    role: user.role,
    displayName: user.displayName,
    scopeRegionId: scope?.id ?? null,
    scopePath: scope?.path ?? null,
    scopeLevel: scope?.level ?? null,
    adviserId: user.adviser?.id ?? null,
    partyPhone: user.role === Role.PARTY ? (user.verifiedPhone ?? null) : null,
    mustChangePassword: user.mustChangePassword,
  };
}
