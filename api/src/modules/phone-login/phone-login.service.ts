import type { EntityManager } from '@mikro-orm/postgresql';
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

/** The party account a sign-in code for `phone` goes to, if any. The one place that decides how a phone finds an account. */
export function findPartyAccountByPhone(em: EntityManager, phone: string): Promise<User | null> {
  return em.findOne(User, { role: Role.PARTY, verifiedPhone: phone, disabledAt: null });
}

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

  /**
   * Sends a code if a party account has this phone. The answer is the same either way and comes before the account is
   * looked up (the lookup and the sending run afterwards), so neither its content nor its timing reveals an account.
   */
  async request(value: string): Promise<boolean> {
    const phone = this.phone(value);
    // Counted for every phone, known or not: refusing only known ones would tell who has an account.
    const admission = await this.ctx.app.throttle.admit(this.ctx.em, [
      [SIGN_IN_RULES.codeRequestAddress, this.ctx.ip],
      [SIGN_IN_RULES.codeRequest, phone],
    ]);
    if (!admission.admitted) {
      throw new AppError(ErrorCode.RATE_LIMITED, 'Too many sign-in codes were requested; wait before asking again', {
        retryAfterSeconds: admission.retryAfterSeconds,
      });
    }
    if (this.ctx.app.codeSender instanceof UnconfiguredCodeSender) {
      throw new AppError(ErrorCode.FORBIDDEN, 'Sign-in by SMS code is not configured on this server');
    }
    this.ctx.app.background.run('login_code_failed', () => this.send(phone), this.ctx.log);
    return true;
  }

  /** After the answer: a code for the phone's party account, if it has one. */
  private async send(phone: string): Promise<void> {
    const em = this.ctx.em.fork();
    const user = await findPartyAccountByPhone(em, phone);
    if (!user) return;
    const id = crypto.randomUUID();
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    em.create(LoginCode, { id, phone, codeHash: this.hash(id, code), expiresAt: new Date(this.ctx.app.now().getTime() + CODE_TTL_MS) });
    await em.flush();
    await this.ctx.app.codeSender.send(phone, code);
  }

  async login(value: string, code: string): Promise<{ token: string; user: User }> {
    const phone = this.phone(value);
    if (!/^\d{6}$/.test(code)) throw AppError.badInput('code', 'must be the 6 digits sent to the phone');
    const { em, app } = this.ctx;
    const admission = await app.throttle.admit(em, [[SIGN_IN_RULES.address, this.ctx.ip]]);
    if (!admission.admitted) throw AuthError.tooManyAttempts(admission.retryAfterSeconds);

    const wrong = (reason: 'NO_CODE' | 'WRONG_CODE') => {
      this.ctx.log.info({ event: 'login_failed', method: 'phone_code', reason }, 'sign-in refused');
      return new AuthError(ErrorCode.UNAUTHENTICATED, 'Wrong or expired code');
    };
    const now = app.now();
    // The attempt is counted, in one statement, before the code is compared: parallel guesses cannot share one.
    const [current] = await em.execute<{ id: string; code_hash: string }[]>(
      `update login_code set attempts = attempts + 1
       where id = (select id from login_code where phone = ? and consumed_at is null and expires_at > ? and attempts < ?
                   order by created_at desc limit 1)
         and consumed_at is null and expires_at > ? and attempts < ?
       returning id, code_hash`,
      [phone, now, MAX_ATTEMPTS, now, MAX_ATTEMPTS],
    );
    if (!current) throw wrong('NO_CODE');
    if (!timingSafeEqual(Buffer.from(current.code_hash, 'hex'), Buffer.from(this.hash(current.id, code), 'hex'))) throw wrong('WRONG_CODE');
    const consumed = await em.nativeUpdate(LoginCode, { id: current.id, consumedAt: null }, { consumedAt: now });
    if (!consumed) throw wrong('NO_CODE');
    const user = await findPartyAccountByPhone(em, phone);
    if (!user) throw wrong('NO_CODE');
    await app.throttle.succeeded(em, admission);
    this.ctx.log.info({ event: 'login', userId: user.id, method: 'phone_code' }, 'signed in');
    return { token: await app.tokens.sign(user.id, user.role, user.tokenVersion), user };
  }
}
