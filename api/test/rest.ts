import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Config } from '../src/config.js';
import { startTestApp, type TestApp, type TestAppOptions } from './app.js';

// Helpers for the REST routes beside GraphQL (uploads, files, PDFs, workbooks).

export interface RestResponse {
  status: number;
  headers: Headers;
  bytes: Buffer;
  /** The body parsed as JSON when it is JSON. */
  json: any;
}

export async function rest(
  app: TestApp,
  method: 'GET' | 'POST' | 'PUT',
  path: string,
  options: { token?: string; authorization?: string; body?: Buffer | string; contentType?: string; acceptLanguage?: string | null } = {},
): Promise<RestResponse> {
  // English messages unless asked otherwise: the tests read them (the server's default is Chinese).
  const headers: Record<string, string> = {};
  const acceptLanguage = options.acceptLanguage === undefined ? 'en' : options.acceptLanguage;
  if (acceptLanguage) headers['accept-language'] = acceptLanguage;
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.authorization) headers.authorization = options.authorization;
  if (options.contentType) headers['content-type'] = options.contentType;
  const res = await fetch(`${app.url}${path}`, { method, headers, body: options.body });
  const bytes = Buffer.from(await res.arrayBuffer());
  let json: any;
  if (res.headers.get('content-type')?.includes('json')) json = JSON.parse(bytes.toString('utf8'));
  return { status: res.status, headers: res.headers, bytes, json };
}

export async function upload(app: TestApp, token: string, bytes: Buffer, contentType: string): Promise<RestResponse> {
  return rest(app, 'POST', '/api/uploads', { token, body: bytes, contentType });
}

/** A test app whose uploads go to a fresh temporary directory, removed on close. */
export async function startAppWithUploads(overrides: Partial<Config> = {}, options: TestAppOptions = {}): Promise<TestApp & { uploadsDir: string }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'fq-uploads-'));
  const app = await startTestApp({ ...overrides, dataDir }, options);
  const close = app.close;
  return Object.assign(app, {
    uploadsDir: app.config.uploadsDir,
    async close() {
      await close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  });
}

export { makePng } from '../src/common/images/png.js';
import { makePng } from '../src/common/images/png.js';

/** A portrait "photo": a sky-to-ground gradient with a darker head and shoulders, 240×320. */
export function portraitPng(): Buffer {
  return makePng(240, 320, (x, y) => {
    const head = (x - 120) ** 2 + (y - 120) ** 2 < 55 ** 2;
    const shoulders = y > 200 && (x - 120) ** 2 / 110 ** 2 + (y - 330) ** 2 / 130 ** 2 < 1;
    if (head) return [224, 186, 160];
    if (shoulders) return [40, 60, 110];
    return [200 - Math.round(y / 8), 215 - Math.round(y / 10), 235];
  });
}

/** An 8×8 baseline JPEG that decodes (the photo checks decode every image). */
export const TINY_JPEG = Buffer.from(
  '/9j/2wBDAAYEBQYFBAYGBQYHBwYIChAKCgkJChQODwwQFxQYGBcUFhYaHSUfGhsjHBYWICwgIyYnKSopGR8tMC0oMCUoKSj/2wBDAQcHBwoIChMKChMoGhYaKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCj/wAARCAAIAAgDASIAAhEBAxEB/8QAFQABAQAAAAAAAAAAAAAAAAAAAAb/xAAUEAEAAAAAAAAAAAAAAAAAAAAA/8QAFAEBAAAAAAAAAAAAAAAAAAAABf/EABQRAQAAAAAAAAAAAAAAAAAAAAD/2gAMAwEAAhEDEQA/AKEA+Ff/2Q==',
  'base64',
);
