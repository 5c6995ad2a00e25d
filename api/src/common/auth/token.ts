import { createSecretKey, type KeyObject } from 'node:crypto';
import { SignJWT, errors as joseErrors, jwtVerify } from 'jose';
import { isId } from '../graphql/ids.js';

const ISSUER = 'fengqiao';
const AUDIENCE = 'fengqiao-api';
/** Verified tokens remembered (most recently used first out last); a console user sends the same token for hours. */
const VERIFIED_CACHE_SIZE = 5000;

interface Verified {
  userId: string;
  version: number;
  /** Seconds since the epoch after which the token is expired. */
  exp: number;
}

export class TokenService {
  /** The secret imported once as a key object (jose would import the raw bytes again on every call). */
  private readonly key: KeyObject;
  /**
   * Tokens whose signature and claims were checked, by their text. A hit skips the HMAC only: expiry is checked on
   * every call, and revocation (the account's token version, disabled accounts) by the caller against the database.
   */
  private readonly verified = new Map<string, Verified>();

  constructor(
    secret: Uint8Array,
    private readonly ttlSeconds: number,
  ) {
    this.key = createSecretKey(secret);
  }

  /** `version` is the account's token version: raising it on the account revokes every token issued before. */
  async sign(userId: string, role: string, version: number): Promise<string> {
    return new SignJWT({ role, ver: version })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(userId)
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(`${this.ttlSeconds}s`)
      .sign(this.key);
  }

  /** The user id and token version in a valid token; `expired` or `invalid` otherwise. */
  async verify(token: string): Promise<{ userId: string; version: number } | { error: 'expired' | 'invalid' }> {
    const known = this.verified.get(token);
    if (known) {
      if (Date.now() / 1000 >= known.exp) {
        this.verified.delete(token);
        return { error: 'expired' };
      }
      // Most recently used last, so that the oldest is the first evicted.
      this.verified.delete(token);
      this.verified.set(token, known);
      return { userId: known.userId, version: known.version };
    }
    try {
      // A token without an expiry would never stop working; a subject that is no id names no user (and must not reach
      // PostgreSQL's uuid cast); the version says whether the account has revoked it since.
      const { payload } = await jwtVerify(token, this.key, {
        issuer: ISSUER,
        audience: AUDIENCE,
        algorithms: ['HS256'],
        requiredClaims: ['exp', 'sub'],
      });
      if (!isId(payload.sub) || !Number.isInteger(payload.ver)) return { error: 'invalid' };
      const verified = { userId: payload.sub, version: payload.ver as number, exp: payload.exp! };
      this.verified.set(token, verified);
      if (this.verified.size > VERIFIED_CACHE_SIZE) this.verified.delete(this.verified.keys().next().value!);
      return { userId: verified.userId, version: verified.version };
    } catch (error) {
      return { error: error instanceof joseErrors.JWTExpired ? 'expired' : 'invalid' };
    }
  }
}
