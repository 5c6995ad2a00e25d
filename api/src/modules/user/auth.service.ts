import { dummyPasswordHash, verifyPassword } from '../../common/auth/password.js';
import { SIGN_IN_RULES } from '../../common/auth/throttle.js';
import type { Context } from '../../context.js';
import { AuthError } from './auth.error.js';
import { canSignIn, User } from './user.entity.js';

export function normaliseUsername(username: string): string {
  return username.trim().toLowerCase();
}

const SIGNED_IN = 'user:signedInAs';

/** Records that this request signed in as `userId`: the answer may show the account its own state. */
export function signedInAs(ctx: Context, userId: string): void {
  ctx.memo.set(SIGNED_IN, userId);
}

/** The account this request signed in as (login), if any: it has no viewer yet, but is the holder. */
export function justSignedIn(ctx: Context): string | null {
  return (ctx.memo.get(SIGNED_IN) as string | undefined) ?? null;
}

export class AuthService {
  constructor(private readonly ctx: Context) {}

  async login(username: string, password: string): Promise<{ token: string; user: User }> {
    const { em, ip, app } = this.ctx;
    const name = normaliseUsername(username);
    // Counted before the password is compared, so parallel guesses cannot all be judged.
    const admission = await app.throttle.admit(em, [
      [SIGN_IN_RULES.address, ip],
      [SIGN_IN_RULES.password, `${name}\n${ip}`],
    ]);
    if (!admission.admitted) throw AuthError.tooManyAttempts(admission.retryAfterSeconds);

    const user = await em.findOne(User, { username: name }, { populate: ['passwordHash', 'adviser'] });
    const ok = user
      ? (await verifyPassword(user.passwordHash, password)) && canSignIn(user)
      : await verifyPassword(await dummyPasswordHash(), password).then(() => false);
    if (!user || !ok) {
      // What was typed is not logged: people type passwords into the username field.
      this.ctx.log.info({ event: 'login_failed', ...(user ? { userId: user.id } : { knownUser: false }) }, 'sign-in refused');
      throw AuthError.invalidCredentials();
    }
    await app.throttle.succeeded(em, admission);
    this.ctx.log.info({ event: 'login', userId: user.id }, 'signed in');
    signedInAs(this.ctx, user.id);
    return { token: await app.tokens.sign(user.id, user.role, user.tokenVersion), user };
  }
}
