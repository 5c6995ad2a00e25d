import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { demoAccount, demoPairings, demoRoster } from '@fengqiao/seeds';
import ExcelJS from 'exceljs';
import { fileTypeFromBuffer } from 'file-type';
import sharp from 'sharp';
import { TEST_SECRET, type TestApp } from '../../../test/app.js';
import { PHOTO_MIME, photoWithLocation, pixels, readPhoto, type PhotoFormat } from '../../../test/images.js';
import { TINY_JPEG, makePng, rest, startAppWithUploads, upload } from '../../../test/rest.js';
import { updateSettings } from '../../../test/settings.js';
import { fileUrlSigner, SIGNED_URL_TTL_SECONDS } from '../../common/storage/signed-url.js';
import { storageFor } from '../../common/storage/storage.js';
import { Attachment } from './attachment.entity.js';
import { XLSX_MIME } from '../../common/documents/xlsx.js';

const SET_PHOTO = `mutation($a: ID!, $f: ID!) { setLegalAdviserPhoto(adviserId: $a, attachmentId: $f) { id photoUrl } }`;
const PHOTO_URL = `query($id: ID!) { legalAdviser(id: $id) { id photoUrl } }`;
const adviser1 = demoAccount('adviser.1').adviserId!;
const adviser2 = demoAccount('adviser.2').adviserId!;
const unpaired = demoRoster().find((a) => !demoPairings().some((p) => p.adviserId === a.id))!;
const png = makePng(4, 4, (x, y) => [x * 60, y * 60, 128]);
const webp = await sharp(png).webp().toBuffer();
// Enough of a WebP for file-type (RIFF, a size, WEBP, a VP8 chunk header) but no picture.
const webpHeaderOnly = Buffer.concat([Buffer.from('RIFF'), Buffer.from([26, 0, 0, 0]), Buffer.from('WEBPVP8 '), Buffer.alloc(14)]);
// JPEG magic, a JFIF header and an end-of-image marker: 22 bytes that pass a magic-bytes check and hold no image.
const jpeg22 = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0, 0xff, 0xd9]);
const bigJpeg = await photoWithLocation('jpeg', 300, 200);
// A PNG whose header is sound and whose compressed pixels are noise.
const garbledPng = Buffer.from(makePng(40, 40, (x, y) => [x, y, 0]));
garbledPng.fill(0x5a, 45, garbledPng.length - 16);

function meanDifference(a: Buffer, b: Buffer): number {
  expect(a.length).toBe(b.length);
  let sum = 0;
  for (let i = 0; i < a.length; i += 1) sum += Math.abs(a[i]! - b[i]!);
  return sum / a.length;
}

async function xlsxBytes(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('名册').addRow(['姓名']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('uploads and files', () => {
  let app: TestApp & { uploadsDir: string };
  let bureau: string;
  beforeAll(async () => {
    app = await startAppWithUploads();
    bureau = await app.login('bureau');
  });
  afterAll(() => app.close());

  const count = () => app.orm.em.fork().count(Attachment, {});
  /** The upload is refused with 400 BAD_USER_INPUT naming file, and no row is written. */
  async function expectRefusedAsFile(bytes: Buffer, claimed: string) {
    const before = await count();
    const res = await upload(app, bureau, bytes, claimed);
    expect(res.status).toBe(400);
    expect(res.json.errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'file' });
    expect(await count()).toBe(before);
  }
  const stored = async (id: string) => {
    const row = await app.orm.em.fork().findOneOrFail(Attachment, { id });
    return { row, bytes: (await storageFor(app.config).get(row.storageKey))! };
  };

  describe('POST /api/uploads', () => {
    it('stores a PNG and records its sniffed type, size, digest and uploader', async () => {
      const res = await upload(app, bureau, png, 'image/png');
      expect(res.status).toBe(201);
      // Photos are stored re-encoded without metadata: the row describes the stored bytes, whose pixels are the sent ones.
      const { row, bytes } = await stored(res.json.id);
      expect(res.json).toEqual({ id: expect.any(String), mime: 'image/png', size: bytes.length });
      expect(row).toMatchObject({ mime: 'image/png', size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex'), ownerType: null });
      expect((await pixels(bytes)).equals(await pixels(png))).toBe(true);
      expect(row.uploadedBy.id).toBe(demoAccount('bureau').id);
      // Stored under the configured directory, by a key the server made.
      expect(row.storageKey).toMatch(/^images\/\d{4}-\d{2}\/[0-9a-f-]{36}$/);
      expect(existsSync(join(app.uploadsDir, ...row.storageKey.split('/')))).toBe(true);
    });

    it.each([
      ['a JPEG', TINY_JPEG, 'image/jpeg', 'image/jpeg'],
      ['a WebP', webp, 'image/webp', 'image/webp'],
      ['an XLSX workbook', null, XLSX_MIME, XLSX_MIME],
    ])('accepts %s', async (_label, bytes, claimed, mime) => {
      const res = await upload(app, bureau, bytes ?? (await xlsxBytes()), claimed);
      expect(res.status).toBe(201);
      expect(res.json.mime).toBe(mime);
    });

    it.each([
      ['text bytes claimed as a JPEG', Buffer.from('this is not a photo at all, just some text'), 'image/jpeg'],
      ['a PNG claimed as a JPEG', png, 'image/jpeg'],
      ['a JPEG claimed as a workbook', TINY_JPEG, XLSX_MIME],
    ])('refuses %s with 400 BAD_USER_INPUT naming file, and stores nothing', async (_label, bytes, claimed) => {
      await expectRefusedAsFile(bytes, claimed);
    });

    it('refuses a workbook that does not open (a zip cut short) with 400 naming file, and stores nothing', async () => {
      const whole = await xlsxBytes();
      const cut = whole.subarray(0, whole.length - 200);
      // What the bytes claim to be still reads as a workbook from its first entries.
      expect((await fileTypeFromBuffer(cut))?.mime).toBe(XLSX_MIME);
      await expectRefusedAsFile(cut, XLSX_MIME);
    });

    it.each(['application/pdf', 'text/html', ''])('refuses the type %j with 400 naming file', async (claimed) => {
      const res = await rest(app, 'POST', '/api/uploads', { token: bureau, body: png, ...(claimed ? { contentType: claimed } : {}) });
      expect(res.status).toBe(400);
      expect(res.json.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file' });
    });

    it('refuses a photo over 5 MB with 413', async () => {
      const before = await count();
      const big = Buffer.concat([png, Buffer.alloc(5 * 1024 * 1024)]);
      const res = await upload(app, bureau, big, 'image/png');
      expect(res.status).toBe(413);
      expect(res.json.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file' });
      expect(await count()).toBe(before);
    });

    it('refuses an empty body', async () => {
      const res = await upload(app, bureau, Buffer.alloc(0), 'image/png');
      expect(res.status).toBe(400);
      expect(res.json.errors[0].extensions.field).toBe('file');
    });

    it.each(['analyst', 'party.1'])('refuses %s with 403 FORBIDDEN', async (username) => {
      const res = await upload(app, await app.login(username), png, 'image/png');
      expect(res.status).toBe(403);
      expect(res.json.errors[0].extensions.code).toBe('FORBIDDEN');
    });

    it.each(['office.tianning', 'adviser.1'])('lets %s upload evidence photos but not workbooks or WebP', async (username) => {
      const token = await app.login(username);
      expect((await upload(app, token, png, 'image/png')).status).toBe(201);
      for (const [bytes, type] of [
        [await xlsxBytes(), XLSX_MIME],
        [webp, 'image/webp'],
      ] as const) {
        const res = await upload(app, token, bytes, type);
        expect(res.status).toBe(403);
        expect(res.json.errors[0].extensions.code).toBe('FORBIDDEN');
      }
    });

    it('refuses the anonymous and a bad token with 401 UNAUTHENTICATED', async () => {
      const anonymous = await rest(app, 'POST', '/api/uploads', { body: png, contentType: 'image/png' });
      expect(anonymous.status).toBe(401);
      expect(anonymous.json.errors[0].extensions.code).toBe('UNAUTHENTICATED');
      const forged = await rest(app, 'POST', '/api/uploads', { body: png, contentType: 'image/png', authorization: 'Bearer a.b.c' });
      expect(forged.status).toBe(401);
    });
  });

  describe('uploadLimits', () => {
    const LIMITS = '{ uploadLimits { maxPhotoBytes maxSpreadsheetBytes acceptedPhotoTypes uploadsPerHour megabytesPerDay } }';

    it.each([
      ['bureau', ['image/jpeg', 'image/png', 'image/webp']],
      ['office.tianning', ['image/jpeg', 'image/png']],
      ['adviser.1', ['image/jpeg', 'image/png']],
      ['analyst', []],
      ['party.1', []],
    ])('tells %s the limits the upload route applies to them', async (username, types) => {
      const res = await app.gql(LIMITS, {}, username === 'bureau' ? bureau : await app.login(username));
      expect(res.errors).toBeUndefined();
      expect(res.data.uploadLimits).toEqual({
        maxPhotoBytes: 5 * 1024 * 1024,
        maxSpreadsheetBytes: 10 * 1024 * 1024,
        acceptedPhotoTypes: types,
        uploadsPerHour: app.config.uploadQuota.uploadsPerHour,
        megabytesPerDay: app.config.uploadQuota.bytesPerDay / (1024 * 1024),
      });
    });

    it('is the limit the route enforces: one byte more is refused with 413', async () => {
      const { maxPhotoBytes } = (await app.gql(LIMITS, {}, bureau)).data.uploadLimits;
      const atLimit = Buffer.concat([png, Buffer.alloc(maxPhotoBytes - png.length)]);
      // Padding after IEND still decodes: the size is what is tested here.
      expect((await upload(app, bureau, atLimit, 'image/png')).status).toBe(201);
      const over = await upload(app, bureau, Buffer.concat([atLimit, Buffer.alloc(1)]), 'image/png');
      expect(over.status).toBe(413);
      expect(over.json.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file', maxBytes: maxPhotoBytes });
    });

    it('refuses the anonymous with UNAUTHENTICATED', async () => {
      const res = await app.gql(LIMITS, {});
      expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    });
  });

  describe('photos: decoded, and stored without their location', () => {
    it.each([
      ['a 22-byte “JPEG”', jpeg22, 'image/jpeg'],
      ['a JPEG cut off half way', bigJpeg.subarray(0, Math.floor(bigJpeg.length / 2)), 'image/jpeg'],
      ['a PNG whose pixel data is noise', garbledPng, 'image/png'],
      ['a WebP header with no picture', webpHeaderOnly, 'image/webp'],
    ])('refuses %s with 400 BAD_USER_INPUT naming file, and stores nothing', async (_label, bytes, claimed) => {
      await expectRefusedAsFile(bytes, claimed);
    });

    it('refuses a small file that would decode to more than 64 megapixels (a decompression bomb)', async () => {
      // One colour over 8,100 × 8,100 pixels compresses to a few hundred kilobytes.
      const bomb = await sharp({ create: { width: 8100, height: 8100, channels: 3, background: '#808080' } })
        .png({ compressionLevel: 9 })
        .toBuffer();
      expect(bomb.length).toBeLessThan(5 * 1024 * 1024);
      await expectRefusedAsFile(bomb, 'image/png');
    });

    it.each(['jpeg', 'png', 'webp'] as PhotoFormat[])('stores a %s photo without its GPS or XMP location, upright and whole', async (format) => {
      const original = await photoWithLocation(format, 60, 40);
      expect(await readPhoto(original)).toMatchObject({ orientation: 6, latitude: [37, 33, 98.765], xmpLocation: true });
      const res = await upload(app, bureau, original, PHOTO_MIME[format]);
      expect(res.status).toBe(201);
      const { row, bytes } = await stored(res.json.id);
      // Turned upright (the orientation tag applied to the pixels), so no viewer needs the tag.
      expect(await readPhoto(bytes)).toEqual({
        format,
        width: 40,
        height: 60,
        orientation: 1,
        latitude: undefined,
        camera: undefined,
        xmpLocation: false,
        decodes: true,
      });
      expect(row).toMatchObject({ mime: PHOTO_MIME[format], size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') });
      // The picture itself is kept: lossless for PNG, close for JPEG and WebP.
      const difference = meanDifference(await pixels(bytes), await pixels(original));
      expect(difference).toBeLessThanOrEqual(format === 'png' ? 0 : 3);
    });

    it.each(['jpeg', 'png', 'webp'] as PhotoFormat[])('keeps a %s photo’s location when the bureau’s setting says so', async (format) => {
      const set = await updateSettings(app, bureau, { keepPhotoLocation: true }, 'keepPhotoLocation');
      expect(set.data.updateSettings.keepPhotoLocation).toBe(true);
      try {
        const res = await upload(app, bureau, await photoWithLocation(format, 60, 40), PHOTO_MIME[format]);
        expect(res.status).toBe(201);
        expect(await readPhoto((await stored(res.json.id)).bytes)).toEqual({
          format,
          width: 40,
          height: 60,
          orientation: 1,
          latitude: [37, 33, 98.765],
          camera: 'FQCAM',
          xmpLocation: true,
          decodes: true,
        });
      } finally {
        await updateSettings(app, bureau, { keepPhotoLocation: false }, 'keepPhotoLocation');
      }
    });
  });

  describe('setLegalAdviserPhoto and photoUrl', () => {
    let photoId: string;
    let photoUrl: string;
    beforeAll(async () => {
      photoId = (await upload(app, bureau, png, 'image/png')).json.id;
    });

    it('attaches an uploaded image and serves it through a signed, short-lived link', async () => {
      const res = await app.gql(SET_PHOTO, { a: adviser1, f: photoId }, bureau);
      expect(res.errors).toBeUndefined();
      photoUrl = res.data.setLegalAdviserPhoto.photoUrl;
      expect(photoUrl).toMatch(new RegExp(`^/files/${photoId}\\?exp=\\d+&sig=[A-Za-z0-9_-]{43}$`));
      const exp = Number(new URL(photoUrl, app.url).searchParams.get('exp'));
      expect(exp - Date.now() / 1000).toBeGreaterThan(SIGNED_URL_TTL_SECONDS - 30);
      expect(exp - Date.now() / 1000).toBeLessThanOrEqual(SIGNED_URL_TTL_SECONDS);

      const file = await rest(app, 'GET', photoUrl);
      expect(file.status).toBe(200);
      expect(file.bytes.equals((await stored(photoId)).bytes)).toBe(true);
      expect((await pixels(file.bytes)).equals(await pixels(png))).toBe(true);
      expect(file.headers.get('content-type')).toBe('image/png');
      expect(file.headers.get('cache-control')).toBe('private, max-age=600');
      expect(file.headers.get('x-content-type-options')).toBe('nosniff');
      const row = await app.orm.em.fork().findOneOrFail(Attachment, { id: photoId });
      expect(row).toMatchObject({ ownerType: 'LegalAdviser', ownerId: adviser1 });
    });

    it('refuses a tampered, expired, borrowed or missing signature with 403', async () => {
      const url = new URL(photoUrl, app.url);
      const sig = url.searchParams.get('sig')!;
      const exp = url.searchParams.get('exp')!;
      const tampered = `/files/${photoId}?exp=${exp}&sig=${sig.slice(0, -2)}${sig.endsWith('AA') ? 'BB' : 'AA'}`;
      const stretched = `/files/${photoId}?exp=${Number(exp) + 3600}&sig=${sig}`;
      const expired = fileUrlSigner(TEST_SECRET).url(photoId, Date.now() - (SIGNED_URL_TTL_SECONDS + 1) * 1000);
      const otherFile = (await upload(app, bureau, TINY_JPEG, 'image/jpeg')).json.id;
      const borrowed = `/files/${otherFile}?exp=${exp}&sig=${sig}`;
      const foreignKey = fileUrlSigner(new TextEncoder().encode('another-secret-another-secret-another-secret')).url(photoId);
      for (const path of [tampered, stretched, expired, borrowed, foreignKey, `/files/${photoId}`, `/files/${photoId}?exp=${exp}`]) {
        const res = await rest(app, 'GET', path);
        expect([path, res.status]).toEqual([path, 403]);
        expect(res.json.errors[0].extensions.code).toBe('FORBIDDEN');
      }
    });

    it('gives photoUrl to viewers who can see the adviser, and null without a photo', async () => {
      const own = await app.gql(PHOTO_URL, { id: adviser1 }, await app.login('adviser.1'));
      expect(own.data.legalAdviser.photoUrl).toMatch(`/files/${photoId}?`);
      const office = await app.gql(PHOTO_URL, { id: adviser1 }, await app.login('office.tianning'));
      expect(office.data.legalAdviser.photoUrl).toMatch(`/files/${photoId}?`);
      // adviser.2 cannot reach adviser.1 at all, so not their photo either.
      const other = await app.gql(PHOTO_URL, { id: adviser1 }, await app.login('adviser.2'));
      expect(other.data.legalAdviser).toBeNull();
      const none = await app.gql(PHOTO_URL, { id: adviser2 }, bureau);
      expect(none.data.legalAdviser.photoUrl).toBeNull();
    });

    it('refuses a file already attached to another adviser with CONFLICT', async () => {
      const res = await app.gql(SET_PHOTO, { a: adviser2, f: photoId }, bureau);
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'attachmentId' });
    });

    it('lets exactly one of two advisers racing for one new upload have it', async () => {
      const id = (await upload(app, bureau, png, 'image/png')).json.id;
      const results = await Promise.all([adviser2, unpaired.id].map((a) => app.gql(SET_PHOTO, { a, f: id }, bureau)));
      expect(results.filter((r) => r.data?.setLegalAdviserPhoto).length).toBe(1);
      expect(results.filter((r) => r.errors?.[0]?.extensions?.code === 'CONFLICT').length).toBe(1);
    });

    it('refuses a workbook, an unknown id and someone else’s upload naming attachmentId', async () => {
      const sheet = (await upload(app, bureau, await xlsxBytes(), XLSX_MIME)).json.id;
      const em = app.orm.em.fork();
      const foreign = em.create(Attachment, {
        id: crypto.randomUUID(),
        mime: 'image/png',
        size: png.length,
        sha256: 'x'.repeat(64),
        storageKey: 'images/2026-01/x',
        uploadedBy: demoAccount('office.tianning').id,
      });
      await em.flush();
      for (const f of [sheet, '00000000-0000-4000-8000-000000000000', 'not-an-id', foreign.id]) {
        const res = await app.gql(SET_PHOTO, { a: adviser2, f }, bureau);
        expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'attachmentId' });
      }
    });

    it('answers an unknown adviser with NOT_FOUND', async () => {
      const id = (await upload(app, bureau, png, 'image/png')).json.id;
      const res = await app.gql(SET_PHOTO, { a: '00000030-0000-4000-8000-00000000ffff', f: id }, bureau);
      expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    });

    it.each(['office.tianning', 'adviser.1', 'analyst', 'party.1'])('refuses setLegalAdviserPhoto to %s', async (username) => {
      const res = await app.gql(SET_PHOTO, { a: adviser1, f: photoId }, await app.login(username));
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });
  });
});
