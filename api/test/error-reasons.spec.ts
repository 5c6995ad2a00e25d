import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONSTRAINT_REASONS } from '../src/common/errors/db-errors.js';
import { REASONS } from '../src/common/errors/reasons.js';

// Static checks of the error catalogue: every CONFLICT the code builds carries a reason, every reason is catalogued
// (with its Chinese message) and documented, and every constraint of the schema maps to one.

const api = join(dirname(fileURLToPath(import.meta.url)), '..');
const root = join(api, '..');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return e.name.endsWith('.ts') && !e.name.includes('spec') ? [path] : [];
  });
}

/** The text of a call from its opening parenthesis to the one that closes it (strings may not hold parentheses). */
function callAt(text: string, open: number): string {
  let depth = 0;
  for (let i = open; i < text.length; i += 1) {
    if (text[i] === '(') depth += 1;
    else if (text[i] === ')' && --depth === 0) return text.slice(open, i + 1);
  }
  return text.slice(open);
}

/** Every `…(ErrorCode.CONFLICT, …)` construction in api/src, with where it is. */
function conflictConstructions(): { where: string; call: string }[] {
  const found: { where: string; call: string }[] = [];
  for (const file of sources(join(api, 'src'))) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/\(\s*ErrorCode\.CONFLICT\s*,/g)) {
      const line = text.slice(0, m.index).split('\n').length;
      found.push({ where: `${relative(api, file)}:${line}`, call: callAt(text, m.index!) });
    }
  }
  return found;
}

describe('the error catalogue', () => {
  const constructions = conflictConstructions();

  it('finds the CONFLICTs the modules build (the scan works)', () => {
    expect(constructions.length).toBeGreaterThan(20);
    expect(constructions.some((c) => c.call.includes("'MONTH_SUBMITTED'"))).toBe(true);
  });

  it('builds no CONFLICT without a reason', () => {
    const without = constructions.filter((c) => !/\breason\b/.test(c.call)).map((c) => c.where);
    expect(without).toEqual([]);
  });

  it('gives CONFLICTs only catalogued CONFLICT reasons', () => {
    const named = constructions.flatMap((c) => [...c.call.matchAll(/reason: '([A-Za-z_]+)'/g)].map((m) => ({ where: c.where, reason: m[1]! })));
    const unknown = named.filter((n) => (REASONS as Record<string, { code: string }>)[n.reason]?.code !== 'CONFLICT');
    expect(unknown).toEqual([]);
  });

  it('maps every unique or exclusion constraint of the migrations to a reason', () => {
    const dir = join(api, 'src', 'db', 'migrations');
    const text = readdirSync(dir)
      .filter((f) => f.endsWith('.ts'))
      .map((f) => readFileSync(join(dir, f), 'utf8'))
      .join('\n');
    const names = new Set(
      [...text.matchAll(/constraint \\?"([a-z0-9_]+)\\?" (?:unique|exclude)|create unique index (?:if not exists )?\\?"([a-z0-9_]+)/gi)].map(
        (m) => m[1] ?? m[2]!,
      ),
    );
    expect(names.size).toBeGreaterThan(30);
    expect([...names].filter((n) => !CONSTRAINT_REASONS[n])).toEqual([]);
    for (const reason of Object.values(CONSTRAINT_REASONS)) expect(REASONS[reason].code).toBe('CONFLICT');
  });

  it('documents every reason in docs/api-conventions.md, with its code', () => {
    const docs = readFileSync(join(root, 'docs', 'api-conventions.md'), 'utf8');
    const rows = docs.split('\n').filter((l) => l.startsWith('| `'));
    const missing = Object.entries(REASONS)
      .filter(([reason, { code }]) => !rows.some((row) => row.startsWith(`| \`${code}\``) && row.includes(`\`${reason}\``)))
      .map(([reason]) => reason);
    expect(missing).toEqual([]);
  });

  it('has a Chinese message for every reason, its %{names} plain words', () => {
    for (const [reason, { zh }] of Object.entries(REASONS)) {
      expect([reason, /[\u4e00-\u9fff]/.test(zh)]).toEqual([reason, true]);
      for (const m of zh.matchAll(/%\{(\w+)\}/g)) expect(['month', 'village', 'retiredOn']).toContain(m[1]);
    }
  });
});
