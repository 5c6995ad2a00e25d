import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import { startTestApp, type TestApp } from './app.js';

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
  method: 'GET' | 'POST',
  path: string,
  options: { token?: string; authorization?: string; body?: Buffer | string; contentType?: string } = {},
): Promise<RestResponse> {
  const headers: Record<string, string> = {};
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
export async function startAppWithUploads(): Promise<TestApp & { uploadsDir: string }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'fq-uploads-'));
  const app = await startTestApp({ dataDir });
  const close = app.close;
  return Object.assign(app, {
    uploadsDir: app.config.uploadsDir,
    async close() {
      await close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  });
}

/** A real PNG, drawn pixel by pixel: truecolour, 8 bits, no interlace. */
export function makePng(width: number, height: number, colour: (x: number, y: number) => [number, number, number]): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(data.length, 0);
    head.write(type, 4, 'ascii');
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(Buffer.concat([Buffer.from(type, 'ascii'), data])), 0);
    return Buffer.concat([head, data, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y += 1) {
    raw[y * (width * 3 + 1)] = 0;
    for (let x = 0; x < width; x += 1) raw.set(colour(x, y), y * (width * 3 + 1) + 1 + x * 3);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0)),
  ]);
}

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

/** A 1×1 baseline JPEG. */
export const TINY_JPEG = Buffer.from(
  '/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=',
  'base64',
);
