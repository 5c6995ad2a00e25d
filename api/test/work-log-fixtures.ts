// Fixtures shared by the work-log integration specs (not a spec itself).
import { DEMO_PASSWORD, townshipId } from '@fengqiao/seeds';
import { hashPassword } from '../src/common/auth/password.js';
import type { Role } from '../src/common/access/role.js';
import type { TestApp } from './app.js';
import { User } from '../src/modules/user/user.entity.js';

/** An office account for another township, created directly (no mutation makes office accounts). */
export async function addOfficeAccount(app: TestApp, username: string, townshipKey: string): Promise<void> {
  const em = app.orm.em.fork();
  em.create(User, {
    id: crypto.randomUUID(),
    username,
    passwordHash: await hashPassword(DEMO_PASSWORD),
    role: 'OFFICE_STAFF' as Role,
    displayName: `${townshipKey}司法所`,
    scopeRegion: townshipId(townshipKey),
  });
  await em.flush();
}

/** The text of every page of a PDF, read back with pdf.js. */
export async function pdfText(bytes: Buffer): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), useSystemFonts: false }).promise;
  let text = '';
  for (let n = 1; n <= doc.numPages; n += 1) {
    const content = await (await doc.getPage(n)).getTextContent();
    text += content.items.map((i) => ('str' in i ? i.str : '')).join('');
  }
  return text;
}
