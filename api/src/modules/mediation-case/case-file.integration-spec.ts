import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { demoAccount, demoCasePersons, demoCases } from '@fengqiao/seeds';
import { rest } from '../../../test/rest.js';
import { startTestApp, type TestApp } from '../../../test/app.js';
import { AuditEvent } from '../audit/audit-event.entity.js';

const kase = demoCases()[0]!;
const path = `/api/mediation-cases/${kase.id}/case-file.pdf`;

/** All the text of a PDF, read with pdf.js as a reader would. */
async function pdfText(bytes: Buffer): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = pdfjs.getDocument({ data: new Uint8Array(bytes), useSystemFonts: false });
  const doc = await task.promise;
  let text = '';
  for (let n = 1; n <= doc.numPages; n += 1) {
    const content = await (await doc.getPage(n)).getTextContent();
    text += content.items.map((i) => ('str' in i ? i.str : '')).join('');
  }
  await task.destroy();
  return text;
}

describe('case file PDF (GET /api/mediation-cases/:id/case-file.pdf)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it.each(['party.1', 'adviser.1'])('gives %s the whole file, Chinese rendered, with every read audited', async (username) => {
    const token = await app.login(username);
    const em = app.orm.em.fork();
    const before = await em.count(AuditEvent, { actor: demoAccount(username).id });
    const res = await rest(app, 'GET', path, { token });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const text = (await pdfText(res.bytes)).replace(/\s+/g, '');
    expect(text).toContain('人民调解卷宗');
    expect(text).toContain(kase.summary.replace(/\s+/g, '').slice(0, 20));
    expect(text).toContain(kase.agreement!.content.replace(/\s+/g, '').slice(0, 20));
    expect(text).toContain(demoCasePersons()[0]!.idNumber);
    expect(text).toContain(demoCasePersons()[0]!.address.replace(/\s+/g, ''));
    // The other parties' ID numbers: in full for the adviser, masked for the party (as on the case page).
    for (const other of kase.parties.slice(1).map((p) => p.person)) {
      const masked = `${other.idNumber.slice(0, 6)}${'*'.repeat(other.idNumber.length - 7)}${other.idNumber.slice(-1)}`;
      expect(text).toContain(username === 'party.1' ? masked : other.idNumber);
      if (username === 'party.1') expect(text).not.toContain(other.idNumber);
    }
    const audited = await em.find(AuditEvent, { actor: demoAccount(username).id }, { orderBy: { at: 'desc' } });
    expect(audited.length - before).toBeGreaterThanOrEqual(5);
    expect(new Set(audited.slice(0, audited.length - before).map((e) => e.field))).toEqual(
      new Set(['summary', 'agreement.content', 'session.record', 'party.idNumber', 'party.address']),
    );
  });

  it.each(['bureau', 'office.tianning'])('refuses %s, who see the case but not its content', async (username) => {
    const res = await rest(app, 'GET', path, { token: await app.login(username) });
    expect(res.status).toBe(403);
    expect(res.bytes.toString()).not.toContain('演示数据');
  });

  it('answers 404 to an adviser who cannot see the case, and 401 without sign-in', async () => {
    expect((await rest(app, 'GET', path, { token: await app.login('adviser.2') })).status).toBe(404);
    expect((await rest(app, 'GET', path)).status).toBe(401);
    expect((await rest(app, 'GET', path, { token: await app.login('analyst') })).status).toBe(403);
  });

  it('prints the court’s decision on judicial confirmation in the words the console shows (@fengqiao/labels)', async () => {
    const token = await app.login('adviser.1');
    const read = await app.gql('query($id: ID!) { mediationCase(id: $id) { agreement { signedAt version } } }', { id: kase.id }, token);
    const { signedAt, version } = read.data.mediationCase.agreement;
    const recorded = await app.gql(
      `mutation($id: ID!, $input: JudicialConfirmationInput!) { recordJudicialConfirmation(caseId: $id, input: $input) { confirmationResult } }`,
      {
        id: kase.id,
        input: { appliedOn: signedAt, court: '交城县人民法院', result: 'CONFIRMED', rulingNo: '（2026）晋1122民特1号', decidedOn: signedAt, version },
      },
      token,
    );
    expect(recorded.data.recordJudicialConfirmation).toEqual({ confirmationResult: 'CONFIRMED' });
    const text = (await pdfText((await rest(app, 'GET', path, { token })).bytes)).replace(/\s+/g, '');
    expect(text).toContain('确认有效');
    expect(text).not.toContain('已确认');
  });
});
