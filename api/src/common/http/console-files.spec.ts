import { describe, expect, it, beforeAll, afterAll } from '@jest/globals';
import express from 'express';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { acceptedEncodings, consoleFiles } from './console-files.js';

const SCRIPT = `console.log(${JSON.stringify('枫桥 '.repeat(2000))});`;
const INDEX = '<!doctype html><title>枫桥</title><script type="module" src="/assets/main-abc123.js"></script>';

let dir: string;
let server: Server;
let port: number;

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

function get(path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Answer> {
  return new Promise((done, fail) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => done({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', fail);
    req.end();
  });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'fq-console-files-'));
  mkdirSync(join(dir, 'assets'));
  mkdirSync(join(dir, '.vite'));
  writeFileSync(join(dir, 'assets/main-abc123.js'), SCRIPT);
  writeFileSync(join(dir, 'assets/main-abc123.js.br'), brotliCompressSync(SCRIPT));
  writeFileSync(join(dir, 'assets/main-abc123.js.gz'), gzipSync(SCRIPT));
  writeFileSync(join(dir, 'assets/only-gzip-def456.css'), 'body{}');
  writeFileSync(join(dir, 'assets/only-gzip-def456.css.gz'), gzipSync('body{}'));
  writeFileSync(join(dir, 'index.html'), INDEX);
  writeFileSync(join(dir, 'index.html.br'), brotliCompressSync(INDEX));
  writeFileSync(join(dir, 'graphiql.html'), '<!doctype html><title>GraphiQL</title>');
  writeFileSync(join(dir, 'favicon.svg'), '<svg/>');
  writeFileSync(join(dir, 'sw.js'), 'self.skipWaiting();');
  writeFileSync(join(dir, 'manifest.webmanifest'), '{"name":"枫桥"}');
  writeFileSync(join(dir, '.vite/manifest.json'), '{}');
  const app = express();
  app.use(consoleFiles(dir));
  app.use((_req, res) => res.status(404).send('not here'));
  server = app.listen(0, '127.0.0.1');
  await new Promise((ready) => server.once('listening', ready));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise((closed) => server.close(closed));
  rmSync(dir, { recursive: true, force: true });
});

describe('acceptedEncodings', () => {
  it('prefers brotli, honours q-values and refusals, and reads * as the rest', () => {
    expect(acceptedEncodings('gzip, deflate, br, zstd')).toEqual(['br', 'gzip']);
    expect(acceptedEncodings('br;q=0.5, gzip')).toEqual(['gzip', 'br']);
    expect(acceptedEncodings('br;q=0, gzip;q=0.8')).toEqual(['gzip']);
    expect(acceptedEncodings('*')).toEqual(['br', 'gzip']);
    expect(acceptedEncodings('*;q=0, gzip')).toEqual(['gzip']);
    expect(acceptedEncodings('identity')).toEqual([]);
    expect(acceptedEncodings(undefined)).toEqual([]);
  });
});

describe('console files', () => {
  it('sends a hashed asset brotli-compressed to a browser that accepts it, cached for good', async () => {
    const res = await get('/assets/main-abc123.js', { 'accept-encoding': 'gzip, deflate, br, zstd' });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toMatch(/^text\/javascript/);
    expect(res.headers.vary).toMatch(/Accept-Encoding/i);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(Number(res.headers['content-length'])).toBe(res.body.length);
    expect(res.body.length).toBeLessThan(Buffer.byteLength(SCRIPT) / 5);
    expect(brotliDecompressSync(res.body).toString()).toBe(SCRIPT);
  });

  it('sends gzip to a client without brotli, and the plain file to one without either', async () => {
    const gz = await get('/assets/main-abc123.js', { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString()).toBe(SCRIPT);

    const plain = await get('/assets/main-abc123.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.vary).toMatch(/Accept-Encoding/i);
    expect(plain.headers['content-type']).toMatch(/^text\/javascript/);
    expect(plain.body.toString()).toBe(SCRIPT);

    const refused = await get('/assets/main-abc123.js', { 'accept-encoding': 'br;q=0, gzip;q=0' });
    expect(refused.headers['content-encoding']).toBeUndefined();
    expect(refused.body.toString()).toBe(SCRIPT);
  });

  it('falls back to what exists: gzip when there is no brotli copy', async () => {
    const res = await get('/assets/only-gzip-def456.css', { 'accept-encoding': 'br, gzip' });
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers['content-type']).toMatch(/^text\/css/);
    expect(gunzipSync(res.body).toString()).toBe('body{}');
  });

  it('answers HEAD and conditional requests for the compressed copy', async () => {
    const head = await get('/assets/main-abc123.js', { 'accept-encoding': 'br' }, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.headers['content-encoding']).toBe('br');
    expect(head.body.length).toBe(0);
    const again = await get('/assets/main-abc123.js', { 'accept-encoding': 'br', 'if-none-match': String(head.headers.etag) });
    expect(again.status).toBe(304);
  });

  it('sends the console page for its routes and GraphiQL at /graphiql, never cached', async () => {
    for (const path of ['/', '/mediationCases/12/show']) {
      const res = await get(path, { 'accept-encoding': 'br' });
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.headers['content-encoding']).toBe('br');
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(brotliDecompressSync(res.body).toString()).toBe(INDEX);
    }
    const graphiql = await get('/graphiql', { 'accept-encoding': 'br' });
    expect(graphiql.headers['content-type']).toMatch(/^text\/html/);
    expect(graphiql.headers['content-encoding']).toBeUndefined();
    expect(graphiql.headers['cache-control']).toBe('no-cache');
    expect(graphiql.body.toString()).toContain('GraphiQL');
  });

  it('revalidates the installable app’s service worker and manifest on every visit, so a new version reaches phones', async () => {
    for (const path of ['/sw.js', '/manifest.webmanifest']) {
      const res = await get(path);
      expect([path, res.status, res.headers['cache-control']]).toEqual([path, 200, 'no-cache']);
    }
  });

  it('serves other build files briefly cached, and passes on what is not there, dotfiles and paths leaving the build', async () => {
    const icon = await get('/favicon.svg');
    expect(icon.status).toBe(200);
    expect(icon.headers['cache-control']).toBe('public, max-age=3600');
    for (const path of ['/assets/missing-000.js', '/nothing.js', '/.vite/manifest.json', '/assets/..%2f.vite/manifest.json', '/graphql', '/api/x']) {
      const res = await get(path, { 'accept-encoding': 'br' });
      expect([path, res.status, res.body.toString()]).toEqual([path, 404, 'not here']);
    }
  });
});
