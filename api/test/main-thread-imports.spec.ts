import { describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DOCUMENTS_MODULE } from '../src/documents-module.js';

// The packages a request rarely needs in the API's own thread: documents render in worker threads (src/documents.ts
// is loaded there only), photos and uploaded workbooks load theirs on first use (common/on-first-use.ts). Imported at
// start they held 40–60 MB of every API process. This walks the static imports the server's modules load (type-only
// imports are erased by the compiler) and fails on any of them.
const HEAVY = ['exceljs', 'pdfkit', 'sharp', 'qrcode', 'tencentcloud-sdk-nodejs-sms', '@fast-csv/format'];

const src = resolve(dirname(fileURLToPath(import.meta.url)), '../src');
const IMPORT = /^\s*(?:import|export)\s+(?!type\b)(?:[^'"]*?\s+from\s+)?['"]([^'"]+)['"]/gm;

function packagesLoadedFrom(entry: string): Map<string, string> {
  const packages = new Map<string, string>();
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const [, spec] of text.matchAll(IMPORT)) {
      if (spec!.startsWith('.')) visit(join(dirname(file), spec!.replace(/\.js$/, '.ts')));
      else if (!spec!.startsWith('node:') && !packages.has(spec!)) packages.set(spec!, file.slice(src.length + 1));
    }
  };
  visit(entry);
  return packages;
}

describe('what the API thread loads at start', () => {
  it('finds imports through the module graph (the walk works)', () => {
    const loaded = packagesLoadedFrom(join(src, 'server.ts'));
    expect(loaded.has('graphql')).toBe(true);
    expect(loaded.has('@mikro-orm/postgresql')).toBe(true);
    // src/documents.ts, walked on its own, reaches the renderers' packages.
    const documents = packagesLoadedFrom(join(src, 'documents.ts'));
    expect(documents.has('pdfkit')).toBe(true);
  });

  it('imports none of the document, image and SMS packages', () => {
    // The worker threads are given the renderers' module by URL; it must name the file beside it.
    expect(existsSync(fileURLToPath(DOCUMENTS_MODULE))).toBe(true);
    expect(fileURLToPath(DOCUMENTS_MODULE)).toBe(join(src, 'documents.ts'));
    const loaded = packagesLoadedFrom(join(src, 'main.ts'));
    const heavy = HEAVY.filter((p) => loaded.has(p)).map((p) => `${p} (from ${loaded.get(p)})`);
    expect(heavy).toEqual([]);
  });
});
