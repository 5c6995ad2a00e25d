import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readdirSync } from 'node:fs';
import { demoAccount } from '@fengqiao/seeds';
import type { TestApp } from '../../../test/app.js';
import { makePng, startAppWithUploads, upload } from '../../../test/rest.js';
import { addOfficeAccount } from '../../../test/work-log-fixtures.js';
import { Attachment } from './attachment.entity.js';

const HOUR = 3600;
const photo = (shade: number) => makePng(6, 6, (x, y) => [shade, x * 40, y * 40]);

/** Every file under the uploads directory, so a refused upload can be shown to leave none behind. */
function filesUnder(dir: string): number {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).length;
  } catch {
    return 0;
  }
}

describe('per-user upload quota', () => {
  let app: TestApp & { uploadsDir: string };
  const rows = (username: string) => app.orm.em.fork().count(Attachment, { uploadedBy: demoAccount(username).id });

  /** An upload made earlier, written as a row the way the service writes one. */
  async function earlierUpload(username: string, size: number, secondsAgo: number) {
    const em = app.orm.em.fork();
    em.create(Attachment, {
      id: crypto.randomUUID(),
      mime: 'image/png',
      size,
      sha256: '0'.repeat(64),
      storageKey: `images/2026-01/${crypto.randomUUID()}`,
      uploadedBy: demoAccount(username).id,
      createdAt: new Date(Date.now() - secondsAgo * 1000),
    });
    await em.flush();
  }

  beforeAll(async () => {
    // A small quota injected for the test: 3 uploads an hour, 50 kB a day.
    app = await startAppWithUploads({ uploadQuota: { uploadsPerHour: 3, bytesPerDay: 50_000 } });
  });
  afterAll(() => app.close());

  it('refuses the upload after the hourly count with 429 RATE_LIMITED and retryAfterSeconds, storing nothing', async () => {
    const token = await app.login('adviser.1');
    for (let i = 0; i < 3; i += 1) expect((await upload(app, token, photo(i), 'image/png')).status).toBe(201);
    const before = { rows: await rows('adviser.1'), files: filesUnder(app.uploadsDir) };
    const res = await upload(app, token, photo(9), 'image/png');
    expect(res.status).toBe(429);
    expect(res.json.errors[0].extensions).toEqual({ code: 'RATE_LIMITED', reason: 'UPLOADS_PER_HOUR', retryAfterSeconds: expect.any(Number) });
    // The oldest of the three leaves the hour in just under an hour.
    expect(res.json.errors[0].extensions.retryAfterSeconds).toBeGreaterThan(HOUR - 120);
    expect(res.json.errors[0].extensions.retryAfterSeconds).toBeLessThanOrEqual(HOUR);
    expect(res.headers.get('retry-after')).toBe(String(res.json.errors[0].extensions.retryAfterSeconds));
    expect({ rows: await rows('adviser.1'), files: filesUnder(app.uploadsDir) }).toEqual(before);
    // The quota is the uploader's own: another user still uploads.
    expect((await upload(app, await app.login('office.tianning'), photo(9), 'image/png')).status).toBe(201);
  });

  it('refuses bytes past the daily quota until the oldest upload in the way is 24 hours old', async () => {
    const token = await app.login('adviser.2');
    // Older than a day: does not count.
    await earlierUpload('adviser.2', 1_000_000, 25 * HOUR);
    expect((await upload(app, token, photo(1), 'image/png')).status).toBe(201);
    // 23 hours ago, nearly the whole day's allowance.
    await earlierUpload('adviser.2', 49_900, 23 * HOUR);
    const before = await rows('adviser.2');
    const res = await upload(app, token, photo(2), 'image/png');
    expect(res.status).toBe(429);
    expect(res.json.errors[0].extensions).toMatchObject({ code: 'RATE_LIMITED', reason: 'UPLOAD_BYTES_PER_DAY' });
    const wait = res.json.errors[0].extensions.retryAfterSeconds;
    expect(wait).toBeGreaterThan(HOUR - 120);
    expect(wait).toBeLessThanOrEqual(HOUR);
    expect(await rows('adviser.2')).toBe(before);
  });

  it('counts concurrent uploads exactly: of five at once with room for three, two are refused', async () => {
    await addOfficeAccount(app, 'office.xiying', 'xiying');
    const token = await app.login('office.xiying');
    const results = await Promise.all([1, 2, 3, 4, 5].map((i) => upload(app, token, photo(20 + i), 'image/png')));
    expect(results.map((r) => r.status).sort()).toEqual([201, 201, 201, 429, 429]);
    expect(await app.orm.em.fork().count(Attachment, { uploadedBy: { username: 'office.xiying' } })).toBe(3);
  });
});
