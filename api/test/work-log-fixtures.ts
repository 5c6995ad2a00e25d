// Fixtures shared by the work-log integration specs (not a spec itself).
import { DEMO_PASSWORD, townshipId } from '@fengqiao/seeds';
import { hashPassword } from '../src/common/auth/password.js';
import type { Role } from '../src/common/access/role.js';
import { TINY_JPEG } from './rest.js';
import type { TestApp } from './app.js';
import { User } from '../src/modules/user/user.entity.js';

/** The latitude 37° 33' 98.765" as three little-endian RATIONALs: bytes that must not survive stripping. */
export const LATITUDE = Buffer.from([37, 0, 0, 0, 1, 0, 0, 0, 33, 0, 0, 0, 1, 0, 0, 0, 0xcd, 0x81, 0x01, 0x00, 0xe8, 0x03, 0x00, 0x00]);

/** A real JPEG with an EXIF block (camera make FQCAM, a GPS IFD with a latitude) and an XMP block naming GPS. */
export function jpegWithGps(): Buffer {
  const tiff = Buffer.alloc(98);
  tiff.write('II', 0, 'latin1');
  tiff.writeUInt16LE(42, 2);
  tiff.writeUInt32LE(8, 4);
  // IFD0 at 8: Make (ASCII, 6 bytes at 38) and the GPS pointer (to 44).
  tiff.writeUInt16LE(2, 8);
  tiff.writeUInt16LE(0x010f, 10); tiff.writeUInt16LE(2, 12); tiff.writeUInt32LE(6, 14); tiff.writeUInt32LE(38, 18);
  tiff.writeUInt16LE(0x8825, 22); tiff.writeUInt16LE(4, 24); tiff.writeUInt32LE(1, 26); tiff.writeUInt32LE(44, 30);
  tiff.writeUInt32LE(0, 34);
  tiff.write('FQCAM\0', 38, 'latin1');
  // GPS IFD at 44: GPSLatitudeRef 'N' inline, GPSLatitude three RATIONALs at 74.
  tiff.writeUInt16LE(2, 44);
  tiff.writeUInt16LE(1, 46); tiff.writeUInt16LE(2, 48); tiff.writeUInt32LE(2, 50); tiff.write('N\0', 54, 'latin1');
  tiff.writeUInt16LE(2, 58); tiff.writeUInt16LE(5, 60); tiff.writeUInt32LE(3, 62); tiff.writeUInt32LE(74, 66);
  tiff.writeUInt32LE(0, 70);
  LATITUDE.copy(tiff, 74);
  const exif = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff]);
  const xmp = Buffer.from('http://ns.adobe.com/xap/1.0/\0<x:xmpmeta><exif:GPSLatitude>37,33.98765N</exif:GPSLatitude></x:xmpmeta>', 'latin1');
  const segment = (marker: number, data: Buffer) => {
    const head = Buffer.from([0xff, marker, 0, 0]);
    head.writeUInt16BE(data.length + 2, 2);
    return Buffer.concat([head, data]);
  };
  return Buffer.concat([TINY_JPEG.subarray(0, 2), segment(0xe1, exif), segment(0xe1, xmp), TINY_JPEG.subarray(2)]);
}

/** An office account for another township, created directly (no mutation makes office accounts). */
export async function addOfficeAccount(app: TestApp, username: string, townshipKey: string): Promise<void> {
  const em = app.orm.em.fork();
  em.create(User, {
    id: crypto.randomUUID(), username, passwordHash: await hashPassword(DEMO_PASSWORD), role: 'OFFICE_STAFF' as Role,
    displayName: `${townshipKey}司法所`, scopeRegion: townshipId(townshipKey),
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
