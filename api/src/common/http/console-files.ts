import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import { existsSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';

/** Hashed build output: its name changes with its content, so a browser keeps it for good. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** The HTML pages name the current asset files: always revalidated. */
export const NO_CACHE = 'no-cache';
/** Other files of the build (the icon): unhashed names, kept for an hour. */
const SHORT = 'public, max-age=3600';

/** Files of the installable app (vite-plugin-pwa) that must never be served stale. */
const UPDATES_THE_APP = new Set(['/sw.js', '/registerSW.js', '/manifest.webmanifest']);

type Encoding = 'br' | 'gzip';
const SUFFIX: Record<Encoding, string> = { br: '.br', gzip: '.gz' };

/**
 * The encodings a request accepts, best first, among those the build precompresses (RFC 9110 §12.5.3: q=0 refuses,
 * `*` stands for the others). Brotli before gzip when the client weighs them alike.
 */
export function acceptedEncodings(header: string | undefined): Encoding[] {
  if (!header) return [];
  const weights = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    weights.set(name.trim(), Number.isFinite(weight) ? weight : 0);
  }
  const weightOf = (encoding: Encoding) => weights.get(encoding) ?? weights.get('*') ?? 0;
  return (['br', 'gzip'] as const).filter((encoding) => weightOf(encoding) > 0).sort((a, b) => weightOf(b) - weightOf(a));
}

/**
 * Sends one file of the console build, as its precompressed `.br` or `.gz` copy (written by the console build) when the
 * browser accepts it: Content-Encoding names the copy, Content-Type the file itself, and Vary tells caches that the
 * answer depends on Accept-Encoding. A file that is not there passes the request on.
 */
function sendBuilt(root: string, path: string, cacheControl: string) {
  return (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    // `send` refuses paths leaving the root and dotfiles (the build's .vite/manifest.json) on its own.
    const options = { root, dotfiles: 'ignore' as const, cacheControl: false, index: false as const };
    const sendPlain = () => {
      res.setHeader('Cache-Control', cacheControl);
      res.sendFile(path, options, (error?: Error & { status?: number }) => {
        if (error && !res.headersSent) next(error.status === 404 ? undefined : error);
      });
    };
    if (path.endsWith('/')) return next();
    res.vary('Accept-Encoding');
    const file = resolve(root, `.${decodeSafely(path)}`);
    // A path leaving the root gets no compressed copy; `send` then refuses it.
    const inside = file.startsWith(`${resolve(root)}${sep}`);
    const encoding = inside ? acceptedEncodings(req.get('accept-encoding')).find((e) => existsSync(`${file}${SUFFIX[e]}`)) : undefined;
    if (!encoding) return sendPlain();
    res.type(extname(file) || 'application/octet-stream');
    res.setHeader('Content-Encoding', encoding);
    res.setHeader('Cache-Control', cacheControl);
    res.sendFile(`${path}${SUFFIX[encoding]}`, options, (error?: Error & { status?: number }) => {
      if (!error || res.headersSent) return;
      res.removeHeader('Content-Encoding');
      if (error.status === 404) return sendPlain();
      next(error);
    });
  };
}

function decodeSafely(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/**
 * The console and GraphiQL, prebuilt by the console package; both are plain files, no third-party URL. The HTML is
 * never cached (it names the current asset files); the hashed assets under /assets are cached for good. Each file goes
 * out brotli- or gzip-compressed from the build's copies when the browser accepts it. The build is looked for on each
 * request, so a server started before the first console build serves it once it exists.
 */
export function consoleFiles(consoleDir: string): Router {
  const router = express.Router();
  router.use('/assets', (req, res, next) => sendBuilt(join(consoleDir, 'assets'), req.path, IMMUTABLE)(req, res, next));
  router.get(['/graphiql', '/graphiql/'], sendBuilt(consoleDir, '/graphiql.html', NO_CACHE));
  router.get('/{*splat}', (req, res, next) => {
    // The service worker, its registration and the app's manifest name what the installed app runs: revalidated like
    // the HTML, so that a new version reaches phones at their next visit rather than an hour later.
    if (req.path.endsWith('.html') || UPDATES_THE_APP.has(req.path)) return sendBuilt(consoleDir, req.path, NO_CACHE)(req, res, next);
    if (!req.path.includes('.')) return next();
    return sendBuilt(consoleDir, req.path, SHORT)(req, res, next);
  });
  // The console's routes (/, /mediationCases/12/show, …) are the console's single page.
  router.get(['/', '/*splat'], (req, res, next) => {
    if (req.path.startsWith('/graphql') || req.path.startsWith('/api/') || req.path.includes('.')) return next();
    return sendBuilt(consoleDir, '/index.html', NO_CACHE)(req, res, next);
  });
  return router;
}
