import { SignJWT, errors as joseErrors, jwtVerify } from 'jose';
import { isId } from '../graphql/ids.js';

const ISSUER = 'fengqiao';
const AUDIENCE = 'fengqiao-api';

export class TokenService {
  constructor(
    private readonly secret: Uint8Array,
    private readonly ttlSeconds: number,
  ) {}

  /** `version` is the account's token version: raising it on the account revokes every token issued before. */
  async sign(userId: string, role: string, version: number): Promise<string> {
    return new SignJWT({ role, ver: version })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(userId)
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(`${this.ttlSeconds}s`)
      .sign(this.secret);
  }

  /** The user id and token version in a valid token; `expired` or `invalid` otherwise. */
  async verify(token: string): Promise<{ userId: string; version: number } | { error: 'expired' | 'invalid' }> {
    try {
      // A token without an expiry would never stop working; a subject that is no id names no user (and must not reach
      // PostgreSQL's uuid cast); the version says whether the account has revoked it since.
      const { payload } = await jwtVerify(token, this.secret, {
        issuer: ISSUER,
        audience: AUDIENCE,
        algorithms: ['HS256'],
        requiredClaims: ['exp', 'sub'],
      });
      if (!isId(payload.sub) || !Number.isInteger(payload.ver)) return { error: 'invalid' };
      return { userId: payload.sub, version: payload.ver as number };
    } catch (error) {
      return { error: error instanceof joseErrors.JWTExpired ? 'expired' : 'invalid' };
    }
  }
}
