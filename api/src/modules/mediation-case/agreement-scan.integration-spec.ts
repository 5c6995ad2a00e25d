import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { demoAccount, demoCases } from '@fengqiao/seeds';
import { startTestApp, type TestApp } from '../../../test/app.js';
import { photoWithLocation, readPhoto } from '../../../test/images.js';
import { rest } from '../../../test/rest.js';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { SEALED } from './case.service.js';

const partyCase = demoCases()[0]!; // written agreement; party.1 is its applicant, adviser.1 its adviser
const openCase = demoCases()[1]!; // adviser.1's, in mediation: no agreement yet
const party1 = demoAccount('party.1');
const CANARY = 'SCAN-CANARY-签字页-7f3a9c';
/** A small PDF whose text is the canary: what a scanner's output would carry. */
const PDF = Buffer.from(`%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% ${CANARY}\ntrailer << /Root 1 0 R >>\n%%EOF\n`, 'utf8');
const path = (caseId: string) => `/api/mediation-cases/${caseId}/agreement-scan`;

describe('the signed paper of a written agreement', () => {
  let app: TestApp;
  const put = async (username: string, body: Buffer, contentType: string, caseId = partyCase.id) =>
    rest(app, 'PUT', path(caseId), { token: await app.login(username), body, contentType });
  const get = async (username: string, caseId = partyCase.id) => rest(app, 'GET', path(caseId), { token: await app.login(username) });

  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  describe('upload', () => {
    it('is refused to everyone but the assigned adviser', async () => {
      expect((await put('bureau', PDF, 'application/pdf')).json.errors[0].extensions.code).toBe('FORBIDDEN');
      expect((await put('office.tianning', PDF, 'application/pdf')).status).toBe(403);
      expect((await put('party.1', PDF, 'application/pdf')).status).toBe(403);
      expect((await put('adviser.2', PDF, 'application/pdf')).status).toBe(404);
      expect((await put('analyst', PDF, 'application/pdf')).status).toBe(403);
    });

    it('takes a JPEG, a PNG or a PDF that is what it claims, of at most 10 MB', async () => {
      const bad = await put('adviser.1', Buffer.from('GIF89a....'), 'image/gif');
      expect([bad.status, bad.json.errors[0].extensions.field]).toEqual([400, 'file']);
      expect((await put('adviser.1', PDF, 'image/png')).status).toBe(400);
      expect((await put('adviser.1', Buffer.from('not a pdf at all'), 'application/pdf')).status).toBe(400);
      expect((await put('adviser.1', Buffer.alloc(0), 'application/pdf')).status).toBe(400);
      const huge = Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024)]);
      const tooLarge = await put('adviser.1', huge, 'application/pdf');
      expect([tooLarge.status, tooLarge.json.errors[0].extensions.maxBytes]).toEqual([413, 10 * 1024 * 1024]);
      expect(await app.orm.em.fork().getConnection().execute('select count(*)::int as n from agreement_scan')).toEqual([{ n: 0 }]);
    });

    it('needs a written agreement', async () => {
      const none = await put('adviser.1', PDF, 'application/pdf', openCase.id);
      expect([none.status, none.json.errors[0].extensions.reason]).toEqual([409, 'NO_AGREEMENT']);
      const sql = app.orm.em.fork().getConnection();
      await sql.execute(`update agreement set form = 'ORAL' where case_id = ?`, [partyCase.id]);
      try {
        const oral = await put('adviser.1', PDF, 'application/pdf');
        expect([oral.status, oral.json.errors[0].extensions.reason]).toEqual([409, 'ORAL_AGREEMENT']);
      } finally {
        await sql.execute(`update agreement set form = 'WRITTEN' where case_id = ?`, [partyCase.id]);
      }
    });

    it('stores the file sealed: the stored value holds neither the bytes nor their base64, and opens only where it lies', async () => {
      const res = await put('adviser.1', PDF, 'application/pdf');
      expect(res.status).toBe(201);
      expect(res.json).toMatchObject({ mime: 'application/pdf', size: PDF.length });
      const [row] = await app.orm.em
        .fork()
        .getConnection()
        .execute<{ id: string; content_sealed: string }[]>('select id, content_sealed from agreement_scan');
      expect(row!.content_sealed.startsWith('fq1.')).toBe(true);
      expect(row!.content_sealed).not.toContain(CANARY);
      expect(row!.content_sealed).not.toContain(PDF.toString('base64').slice(0, 24));
      expect(Buffer.from(row!.content_sealed, 'utf8').includes(PDF.subarray(0, 24))).toBe(false);
      const opened = app.server.services.cipher.open(row!.content_sealed, SEALED.agreementScan(row!.id));
      expect(Buffer.from(opened, 'base64').equals(PDF)).toBe(true);
      expect(() => app.server.services.cipher.open(row!.content_sealed, SEALED.agreementScan(partyCase.id))).toThrow();
    });
  });

  describe('reading', () => {
    it('serves the party the file, audited as a read of confidential text', async () => {
      const em = app.orm.em.fork();
      const before = await em.count(AuditEvent, { actor: party1.id, field: 'agreement.scan' });
      const res = await get('party.1');
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/pdf');
      expect(res.headers.get('cache-control')).toBe('no-store');
      expect(res.bytes.equals(PDF)).toBe(true);
      const events = await em.find(AuditEvent, { actor: party1.id, field: 'agreement.scan' });
      expect(events.length).toBe(before + 1);
      expect(events[0]).toMatchObject({ action: 'READ_CONFIDENTIAL', entityType: 'MediationCase', entityId: partyCase.id });
      // …and the case's access log says so.
      const log = await app.gql(
        'query($id: ID!) { mediationCase(id: $id) { accessLog { you fields } } }',
        { id: partyCase.id },
        await app.login('party.1'),
      );
      expect(log.data.mediationCase.accessLog.some((r: any) => r.you && r.fields.includes('agreement.scan'))).toBe(true);
    });

    it('serves the assigned adviser', async () => {
      const res = await get('adviser.1');
      expect(res.status).toBe(200);
      expect(res.bytes.equals(PDF)).toBe(true);
    });

    it.each([
      ['bureau', 403],
      ['office.tianning', 403],
      ['adviser.2', 404],
      ['analyst', 403],
    ])('refuses %s the content (%i), and audits nothing', async (username, status) => {
      const em = app.orm.em.fork();
      const before = await em.count(AuditEvent, { field: 'agreement.scan' });
      const res = await get(username);
      expect(res.status).toBe(status);
      expect(res.bytes.toString('utf8')).not.toContain(CANARY);
      expect(await em.count(AuditEvent, { field: 'agreement.scan' })).toBe(before);
    });

    it('tells the bureau only that a scan exists', async () => {
      const res = await app.gql(
        'query($id: ID!) { mediationCase(id: $id) { agreement { content scan { mime size uploadedAt } } } }',
        { id: partyCase.id },
        await app.login('bureau'),
      );
      expect(res.errors).toBeUndefined();
      expect(res.data.mediationCase.agreement).toMatchObject({ content: null, scan: { mime: 'application/pdf', size: PDF.length } });
      expect(JSON.stringify(res)).not.toContain(CANARY);
    });

    it('replaces the scan with a photo, stored without its location', async () => {
      const photo = await photoWithLocation('jpeg');
      const res = await put('adviser.1', photo, 'image/jpeg');
      expect(res.status).toBe(201);
      const served = await get('party.1');
      expect(served.headers.get('content-type')).toBe('image/jpeg');
      const read = await readPhoto(served.bytes);
      expect([read.latitude, read.xmpLocation, read.decodes]).toEqual([undefined, false, true]);
      expect(await app.orm.em.fork().getConnection().execute('select count(*)::int as n from agreement_scan')).toEqual([{ n: 1 }]);
    });
  });
});
