import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { VitePWA } from 'vite-plugin-pwa';

const dist = resolve(import.meta.dirname, 'dist');

/** Navigations the service worker never answers with the app shell: the API, downloads (/files), GraphiQL, the public notice-board pages, any file by name. */
export const NEVER_THE_SHELL = [/^\/graphql/, /^\/api(\/|$)/, /^\/files(\/|$)/, /^\/graphiql/, /^\/v\//, /\/[^/]+\.[^/]+$/];

/**
 * The built files the console's page needs: index.html's scripts and styles and what they import, statically or
 * lazily, followed through the chunks. GraphiQL's page and its editor (megabytes, for developers online) are not
 * among them, however the bundle is split.
 */
export function appShellAssets(dir = dist): Set<string> {
  const seen = new Set<string>();
  const queue = ['index.html'];
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file) || !existsSync(join(dir, file))) continue;
    seen.add(file);
    const text = readFileSync(join(dir, file), 'utf8');
    for (const m of text.matchAll(/(?:\/?assets\/|\.\/)([\w.-]+\.(?:js|css))/g)) queue.push(`assets/${m[1]}`);
  }
  return seen;
}

/**
 * The console as an installable app (枫桥 on a village phone's home screen) whose shell opens without a signal: a web
 * manifest, and a service worker made by Workbox (generateSW) that precaches the built app shell only.
 *
 * The service worker caches nothing at run time: no `/graphql` answer, no `/api/` file, photo or export, no GraphiQL,
 * no download under `/files`, no public notice-board page (`/v/`). Those are confidential or must be current, and a shared phone must not keep
 * them; navigations to them always go to the server (navigateFallbackDenylist).
 */
export const pwa = () =>
  VitePWA({
    registerType: 'autoUpdate',
    injectRegister: 'script-defer',
    // The icons and favicon are in the shell by globPatterns already.
    includeManifestIcons: false,
    manifest: {
      name: '枫桥',
      short_name: '枫桥',
      description: '枫桥 · 法律顾问与人民调解工作平台 (Fengqiao: village legal advisers and people’s mediation)',
      lang: 'zh-CN',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      background_color: '#ffffff',
      theme_color: '#8c2f39',
      icons: [
        { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
        { src: '/icons/maskable-192.png', sizes: '192x192', type: 'image/png', purpose: 'maskable' },
        { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      ],
    },
    workbox: {
      // The app shell: the console's page, scripts, styles and icons. GraphiQL (a separate page, with its large editor)
      // is for developers online and stays out.
      globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
      globIgnores: ['graphiql.html'],
      manifestTransforms: [
        (entries) => {
          const shell = appShellAssets();
          return { manifest: entries.filter((e) => !e.url.startsWith('assets/') || shell.has(e.url)), warnings: [] };
        },
      ],
      maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
      navigateFallback: '/index.html',
      navigateFallbackDenylist: NEVER_THE_SHELL,
      // Nothing is cached while the app runs: every request other than the shell goes to the network.
      runtimeCaching: [],
      cleanupOutdatedCaches: true,
      clientsClaim: true,
      skipWaiting: true,
    },
  });
