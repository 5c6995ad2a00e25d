import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appShellAssets, NEVER_THE_SHELL } from '../../pwa.config';

describe('the service worker of the installable console', () => {
  it('precaches the console page and what it loads, not GraphiQL’s editor', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fq-shell-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<script type="module" src="/assets/main-a1.js"></script><link href="/assets/main-a1.css">');
    writeFileSync(join(dir, 'assets/main-a1.js'), 'import"./shared-b2.js";const p=()=>import("./page-c3.js");');
    writeFileSync(join(dir, 'assets/main-a1.css'), 'body{}');
    writeFileSync(join(dir, 'assets/shared-b2.js'), 'export{}');
    writeFileSync(join(dir, 'assets/page-c3.js'), 'export{}');
    writeFileSync(join(dir, 'graphiql.html'), '<script src="/assets/graphiql-d4.js"></script>');
    writeFileSync(join(dir, 'assets/graphiql-d4.js'), 'import"./monaco-e5.js";import"./shared-b2.js"');
    writeFileSync(join(dir, 'assets/monaco-e5.js'), 'export{}');
    expect([...appShellAssets(dir)].sort()).toEqual([
      'assets/main-a1.css',
      'assets/main-a1.js',
      'assets/page-c3.js',
      'assets/shared-b2.js',
      'index.html',
    ]);
  });

  it('never answers the API, downloads, GraphiQL or the notice-board pages with the app shell', () => {
    const denied = (path: string) => NEVER_THE_SHELL.some((re) => re.test(path));
    for (const path of ['/graphql', '/api/exports/work-log.xlsx', '/api/uploads', '/files/x', '/graphiql', '/v/abc', '/sw.js']) {
      expect([path, denied(path)]).toEqual([path, true]);
    }
    for (const path of ['/', '/workLogEntries', '/workLogEntries/create', '/mediationCases/1/show'])
      expect([path, denied(path)]).toEqual([path, false]);
  });
});
