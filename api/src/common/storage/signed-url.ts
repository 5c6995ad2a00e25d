import { createHmac, timingSafeEqual } from 'node:crypto';

/** How long a signed file link works. */
export const SIGNED_URL_TTL_SECONDS = 10 * 60;

export interface FileUrlSigner {
  /** `/files/<id>?exp=<unix seconds>&sig=<base64url HMAC>` */
  url(attachmentId: string, nowMs?: number): string;
  /** True when the signature is ours for this id and expiry and the expiry has not passed. */
  verify(attachmentId: string, exp: unknown, sig: unknown, nowMs?: number): boolean;
}

const signers = new WeakMap<Uint8Array, FileUrlSigner>();

/**
 * Signed links let an <img> load a photo without the bearer token, for a short while. The HMAC key is derived from
 * the JWT secret with its own label, so a file signature can never be replayed as a token or the other way round.
 */
export function fileUrlSigner(jwtSecret: Uint8Array): FileUrlSigner {
  const cached = signers.get(jwtSecret);
  if (cached) return cached;
  const key = createHmac('sha256', jwtSecret).update('fengqiao/file-url/v1').digest();
  const mac = (id: string, exp: number) => createHmac('sha256', key).update(`${id}.${exp}`).digest();
  const signer: FileUrlSigner = {
    url(attachmentId, nowMs = Date.now()) {
      const exp = Math.floor(nowMs / 1000) + SIGNED_URL_TTL_SECONDS;
      return `/files/${attachmentId}?exp=${exp}&sig=${mac(attachmentId, exp).toString('base64url')}`;
    },
    verify(attachmentId, exp, sig, nowMs = Date.now()) {
      if (typeof exp !== 'string' || !/^\d{1,12}$/.test(exp) || typeof sig !== 'string' || !/^[A-Za-z0-9_-]{43}$/.test(sig)) return false;
      const expiry = Number(exp);
      if (expiry * 1000 <= nowMs) return false;
      const given = Buffer.from(sig, 'base64url');
      const expected = mac(attachmentId, expiry);
      return given.length === expected.length && timingSafeEqual(given, expected);
    },
  };
  signers.set(jwtSecret, signer);
  return signer;
}
