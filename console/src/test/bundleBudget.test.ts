import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { eagerScripts, otherScriptsNamedBy, scriptsNamedBy } from '../../build/budget';

/**
 * The sign-in page on a village phone (1.6 Mbps, 150 ms): every 100 KB of compressed JavaScript before the form costs
 * about half a second to download and more to parse. Resource pages, custom pages, charts and the data provider load
 * after signing in, on the route that needs them.
 */
const SIGN_IN_BUDGET_BYTES = 300 * 1024;

const dist = resolve(import.meta.dirname, '../../dist');
describe('bundle budget of the console build', () => {
  beforeAll(() => {
    // turbo builds the console before its tests (console/turbo.json); by hand: npm run build -w @fengqiao/console
    if (!existsSync(resolve(dist, '.vite/manifest.json'))) throw new Error('no console build with a manifest in console/dist: build it first');
  });

  it('the sign-in page loads less than 300 KB of brotli-compressed JavaScript before the form', () => {
    const scripts = [...eagerScripts(dist, 'index.html'), ...otherScriptsNamedBy(dist, 'index.html')];
    const total = scripts.reduce((sum, s) => sum + s.brotliBytes, 0);
    const listing = scripts.map((s) => `${s.file}: ${(s.brotliBytes / 1024).toFixed(1)} KB br (${(s.bytes / 1024).toFixed(0)} KB)`).join('\n');
    expect(total, `the sign-in page's eager JavaScript is ${(total / 1024).toFixed(1)} KB br:\n${listing}`).toBeLessThan(SIGN_IN_BUDGET_BYTES);
  });

  it('the manifest names the same bundle chunks as index.html loads (beside the service worker’s registration)', () => {
    const fromManifest = eagerScripts(dist, 'index.html').map((s) => s.file);
    expect(new Set(scriptsNamedBy(dist, 'index.html').filter((f) => f.startsWith('assets/')))).toEqual(new Set(fromManifest));
    expect(otherScriptsNamedBy(dist, 'index.html').map((s) => s.file)).toEqual(['registerSW.js']);
  });
});
