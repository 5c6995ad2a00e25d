import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  COUNTY_ID,
  DEMO_PROVIDERS,
  demoAccount,
  demoCasePersons,
  demoCases,
  demoOffices,
  demoPairings,
  demoRegions,
  demoRoster,
  townshipId,
} from '@fengqiao/seeds';
import sharp from 'sharp';
import { startTestApp, type TestApp } from '../../../test/app.js';
import { portraitPng, rest, startAppWithUploads, upload } from '../../../test/rest.js';
import { writeSetting } from '../setting/setting.service.js';

const regions = demoRegions();
const villages = regions.filter((r) => r.level === 'VILLAGE');
const pairings = demoPairings();
const roster = demoRoster();
const offices = demoOffices();
const paired = new Set(pairings.map((p) => p.villageId));

const adviser1 = demoAccount('adviser.1').adviserId!;
const coveredId = pairings.find((p) => p.adviserId === adviser1)!.villageId;
const covered = villages.find((v) => v.id === coveredId)!;
const adviser = roster.find((a) => a.id === adviser1)!;
const tianning = townshipId('tianning');
// 西社镇 has villages without an adviser in the demo county.
const xishe = townshipId('xishe');
const uncovered = villages.find((v) => !paired.has(v.id) && v.parentId === xishe)!;
// Retired in its test: a village of another township, so that 西社镇's set of boards keeps its villages.
const toRetire = villages.find((v) => !paired.has(v.id) && v.parentId !== xishe)!;
const mergeTarget = villages.find((v) => v.parentId === toRetire.parentId && v.id !== toRetire.id)!;
const officeOf = (village: { parentId: string | null }) => offices.find((o) => o.townshipId === village.parentId)!;
const nameOf = (id: string | null) => regions.find((r) => r.id === id)!.name;

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
const ID_NUMBER = /[1-9]\d{16}[\dX]/;

/** Every page's text and the first page's links, read with pdf.js as a reader would. */
async function readPdf(bytes: Buffer) {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = pdfjs.getDocument({ data: new Uint8Array(bytes), useSystemFonts: false });
  const doc = await task.promise;
  const texts: string[] = [];
  const links: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const content = await page.getTextContent();
    texts.push(content.items.map((i) => ('str' in i ? i.str : '')).join(''));
    for (const a of (await page.getAnnotations()) as Array<{ url?: string }>) if (a.url) links.push(a.url);
  }
  const result = { pages: doc.numPages, texts, links };
  await task.destroy();
  return result;
}

describe('public village page (GET /v/:code)', () => {
  let app: TestApp;
  let bureau: string;
  beforeAll(async () => {
    app = await startAppWithUploads();
    bureau = await app.login('bureau');
  });
  afterAll(() => app.close());

  it('shows a covered village’s board without signing in: adviser, phone, provider, scope, office and supervision phone', async () => {
    const res = await rest(app, 'GET', `/v/${covered.code}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    const html = res.bytes.toString('utf8');
    expect(html).toMatch(/^<!doctype html>\n<html lang="zh-CN">/);
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(html).not.toMatch(/<script/i);
    for (const text of [
      covered.name,
      nameOf(covered.parentId),
      adviser.name,
      adviser.phone,
      DEMO_PROVIDERS.find((p) => p.id === adviser.providerId)!.name,
      officeOf(covered).name,
      officeOf(covered).phone,
    ]) {
      expect(html).toContain(text);
    }
    expect(html).toContain(`href="tel:${adviser.phone.replace(/[^0-9+]/g, '')}"`);
    // The supervision phone, as the board labels it.
    expect(html).toMatch(new RegExp(`<dt>监督电话</dt><dd><a class="phone" href="tel:[0-9+]+">${officeOf(covered).phone}</a>`));
  });

  it('shows nothing confidential: no ID numbers, no ids, no licence number, no case or party', async () => {
    const html = (await rest(app, 'GET', `/v/${covered.code}`)).bytes.toString('utf8');
    expect(html).not.toMatch(UUID);
    expect(html).not.toMatch(ID_NUMBER);
    const licence = await app.orm.em.fork().execute<{ licence_no: string }[]>('select licence_no from legal_adviser where id = ?', [adviser1]);
    expect(html).not.toContain(licence[0]!.licence_no);
    const cases = demoCases().filter((c) => c.villageId === covered.id);
    const people = demoCasePersons().filter((p) => cases.some((c) => JSON.stringify(c).includes(p.id)));
    for (const p of people) expect(html).not.toContain(p.name);
    expect(html).not.toMatch(/调解协议书|案号/);
  });

  it('escapes what it prints: markup in the adviser’s record shows as text', async () => {
    const em = app.orm.em.fork();
    const [{ service_scope: before }] = await em.execute<{ service_scope: string }[]>('select service_scope from legal_adviser where id = ?', [
      adviser1,
    ]);
    await em.execute('update legal_adviser set service_scope = ? where id = ?', [
      `<script>alert("x")</script><img src=x onerror=alert(1)> & 'q'`,
      adviser1,
    ]);
    try {
      const html = (await rest(app, 'GET', `/v/${covered.code}`)).bytes.toString('utf8');
      expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt; &amp; &#39;q&#39;');
      expect(html).not.toMatch(/<script|<img src=x/i);
    } finally {
      await em.execute('update legal_adviser set service_scope = ? where id = ?', [before, adviser1]);
    }
  });

  it('serves the adviser’s notice-board photo, and only that, as a JPEG without metadata', async () => {
    const noPhoto = (await rest(app, 'GET', `/v/${covered.code}`)).bytes.toString('utf8');
    expect(noPhoto).not.toContain('photo.jpg');
    expect((await rest(app, 'GET', `/v/${covered.code}/photo.jpg`)).status).toBe(404);

    const uploaded = await upload(app, bureau, portraitPng(), 'image/png');
    const set = await app.gql(
      `mutation($a: ID!, $f: ID!) { setLegalAdviserPhoto(adviserId: $a, attachmentId: $f) { id } }`,
      { a: adviser1, f: uploaded.json.id },
      bureau,
    );
    expect(set.errors).toBeUndefined();
    const html = (await rest(app, 'GET', `/v/${covered.code}`)).bytes.toString('utf8');
    expect(html).toContain(`<img src="/v/${covered.code}/photo.jpg"`);
    const photo = await rest(app, 'GET', `/v/${covered.code}/photo.jpg`);
    expect(photo.status).toBe(200);
    expect(photo.headers.get('content-type')).toBe('image/jpeg');
    const meta = await sharp(photo.bytes).metadata();
    expect(meta.format).toBe('jpeg');
    expect(meta.exif).toBeUndefined();
    // Another upload of the bureau's, not on any board, has no public route; nor has a village without an adviser.
    expect((await rest(app, 'GET', `/v/${uncovered.code}/photo.jpg`)).status).toBe(404);
    expect((await rest(app, 'GET', `/files/${uploaded.json.id}`)).status).not.toBe(200);
  });

  it('shows an uncovered village the township judicial office to turn to, and no adviser', async () => {
    const res = await rest(app, 'GET', `/v/${uncovered.code}`);
    expect(res.status).toBe(200);
    const html = res.bytes.toString('utf8');
    expect(html).toContain(uncovered.name);
    expect(html).toContain('正在安排中');
    expect(html).toContain(officeOf(uncovered).name);
    expect(html).toContain(officeOf(uncovered).phone);
    expect(html).toContain(officeOf(uncovered).address);
    for (const a of roster) expect(html).not.toContain(a.phone);
  });

  it('says a retired (撤并) village was merged, and into which village', async () => {
    const em = app.orm.em.fork();
    await em.execute(`update region set retired_on = '2025-06-30', merged_into_id = ? where id = ?`, [mergeTarget.id, toRetire.id]);
    const res = await rest(app, 'GET', `/v/${toRetire.code}`);
    expect(res.status).toBe(200);
    const html = res.bytes.toString('utf8');
    expect(html).toContain('2025年6月30日撤并');
    expect(html).toContain(`<a href="/v/${mergeTarget.code}">${mergeTarget.name}</a>`);
    expect(html).toContain(officeOf(toRetire).phone);

    await em.execute('update region set merged_into_id = null where id = ?', [toRetire.id]);
    const unknownTarget = (await rest(app, 'GET', `/v/${toRetire.code}`)).bytes.toString('utf8');
    expect(unknownTarget).toContain('撤并');
    expect(unknownTarget).not.toContain('已并入');
  });

  it('answers a code that names no village with a 404 page', async () => {
    const township = regions.find((r) => r.id === tianning)!;
    for (const code of ['999999999999', township.code, 'abc', `${covered.code}0`]) {
      const res = await rest(app, 'GET', `/v/${encodeURIComponent(code)}`);
      expect(res.status).toBe(404);
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
      const html = res.bytes.toString('utf8');
      expect(html).toContain('lang="zh-CN"');
      expect(html).toContain('未找到该村（社区）');
    }
  });

  it('prints the village’s public page as the QR code by default, on the request’s origin or PUBLIC_BASE_URL', async () => {
    const board = `/api/villages/${covered.id}/notice-board.pdf`;
    expect((await readPdf((await rest(app, 'GET', board, { token: bureau })).bytes)).links).toEqual([`${app.url}/v/${covered.code}`]);
    app.config.publicBaseUrl = 'https://fq.jiaocheng.example.cn/fengqiao';
    try {
      expect((await readPdf((await rest(app, 'GET', board, { token: bureau })).bytes)).links).toEqual([
        `https://fq.jiaocheng.example.cn/fengqiao/v/${covered.code}`,
      ]);
    } finally {
      app.config.publicBaseUrl = undefined;
    }
  });

  it('fills {villageCode} in a QR URL the bureau sets, absolute or a path on the public base URL', async () => {
    const board = `/api/villages/${covered.id}/notice-board.pdf`;
    await writeSetting(app.orm.em.fork(), COUNTY_ID, 'noticeBoardQrUrl', 'https://fq.example.cn/c/{villageCode}?a={adviserId}');
    expect((await readPdf((await rest(app, 'GET', board, { token: bureau })).bytes)).links).toEqual([
      `https://fq.example.cn/c/${covered.code}?a=${adviser1}`,
    ]);
    await writeSetting(app.orm.em.fork(), COUNTY_ID, 'noticeBoardQrUrl', '/v/{villageCode}');
  });

  it('lets the bureau set the QR URL to an http(s) URL or a path, and refuses anything else naming the field', async () => {
    const READ = `{ settings { version noticeBoardQrUrl } }`;
    const UPDATE = `mutation($i: SettingsInput!) { updateSettings(input: $i) { noticeBoardQrUrl version } }`;
    for (const url of ['https://fq.example.cn/v/{villageCode}', '/v/{villageCode}', 'http://10.0.0.5:4000/v/{villageCode}']) {
      const { data } = await app.gql(READ, {}, bureau);
      const res = await app.gql(UPDATE, { i: { noticeBoardQrUrl: url, version: data.settings.version } }, bureau);
      expect(res.errors).toBeUndefined();
      expect(res.data.updateSettings.noticeBoardQrUrl).toBe(url);
    }
    for (const url of ['ftp://fq.example.cn/{villageCode}', '//evil.example.com/v/{villageCode}', 'javascript:alert(1)', 'v/{villageCode}']) {
      const { data } = await app.gql(READ, {}, bureau);
      const res = await app.gql(UPDATE, { i: { noticeBoardQrUrl: url, version: data.settings.version } }, bureau);
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.extensions?.field).toBe('noticeBoardQrUrl');
    }
  });
});

describe('township notice boards (GET /api/exports/notice-boards.pdf?townshipId=)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());
  const path = (id: string) => `/api/exports/notice-boards.pdf?townshipId=${id}`;
  const xisheVillages = villages.filter((v) => v.parentId === xishe).sort((a, b) => a.code.localeCompare(b.code));

  it('prints one page per village of the township, in code order; a village without an adviser gets the office’s page', async () => {
    expect(xisheVillages.some((v) => !paired.has(v.id))).toBe(true);
    const res = await rest(app, 'GET', path(xishe), { token: await app.login('bureau') });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toContain(encodeURIComponent(nameOf(xishe)));
    const pdf = await readPdf(res.bytes);
    expect(pdf.pages).toBe(xisheVillages.length);
    xisheVillages.forEach((village, i) => {
      expect(pdf.texts[i]).toContain(village.name);
      expect(pdf.texts[i]).toContain(officeOf(village).phone);
      if (paired.has(village.id)) {
        const pairing = pairings.find((p) => p.villageId === village.id)!;
        expect(pdf.texts[i]).toContain(roster.find((a) => a.id === pairing.adviserId)!.name);
      } else expect(pdf.texts[i]).toContain('本村（社区）法律顾问正在安排中');
    });
    expect(pdf.links).toEqual(xisheVillages.map((v) => `${app.url}/v/${v.code}`));
  });

  it('serves the township’s office its own township’s set', async () => {
    const res = await rest(app, 'GET', path(tianning), { token: await app.login('office.tianning') });
    expect(res.status).toBe(200);
    expect((await readPdf(res.bytes)).pages).toBe(villages.filter((v) => v.parentId === tianning).length);
  });

  it('leaves out villages retired (撤并) before today', async () => {
    await app.orm.em.fork().execute(`update region set retired_on = '2025-06-30' where id = ?`, [uncovered.id]);
    try {
      const pdf = await readPdf((await rest(app, 'GET', path(xishe), { token: await app.login('bureau') })).bytes);
      expect(pdf.pages).toBe(xisheVillages.length - 1);
      expect(pdf.texts.join('\n')).not.toContain(uncovered.name);
    } finally {
      await app.orm.em.fork().execute('update region set retired_on = null where id = ?', [uncovered.id]);
    }
  });

  it('has the single board’s authorisation: a township outside the jurisdiction is 404, other roles 403, the anonymous 401', async () => {
    const office = await app.login('office.tianning');
    const other = await rest(app, 'GET', path(townshipId('xishe')), { token: office });
    const missing = await rest(app, 'GET', path('00000010-0000-4000-8000-00000000ffff'), { token: office });
    const village = await rest(app, 'GET', path(covered.id), { token: await app.login('bureau') });
    for (const res of [other, missing, village]) {
      expect(res.status).toBe(404);
      expect(res.json.errors[0].extensions.code).toBe('NOT_FOUND');
    }
    expect((await rest(app, 'GET', '/api/exports/notice-boards.pdf', { token: office })).status).toBe(400);
    for (const username of ['analyst', 'adviser.1', 'party.1']) {
      expect((await rest(app, 'GET', path(tianning), { token: await app.login(username) })).status).toBe(403);
    }
    expect((await rest(app, 'GET', path(tianning))).status).toBe(401);
  });
});

describe('public village page rate limit', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ trustProxy: 'loopback', publicPageLimit: 3 });
  });
  afterAll(() => app.close());
  const open = (from: string, suffix = '') => fetch(`${app.url}/v/${covered.code}${suffix}`, { headers: { 'x-forwarded-for': from } });

  it('answers an address past its limit 429 with Retry-After, while other addresses are served; the wait passes', async () => {
    for (let i = 0; i < 3; i++) expect((await open('203.0.113.7')).status).toBe(200);
    const refused = await open('203.0.113.7');
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    const html = await refused.text();
    expect(html).toContain('lang="zh-CN"');
    expect(html).toContain('访问过于频繁');
    // The photo counts against the same address.
    expect((await open('203.0.113.7', '/photo.jpg')).status).toBe(429);
    expect((await open('198.51.100.9')).status).toBe(200);
    app.clock.advance(61_000);
    expect((await open('203.0.113.7')).status).toBe(200);
  });
});
