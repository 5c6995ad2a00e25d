// Where a photo was taken is personal data: phones write it into EXIF (GPS IFD) and XMP. These functions remove it
// from JPEG and PNG bytes without re-encoding the image, so nothing else about the photo changes.

const XMP_ID = 'http://ns.adobe.com/xap/1.0/\0';
const XMP_EXT_ID = 'http://ns.adobe.com/xmp/extension/\0';
const TYPE_SIZES: Record<number, number> = { 1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 6: 1, 7: 1, 8: 2, 9: 4, 10: 8, 11: 4, 12: 8 };
const GPS_POINTER = 0x8825;

export class MalformedImageError extends Error {}

function fail(): never {
  throw new MalformedImageError('malformed image structure');
}

/** A TIFF reader over a Buffer view; every read is bounds-checked. */
function tiffView(tiff: Buffer) {
  const order = tiff.toString('latin1', 0, 2);
  if (order !== 'II' && order !== 'MM') fail();
  const le = order === 'II';
  const check = (at: number, size: number) => {
    if (at < 0 || at + size > tiff.length) fail();
  };
  return {
    u16: (at: number) => (check(at, 2), le ? tiff.readUInt16LE(at) : tiff.readUInt16BE(at)),
    u32: (at: number) => (check(at, 4), le ? tiff.readUInt32LE(at) : tiff.readUInt32BE(at)),
    zero: (at: number, size: number) => (check(at, size), tiff.fill(0, at, at + size)),
  };
}

/** Empties the GPS IFD of an EXIF TIFF block in place: its entries and their out-of-line values become zeros. */
function clearGpsIfd(tiff: Buffer): void {
  const t = tiffView(tiff);
  const ifd0 = t.u32(4);
  const count = t.u16(ifd0);
  for (let i = 0; i < count; i += 1) {
    const entry = ifd0 + 2 + i * 12;
    if (t.u16(entry) !== GPS_POINTER) continue;
    const gps = t.u32(entry + 8);
    const n = t.u16(gps);
    for (let k = 0; k < n; k += 1) {
      const e = gps + 2 + k * 12;
      const size = (TYPE_SIZES[t.u16(e + 2)] ?? 1) * t.u32(e + 4);
      if (size > 4) t.zero(t.u32(e + 8), size);
    }
    // No entries; the next-IFD pointer that now follows the count reads as zero.
    t.zero(gps, 2 + n * 12);
  }
}

/** JPEG: clears the EXIF GPS IFD and drops XMP segments (which can repeat the location). */
export function stripJpegLocation(input: Buffer): Buffer {
  if (input.length < 4 || input[0] !== 0xff || input[1] !== 0xd8) fail();
  const bytes = Buffer.from(input);
  const keep: Buffer[] = [bytes.subarray(0, 2)];
  let pos = 2;
  for (;;) {
    if (pos >= bytes.length) return Buffer.concat(keep);
    if (bytes[pos] !== 0xff) fail();
    let markerAt = pos;
    while (bytes[markerAt + 1] === 0xff) markerAt += 1; // fill bytes
    const marker = bytes[markerAt + 1];
    if (marker === undefined) fail();
    // Start of scan or end of image: the rest is image data.
    if (marker === 0xda || marker === 0xd9) {
      keep.push(bytes.subarray(pos));
      return Buffer.concat(keep);
    }
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      keep.push(bytes.subarray(pos, markerAt + 2));
      pos = markerAt + 2;
      continue;
    }
    if (markerAt + 4 > bytes.length) fail();
    const length = bytes.readUInt16BE(markerAt + 2);
    const end = markerAt + 2 + length;
    if (length < 2 || end > bytes.length) fail();
    const data = bytes.subarray(markerAt + 4, end);
    if (marker === 0xe1) {
      const head = data.toString('latin1', 0, Math.min(data.length, XMP_EXT_ID.length));
      if (head.startsWith(XMP_ID) || head.startsWith(XMP_EXT_ID)) {
        pos = end;
        continue;
      }
      if (data.toString('latin1', 0, 6) === 'Exif\0\0') clearGpsIfd(data.subarray(6));
    }
    keep.push(bytes.subarray(pos, end));
    pos = end;
  }
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const PNG_METADATA_KEYWORDS = new Set(['XML:com.adobe.xmp', 'Raw profile type exif', 'Raw profile type APP1', 'Raw profile type xmp']);

/** PNG: drops the eXIf chunk and text chunks that carry EXIF or XMP. */
export function stripPngLocation(input: Buffer): Buffer {
  if (input.length < 8 || !input.subarray(0, 8).equals(PNG_SIGNATURE)) fail();
  const keep: Buffer[] = [input.subarray(0, 8)];
  let pos = 8;
  while (pos < input.length) {
    if (pos + 12 > input.length) fail();
    const length = input.readUInt32BE(pos);
    const type = input.toString('latin1', pos + 4, pos + 8);
    const end = pos + 12 + length;
    if (end > input.length) fail();
    let drop = type === 'eXIf';
    if (type === 'tEXt' || type === 'zTXt' || type === 'iTXt') {
      const data = input.subarray(pos + 8, pos + 8 + length);
      const nul = data.indexOf(0);
      drop = PNG_METADATA_KEYWORDS.has(data.toString('latin1', 0, nul < 0 ? data.length : nul));
    }
    if (!drop) keep.push(input.subarray(pos, end));
    pos = end;
    if (type === 'IEND') break;
  }
  return Buffer.concat(keep);
}

/** The photo without its location, for the image types that carry one; other bytes unchanged. */
export function stripPhotoLocation(bytes: Buffer, mime: string): Buffer {
  if (mime === 'image/jpeg') return stripJpegLocation(bytes);
  if (mime === 'image/png') return stripPngLocation(bytes);
  return bytes;
}
