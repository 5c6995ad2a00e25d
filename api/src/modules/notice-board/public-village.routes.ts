import { type Request, type Response, Router } from 'express';
import type { ThrottleRule } from '../../common/auth/throttle.js';
import type { RouteDeps } from '../../common/http/auth.js';
import { handle } from '../../common/http/errors.js';
import type { Context } from '../../context.js';
import { NoticeBoardService } from './notice-board.service.js';
import { notFoundHtml, publicVillageHtml, tooManyHtml } from './public-village.html.js';

/**
 * Public page opens from one address: `limit` of them (page and photo alike), then a minute's wait, doubling while
 * it keeps on (at most a quarter of an hour); forgotten a minute after the last.
 */
export function publicPageRule(limit: number): ThrottleRule {
  return { name: 'public_page', limit, firstWaitMs: 60_000, growth: 2, maxWaitMs: 15 * 60_000, forgetAfterMs: 60_000, onSuccess: 'reset' };
}

/** Only what a browser needs: this server's image, the inline style, nothing else loaded, nothing run, no framing. */
const CSP = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

function publicContext(deps: RouteDeps, req: Request): Context {
  return {
    em: deps.orm.em.fork(),
    viewer: null,
    requestId: req.id,
    ip: req.ip ?? 'unknown',
    log: req.log,
    app: deps.services,
    memo: new Map(),
  };
}

/** The origin the request reached (behind TRUST_PROXY, the one the client used). */
export function requestOrigin(req: Request): string {
  return `${req.protocol}://${req.get('host') ?? 'localhost'}`;
}

/**
 * `GET /v/<village code>`: a village's public page, what its notice board's QR code opens, for anyone without
 * signing in; `GET /v/<village code>/photo.jpg`: the portrait on it. Each open counts against the address.
 */
export function publicVillageRoutes(deps: RouteDeps): Router {
  const router = Router();
  const rule = publicPageRule(deps.services.config.publicPageLimit);

  /** Whether the address may open one more; answers 429 (an HTML page) when it must wait. */
  async function admitted(ctx: Context, res: Response): Promise<boolean> {
    const admission = await deps.services.throttle.admit(ctx.em, [[rule, ctx.ip]]);
    if (admission.admitted) return true;
    res.status(429).set({ 'Retry-After': String(admission.retryAfterSeconds), 'Cache-Control': 'no-store' });
    send(res, tooManyHtml(admission.retryAfterSeconds));
    return false;
  }

  function send(res: Response, html: string) {
    res.set({
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': CSP,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    });
    res.end(html);
  }

  router.get(
    '/v/:code',
    handle(async (req, res) => {
      const ctx = publicContext(deps, req);
      if (!(await admitted(ctx, res))) return;
      const code = String(req.params.code);
      const page = await new NoticeBoardService(ctx, requestOrigin(req)).publicPage(code);
      if (!page) {
        res.status(404).set('Cache-Control', 'no-store');
        return send(res, notFoundHtml());
      }
      // Boards change when an adviser is reassigned: a few minutes' caching spares the server a crowd's rescans.
      res.set('Cache-Control', 'public, max-age=300');
      send(res, publicVillageHtml(page, `/v/${encodeURIComponent(code)}/photo.jpg`));
    }),
  );

  router.get(
    '/v/:code/photo.jpg',
    handle(async (req, res) => {
      const ctx = publicContext(deps, req);
      if (!(await admitted(ctx, res))) return;
      const photo = await new NoticeBoardService(ctx, requestOrigin(req)).publicPhoto(String(req.params.code));
      if (!photo) {
        res.status(404).set('Cache-Control', 'no-store');
        return send(res, notFoundHtml());
      }
      res.set({
        'Content-Type': 'image/jpeg',
        'Content-Length': String(photo.length),
        'Cache-Control': 'public, max-age=300',
        'X-Content-Type-Options': 'nosniff',
        'Content-Security-Policy': "default-src 'none'",
      });
      res.end(photo);
    }),
  );
  return router;
}
