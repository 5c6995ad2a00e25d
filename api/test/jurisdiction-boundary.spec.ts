import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Only the jurisdiction helper builds region filters (issue 11): every other module asks it, so the fastest
 * predicate is the one used everywhere and no list or aggregate joins `region` on a path prefix of its own.
 */
const SRC = fileURLToPath(new URL('../src/', import.meta.url));
const HELPER = 'common/access/jurisdiction.ts';

/** What a hand-made region filter looks like, in the ORM and in raw SQL. */
const FORBIDDEN: Array<[RegExp, string]> = [
  [/path\s*:\s*\{\s*\$like/, 'a `path: { $like }` condition'],
  [/\bpath\s+(not\s+)?i?like\b/i, 'a `path like` in SQL'],
  // `req.path` is a URL and `...path.split` a file path; `region.path`, `scope.path`, `v.path` are region paths.
  [/\b(?!req\b)\w+\.path\.startsWith\(/, 'a path prefix test on a loaded region'],
  [/\b(?!req\b)\w+\.path\.split\(/, 'reading ancestors off a region path'],
  [/\bscopePath\b/, 'the viewer’s scope path (use scopePlaceOf and the helper)'],
];

/** The viewer and its scope may carry the path; they do not filter with it. */
const ALLOWED = new Set([HELPER, 'common/access/scope.ts', 'common/access/viewer.ts', 'common/auth/viewer-from-request.ts']);

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'migrations' ? [] : sources(path);
    return entry.name.endsWith('.ts') && !/\.(integration-)?spec\.ts$/.test(entry.name) ? [path] : [];
  });
}

describe('region filters', () => {
  it('are built only by the jurisdiction helper', () => {
    const found: string[] = [];
    for (const file of sources(SRC)) {
      const name = relative(SRC, file);
      if (ALLOWED.has(name)) continue;
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          for (const [pattern, what] of FORBIDDEN) if (pattern.test(line)) found.push(`${name}:${i + 1}: ${what}`);
        });
    }
    expect(found).toEqual([]);
  });

  it('and the viewer’s scope is read only by the feature policies (`<feature>.policy.ts`) and the access layer', () => {
    const found: string[] = [];
    for (const file of sources(SRC)) {
      const name = relative(SRC, file);
      if (name.startsWith('common/access/') || name.endsWith('.policy.ts')) continue;
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (/\b(regionScopeOf|scopePlaceOf|inRegionScope|regionsInScope)\(/.test(line)) found.push(`${name}:${i + 1}`);
        });
    }
    expect(found).toEqual([]);
  });

  it('would be caught in any module', () => {
    const caught = (line: string) => FORBIDDEN.some(([pattern]) => pattern.test(line));
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the string is a line of source code under test, template literal and all
    expect(caught('where.push({ village: { path: { $like: `${p}%` } } });')).toBe(true);
    expect(caught('join region v on v.id = t.village_id where v.path like ?')).toBe(true);
    expect(caught('if (!region.path.startsWith(scope.path)) throw')).toBe(true);
    expect(caught("const countyId = region.path.split('/')[1];")).toBe(true);
    expect(caught('const p = this.ctx.viewer?.scopePath;')).toBe(true);
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the string is a line of source code under test, template literal and all
    expect(caught('where.push({ name: { $like: `%${q}%` } });')).toBe(false);
    expect(caught("if (req.path.startsWith('/graphql')) return next();")).toBe(false);
    expect(caught("handle = await open(join(dir, ...path.split('/')), 'r');")).toBe(false);
  });
});
