/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { globSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { pwa } from './pwa.config';
import { precompress } from './build/precompress.ts';
import { signInShell } from './build/signInShell.ts';

const here = import.meta.dirname;

const testFiles = 'src/**/*.test.{ts,tsx}';
/** Test files that replace a module (vi.mock, vi.doMock): they run with a module graph of their own. */
const moduleMocking = globSync(testFiles, { cwd: here }).filter((file) => /\bvi\.(mock|doMock)\(/.test(readFileSync(resolve(here, file), 'utf8')));

/** The API serves GraphiQL at /graphiql; the dev server does the same so links work in both. */
const graphiqlRoute = (): Plugin => ({
  name: 'fengqiao-graphiql-route',
  configureServer(server) {
    server.middlewares.use((req, _res, next) => {
      if (req.url === '/graphiql' || req.url?.startsWith('/graphiql?')) req.url = req.url.replace('/graphiql', '/graphiql.html');
      next();
    });
  },
});

export default defineConfig({
  plugins: [react(), graphiqlRoute(), signInShell(), pwa(), precompress()],
  // Served by the API at `/`; every asset stays on the same origin (the console runs on offline networks).
  base: '/',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // dist/.vite/manifest.json: what each page loads, read by the bundle budget test (src/test/bundleBudget.test.ts).
    manifest: true,
    // GraphiQL brings monaco; its chunks are large by nature.
    chunkSizeWarningLimit: 5000,
    rolldownOptions: {
      input: {
        main: resolve(here, 'index.html'),
        graphiql: resolve(here, 'graphiql.html'),
      },
      onwarn(warning, warn) {
        // GraphiQL's React-compiler directives ("use no memo") are harmless once bundled.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
  // GraphiQL's monaco language workers are ES modules.
  worker: { format: 'es' },
  // The dev server's pre-bundler cannot follow `?worker` imports; vite serves these two files itself instead.
  optimizeDeps: { exclude: ['graphiql/setup-workers/vite', '@graphiql/react/setup-workers/vite'] },
  server: {
    port: 5173,
    proxy: { '/graphql': 'http://localhost:4200' },
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['src/test/setup.ts'],
    server: { deps: { inline: ['ra-data-graphql'] } },
    // Loading react-admin and MUI afresh for every file was half of the suite's time. Files share a worker's loaded
    // modules, except those that replace a module with vi.mock: a mock only takes where the module is not loaded yet,
    // so they keep a fresh module graph each.
    projects: [
      { extends: true, test: { name: 'shared', include: [testFiles], exclude: moduleMocking, isolate: false } },
      { extends: true, test: { name: 'module-mocks', include: moduleMocking, isolate: true } },
    ],
  },
});
