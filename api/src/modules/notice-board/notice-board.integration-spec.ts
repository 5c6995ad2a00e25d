import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { COUNTY_ID, DEMO_PROVIDERS, demoAccount, demoOffices, demoPairings, demoRegions, demoRoster, townshipId } from '@fengqiao/seeds';
import sharp from 'sharp';
import { rest, portraitPng, startAppWithUploads, upload } from '../../../test/rest.js';
import type { TestApp } from '../../../test/app.js';
import { writeSetting } from '../setting/setting.service.js';

const regions = demoRegions();
const villages = regions.filter((r) => r.level === 'VILLAGE');
const pairings = demoPairings();
const roster = demoRoster();
const paired = new Set(pairings.map((p) => p.villageId));

const adviser1 = demoAccount('adviser.1').adviserId!;
const adviser2 = demoAccount('adviser.2').adviserId!;
const villageOf = (adviserId: string) => pairings.find((p) => p.adviserId === adviserId)!.villageId;
const inTianning = villageOf(adviser1);
const elsewhere = pairings.find((p) => regions.find((r) => r.id === p.villageId)!.parentId !== townshipId('tianning'))!.villageId;
const uncovered = villages.find((v) => !paired.has(v.id))!;

const path = (villageId: string) => `/api/villages/${villageId}/notice-board.pdf`;

/** Text, page geometry, link targets and image count of a PDF, read with pdf.js as a reader would. */
async function readPdf(bytes: Buffer) {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = pdfjs.getDocument({ data: new Uint8Array(bytes), useSystemFonts: false });
  const doc = await task.promise;
  const page = await doc.getPage(1);
  const content = await page.getTextContent();
  const text = content.items.map((i) => ('str' in i ? i.str : '')).join('');
  const links = (await page.getAnnotations()).map((a: { url?: string }) => a.url).filter(Boolean);
  const ops = await page.getOperatorList();
  const images = ops.fnArray.filter((fn) => fn === pdfjs.OPS.paintImageXObject).length;
  const result = { pages: doc.numPages, view: page.view, text, links, images };
  await task.destroy();
  return result;
}

describe('notice board PDF (GET /api/villages/:id/notice-board.pdf)', () => {
  let app: TestApp;
  let bureau: string;
  beforeAll(async () => {
    app = await startAppWithUploads();
    bureau = await app.login('bureau');
  });
  afterAll(() => app.close());

  it('prints a one-page A4 board whose Chinese text a PDF reader extracts: village, adviser, office and supervision phone', async () => {
    const pairing = pairings.find((p) => p.villageId === inTianning)!;
    const adviser = roster.find((a) => a.id === pairing.adviserId)!;
    const village = villages.find((v) => v.id === inTianning)!;
    const office = demoOffices().find((o) => o.townshipId === village.parentId)!;
    const res = await rest(app, 'GET', path(inTianning), { token: bureau });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toContain(`filename*=UTF-8''${encodeURIComponent(village.name)}`);
    expect(res.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');

    const pdf = await readPdf(res.bytes);
    expect(pdf.pages).toBe(1);
    expect(pdf.view.map(Math.round)).toEqual([0, 0, 595, 842]);
    // Were the font missing or the text garbled, these strings would not come back out of the file.
    expect(pdf.text).toContain('村（社区）法律顾问公示牌');
    expect(pdf.text).toContain(village.name);
    expect(pdf.text).toContain(adviser.name);
    expect(pdf.text).toContain('律师');
    expect(pdf.text).toContain(DEMO_PROVIDERS.find((p) => p.id === adviser.providerId)!.name);
    expect(pdf.text).toContain(adviser.phone);
    expect(pdf.text).toContain(office.name);
    expect(pdf.text).toContain(`监督电话：${office.phone}`);
    // No photo on file: the QR code is the only image.
    expect(pdf.images).toBe(1);
  });

  it('links the QR code to the noticeBoardQrUrl setting with the adviser and village filled in', async () => {
    await writeSetting(app.orm.em.fork(), COUNTY_ID, 'noticeBoardQrUrl', 'https://fq.example.cn/board?v={villageId}&a={adviserId}');
    const res = await rest(app, 'GET', path(inTianning), { token: bureau });
    const pdf = await readPdf(res.bytes);
    expect(pdf.links).toEqual([`https://fq.example.cn/board?v=${inTianning}&a=${adviser1}`]);
  });

  it('prints the adviser’s photo once one is set', async () => {
    const uploaded = await upload(app, bureau, portraitPng(), 'image/png');
    const set = await app.gql(
      `mutation($a: ID!, $f: ID!) { setLegalAdviserPhoto(adviserId: $a, attachmentId: $f) { id } }`,
      { a: adviser1, f: uploaded.json.id },
      bureau,
    );
    expect(set.errors).toBeUndefined();
    const pdf = await readPdf((await rest(app, 'GET', path(inTianning), { token: bureau })).bytes);
    expect(pdf.images).toBe(2);
  });

  it('prints a WebP photo too (the bureau may upload WebP; PDFs embed only JPEG and PNG)', async () => {
    const uploaded = await upload(app, bureau, await sharp(portraitPng()).webp().toBuffer(), 'image/webp');
    expect(uploaded.status).toBe(201);
    const set = await app.gql(
      `mutation($a: ID!, $f: ID!) { setLegalAdviserPhoto(adviserId: $a, attachmentId: $f) { id } }`,
      { a: adviser1, f: uploaded.json.id },
      bureau,
    );
    expect(set.errors).toBeUndefined();
    const pdf = await readPdf((await rest(app, 'GET', path(inTianning), { token: bureau })).bytes);
    expect(pdf.images).toBe(2);
  });

  it('serves office staff the villages of their township and advisers their own villages', async () => {
    expect((await rest(app, 'GET', path(inTianning), { token: await app.login('office.tianning') })).status).toBe(200);
    expect((await rest(app, 'GET', path(inTianning), { token: await app.login('adviser.1') })).status).toBe(200);
    expect((await rest(app, 'GET', path(villageOf(adviser2)), { token: await app.login('adviser.2') })).status).toBe(200);
  });

  it('answers a village outside the viewer’s jurisdiction exactly as a missing one: 404', async () => {
    const missing = await rest(app, 'GET', path('00000010-0000-4000-8000-00000000ffff'), { token: await app.login('office.tianning') });
    const otherTownship = await rest(app, 'GET', path(elsewhere), { token: await app.login('office.tianning') });
    const notTheirs = await rest(app, 'GET', path(villageOf(adviser2)), { token: await app.login('adviser.1') });
    const notAnId = await rest(app, 'GET', path('abc'), { token: bureau });
    for (const res of [missing, otherTownship, notTheirs, notAnId]) {
      expect(res.status).toBe(404);
      expect(res.json).toEqual(missing.json);
    }
    expect(missing.json.errors[0].extensions.code).toBe('NOT_FOUND');
  });

  it('refuses a village without an adviser with 409 CONFLICT and a clear message', async () => {
    const res = await rest(app, 'GET', path(uncovered.id), { token: bureau });
    expect(res.status).toBe(409);
    expect(res.json.errors[0].extensions).toEqual({ code: 'CONFLICT', reason: 'VILLAGE_UNCOVERED', village: uncovered.name });
    expect(res.json.errors[0].message).toContain(uncovered.name);
    expect(res.json.errors[0].message).toMatch(/no adviser/);
  });

  it.each(['analyst', 'party.1'])('refuses %s with 403 FORBIDDEN', async (username) => {
    const res = await rest(app, 'GET', path(inTianning), { token: await app.login(username) });
    expect(res.status).toBe(403);
    expect(res.json.errors[0].extensions.code).toBe('FORBIDDEN');
  });

  it('refuses the anonymous and a bad token with 401 UNAUTHENTICATED', async () => {
    const anonymous = await rest(app, 'GET', path(inTianning));
    expect(anonymous.status).toBe(401);
    expect(anonymous.json.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const forged = await rest(app, 'GET', path(inTianning), { authorization: 'Bearer aaa.bbb.ccc' });
    expect(forged.status).toBe(401);
  });
});
