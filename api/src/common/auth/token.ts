import { SignJWT, errors as joseErrors, jwtVerify } from 'jose';
import { isId } from '../graphql/ids.js';

const ISSUER = 'fengqiao';
const AUDIENCE = 'fengqiao-api';

export class TokenService {
  constructor(
    private readonly secret: Uint8Array,
    private readonly ttlSeconds: number,
  ) {}

  async sign(userId: string, role: string): Promise<string> {
    return new SignJWT({ role })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(userId)
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(`${this.ttlSeconds}s`)
      .sign(this.secret);
  }

  /** The user id in a valid token; `expired` or `invalid` otherwise. */
  async verify(token: string): Promise<{ userId: string } | { error: 'expired' | 'invalid' }> {
    try {
      // A token without an expiry would never stop working; a subject that is no id names no user (and must not reach
      // PostgreSQL's uuid cast).
      const { payload } = await jwtVerify(token, this.secret, {
        issuer: ISSUER, audience: AUDIENCE, algorithms: ['HS256'], requiredClaims: ['exp', 'sub'],
      });
      return isId(payload.sub) ? { userId: payload.sub } : { error: 'invalid' };
    } catch (error) {
      return { error: error instanceof joseErrors.JWTExpired ? 'expired' : 'invalid' };
    }
  }
}
