import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SERVER_NODE_FLAGS } from '../src/runtime-flags.js';

// Every place that starts the server starts it with the same Node flags (src/runtime-flags.ts says why).
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const flags = SERVER_NODE_FLAGS.join(' ');

describe('the server is started with its Node flags everywhere', () => {
  it.each([
    ['npm start', JSON.parse(read('package.json')).scripts.start as string, `node ${flags} api/dist/src/main.js`],
    ['npm start in api/', JSON.parse(read('api/package.json')).scripts.start as string, `node ${flags} dist/src/main.js`],
    ['the Dockerfile', read('Dockerfile'), `CMD ${JSON.stringify(['node', ...SERVER_NODE_FLAGS, 'api/dist/src/main.js']).replaceAll(',', ', ')}`],
    ['README (systemd)', read('README.md'), `\`node ${flags} api/dist/src/main.js\``],
    ['the browser tests', read('e2e/playwright.config.ts'), `node ${flags} ../api/dist/src/main.js`],
    [
      'the console bench',
      read('e2e/console-bench.ts'),
      `[${SERVER_NODE_FLAGS.map((f) => `'${f}'`).join(', ')}, join(here, '../api/dist/src/main.js')]`,
    ],
  ])('%s', (_where: string, text: string, launch: string) => {
    expect(text).toContain(launch);
  });

  it('has no launch line left without them', () => {
    for (const path of ['package.json', 'api/package.json', 'Dockerfile', 'README.md', 'e2e/playwright.config.ts']) {
      const bare = read(path)
        .split('\n')
        .filter((line) => /\bnode"?,? "?(\.\.\/)?(api\/)?dist\/src\/main\.js/.test(line));
      expect({ path, bare }).toEqual({ path, bare: [] });
    }
  });
});
