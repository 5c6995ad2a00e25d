import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../src/config.js';

// The repository stands alone: someone who clones it finds every document that README and comments point at in
// docs/, and every "rule N" a comment cites is defined in docs/domain.md.

const SELF = 'api/test/repository.spec.ts';
const DOMAIN_DOC = 'docs/domain.md';

/** Paths outside the repository that once held the project's notes, and those notes' file names. */
const OUTSIDE = [/\.\.\/shared\//, /\/work\/shared/, /\b(?:DOMAIN|CONTRACT|ARCHITECTURE|MODEL|STACK)\.md\b/];

function outsideReferences(text: string): string[] {
  return text.split('\n').filter((line) => OUTSIDE.some((re) => re.test(line)));
}

function citedRules(text: string): number[] {
  return [...text.matchAll(/\brule (\d+)\b/gi)].map((m) => Number(m[1]));
}

/** The numbers of the items in the "## Rules" section: `1. **One village, one adviser**…`. */
function definedRules(domain: string): Set<number> {
  const section = domain.split(/^## /m).find((s) => s.startsWith('Rules'));
  return new Set([...(section ?? '').matchAll(/^(\d+)\. \*\*/gm)].map((m) => Number(m[1])));
}

function trackedTextFiles(): { path: string; text: string }[] {
  const paths = execFileSync('git', ['ls-files', '-z'], { cwd: REPO_ROOT, encoding: 'utf8' }).split('\0').filter(Boolean);
  return paths
    .filter((path) => !path.split('/').includes('node_modules') && existsSync(join(REPO_ROOT, path)))
    .map((path) => ({ path, bytes: readFileSync(join(REPO_ROOT, path)) }))
    .filter(({ bytes }) => !bytes.includes(0))
    .map(({ path, bytes }) => ({ path, text: bytes.toString('utf8') }));
}

describe('the repository', () => {
  const files = trackedTextFiles();

  it('finds the tracked files', () => {
    expect(files.map((f) => f.path)).toEqual(expect.arrayContaining(['README.md', DOMAIN_DOC, SELF]));
  });

  it('never points at documents outside itself', () => {
    const found = files.filter((f) => f.path !== SELF).flatMap((f) => outsideReferences(f.text).map((line) => `${f.path}: ${line.trim()}`));
    expect(found).toEqual([]);
  });

  it('defines in docs/domain.md every rule that a comment cites', () => {
    const defined = definedRules(readFileSync(join(REPO_ROOT, DOMAIN_DOC), 'utf8'));
    const undefinedCitations = files
      .filter((f) => f.path !== DOMAIN_DOC && f.path !== SELF)
      .flatMap((f) =>
        citedRules(f.text)
          .filter((n) => !defined.has(n))
          .map((n) => `${f.path}: rule ${n}`),
      );
    expect(undefinedCitations).toEqual([]);
  });

  describe('its checks', () => {
    it('catch a path to the old notes and a rule the domain does not define', () => {
      expect(outsideReferences('see `../shared/DOMAIN.md`\nfine\n// per CONTRACT.md "Lists"')).toHaveLength(2);
      expect(outsideReferences("DisputeType.CONTRACT = 'CONTRACT'")).toEqual([]);
      expect(citedRules('// Mediation ends within 30 days (rule 7); see Rule 13')).toEqual([7, 13]);
      expect([...definedRules('# D\n## Rules\n\n1. **One**\n7. **Seven**\n## Other\n8. **not a rule**\n')]).toEqual([1, 7]);
    });
  });
});
