import { createHmac, randomInt, timingSafeEqual } from 'node:crypto';
import { SIGN_IN_RULES } from '../../common/auth/throttle.js';
import { AppError, ErrorCode } from '../../common/errors/app-error.js';
import { isMainlandPhone, normalisePhone } from '../../common/validation/phone.js';
import type { Context } from '../../context.js';
import { Role } from '../../common/access/role.js';
import { AuthError } from '../user/auth.error.js';
import { User } from '../user/user.entity.js';
import { LoginCode } from './login-code.entity.js';
import { UnconfiguredCodeSender } from './code-sender.js';

export const CODE_TTL_MS = 5 * 60 * 1000;
export const MAX_ATTEMPTS = 5;

export class PhoneLoginService {
  constructor(private readonly ctx: Context) {}

  private hash(id: string, code: string): string {
    return createHmac('sha256', this.ctx.app.config.lookupKey).update(`${id}:${code}`).digest('hex');
  }

  private phone(value: string): string {
    const phone = normalisePhone(value);
    if (!isMainlandPhone(phone) || !/^1\d{10}$/.test(phone)) throw AppError.badInput('phone', 'must be a mainland mobile number');
    return phone;
  }

  /** Sends a code if a party account has this phone. The answer is the same either way, so it reveals no account. */
  async request(value: string): Promise<boolean> {
    const phone = this.phone(value);
    // Counted for every phone, known or not: refusing only known ones would tell who has an account.
    const admission = await this.ctx.app.throttle.admit(this.ctx.em, [[SIGN_IN_RULES.codeRequest, phone]]);
    if (!admission.admitted) {
      throw new AppError(ErrorCode.RATE_LIMITED, 'A code was requested for this phone less than a minute ago', {
        retryAfterSeconds: admission.retryAfterSeconds,
      });
    }
    const sender = this.ctx.app.codeSender;
    if (sender instanceof UnconfiguredCodeSender) {
      throw new AppError(ErrorCode.FORBIDDEN, 'Sign-in by SMS code is not configured on this server');
    }
    const user = await this.ctx.em.findOne(User, { role: Role.PARTY, person: { phone }, disabledAt: null });
    if (!user) return true;
    const id = crypto.randomUUID();
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    this.ctx.em.create(LoginCode, { id, phone, codeHash: this.hash(id, code), expiresAt: new Date(Date.now() + CODE_TTL_MS) });
    await this.ctx.em.flush();
    await sender.send(phone, code);
    return true;
  }

  async login(value: string, code: string): Promise<{ token: string; user: User }> {
    const phone = this.phone(value);
    if (!/^\d{6}$/.test(code)) throw AppError.badInput('code', 'must be the 6 digits sent to the phone');
    const current = await this.ctx.em.findOne(LoginCode, { phone, consumedAt: null, expiresAt: { $gt: new Date() }, attempts: { $lt: MAX_ATTEMPTS } }, {
      orderBy: { createdAt: 'desc' },
    });
    const wrong = () => new AuthError(ErrorCode.UNAUTHENTICATED, 'Wrong or expired code');
    if (!current) throw wrong();
    const ok = timingSafeEqual(Buffer.from(current.codeHash, 'hex'), Buffer.from(this.hash(current.id, code), 'hex'));
    if (!ok) {
      // Counted in SQL so that parallel guesses cannot share one attempt.
      await this.ctx.em.nativeUpdate(LoginCode, { id: current.id }, { attempts: current.attempts + 1 });
      throw wrong();
    }
    const consumed = await this.ctx.em.nativeUpdate(LoginCode, { id: current.id, consumedAt: null }, { consumedAt: new Date() });
    if (!consumed) throw wrong();
    const user = await this.ctx.em.findOne(User, { role: Role.PARTY, person: { phone }, disabledAt: null });
    if (!user) throw wrong();
    this.ctx.log.info({ event: 'login', userId: user.id, method: 'phone_code' }, 'signed in');
    return { token: await this.ctx.app.tokens.sign(user.id, user.role), user };
  }
}
