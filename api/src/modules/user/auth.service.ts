import { dummyPasswordHash, verifyPassword } from '../../common/auth/password.js';
import type { Context } from '../../context.js';
import { AuthError } from './auth.error.js';
import { canSignIn, User } from './user.entity.js';

export function normaliseUsername(username: string): string {
  return username.trim().toLowerCase();
}

export class AuthService {
  constructor(private readonly ctx: Context) {}

  async login(username: string, password: string): Promise<{ token: string; user: User }> {
    const { byUsername, byAddress } = this.ctx.app.loginThrottle;
    const name = normaliseUsername(username);
    const wait = Math.max(byUsername.retryAfter(name), byAddress.retryAfter(this.ctx.ip));
    if (wait > 0) throw AuthError.tooManyAttempts(wait);

    const user = await this.ctx.em.findOne(User, { username: name }, { populate: ['passwordHash', 'adviser'] });
    const ok = user
      ? (await verifyPassword(user.passwordHash, password)) && canSignIn(user)
      : await verifyPassword(await dummyPasswordHash(), password).then(() => false);
    if (!user || !ok) {
      byUsername.fail(name);
      byAddress.fail(this.ctx.ip);
      // What was typed is not logged: people type passwords into the username field.
      this.ctx.log.info({ event: 'login_failed', ...(user ? { userId: user.id } : { knownUser: false }) }, 'sign-in refused');
      throw AuthError.invalidCredentials();
    }
    byUsername.reset(name);
    this.ctx.log.info({ event: 'login', userId: user.id }, 'signed in');
    return { token: await this.ctx.app.tokens.sign(user.id, user.role, user.tokenVersion), user };
  }
}
