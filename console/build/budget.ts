import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

/** A chunk of Vite's build manifest (dist/.vite/manifest.json). */
interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}

export interface EagerFile {
  /** Path under dist/, e.g. `assets/main-abc123.js`. */
  file: string;
  bytes: number;
  brotliBytes: number;
}

/**
 * The JavaScript a page loads before it can show anything: its entry chunk and, transitively, the chunks that one
 * imports statically (Vite names them in the page's `<link rel="modulepreload">` tags); dynamic imports come later.
 * `page` is the page's key in the manifest, e.g. `index.html`.
 */
export function eagerScripts(distDir: string, page: string): EagerFile[] {
  const manifest = JSON.parse(readFileSync(join(distDir, '.vite/manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
  if (!manifest[page]) throw new Error(`${page} is not an entry of the console build's manifest`);
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const imported of manifest[key]?.imports ?? []) visit(imported);
  };
  visit(page);
  return [...seen].map((key) => builtFile(distDir, manifest[key]!.file));
}

/** A built file's size, and what the API sends of it: the build's own brotli copy, else the file compressed here alike. */
export function builtFile(distDir: string, file: string): EagerFile {
  const path = join(distDir, file);
  const body = readFileSync(path);
  const brotliBytes = existsSync(`${path}.br`)
    ? statSync(`${path}.br`).size
    : brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY } }).length;
  return { file, bytes: body.length, brotliBytes };
}

/**
 * Scripts the page names that are not chunks of the bundle: the service worker's registration (registerSW.js, written
 * by vite-plugin-pwa beside index.html). They load with the page, so they count against its budget too.
 */
export function otherScriptsNamedBy(distDir: string, page: string): EagerFile[] {
  return scriptsNamedBy(distDir, page)
    .filter((file) => !file.startsWith('assets/'))
    .map((file) => builtFile(distDir, file));
}

/** The scripts a built HTML page names itself: its module script and its modulepreload links. */
export function scriptsNamedBy(distDir: string, page: string): string[] {
  const html = readFileSync(join(distDir, page), 'utf8');
  const named = [...html.matchAll(/<(?:script[^>]*\bsrc|link[^>]*rel="modulepreload"[^>]*\bhref)="\/([^"]+\.js)"/g)].map((m) => m[1]!);
  return [...new Set(named)];
}
