import type ExcelJS from 'exceljs';
import type { Sharp } from 'sharp';
import { onFirstUse } from '../../common/on-first-use.js';
import { CSV_MIME, decodeCsv } from '../../common/documents/table-read.js';
import { excel, XLSX_MIME } from '../../common/documents/xlsx.js';
import type { IMAGE_MIMES } from './upload-rules.js';

const sharp = onFirstUse<typeof import('sharp').default>('sharp');

// An upload is stored only once it has been read as what it claims to be: magic bytes are not enough. Photos are
// decoded whole and encoded afresh by libvips (sharp): decoding proves the bytes are an image, and encoding afresh
// leaves behind whatever rode along (EXIF with GPS, XMP, IPTC, comments, trailing data) in every accepted format alike,
// instead of picking chunks out of each by hand. Workbooks must open.

/** A phone photo is 12–50 megapixels; more from a 5 MB file is a decompression bomb (each pixel costs memory). */
export const MAX_PHOTO_PIXELS = 64_000_000;

/** High enough that a photo of a signed sheet stays legible; well above the 75–80 that web images use. */
const LOSSY_QUALITY = 90;

const ENCODERS: Record<(typeof IMAGE_MIMES)[number], (image: Sharp) => Sharp> = {
  'image/jpeg': (image) => image.jpeg({ quality: LOSSY_QUALITY }),
  'image/png': (image) => image.png(),
  'image/webp': (image) => image.webp({ quality: LOSSY_QUALITY }),
};

export class UnreadableUploadError extends Error {}

/**
 * The bytes to store for a photo of `mime` (already sniffed): turned upright by its EXIF orientation (the tag goes with
 * the rest of the metadata), in the same format. Without `keepLocation` only the colour profile survives; with it all
 * metadata does, location included. Throws UnreadableUploadError when the bytes do not decode to a whole image.
 */
export async function storablePhoto(bytes: Buffer, mime: string, { keepLocation }: { keepLocation: boolean }): Promise<Buffer> {
  const encode = ENCODERS[mime as keyof typeof ENCODERS] as ((image: Sharp) => Sharp) | undefined;
  if (!encode) throw new UnreadableUploadError(`not a photo type: ${mime}`);
  // failOn 'error': a truncated or corrupt image is refused; libjpeg's harmless warnings (stray bytes) are not.
  const image = sharp()(bytes, { failOn: 'error', limitInputPixels: MAX_PHOTO_PIXELS }).autoOrient();
  try {
    return await encode(keepLocation ? image.keepMetadata() : image.keepIccProfile()).toBuffer();
  } catch {
    throw new UnreadableUploadError('the image does not decode');
  }
}

/** The bytes to store for an upload of sniffed type `mime`; throws UnreadableUploadError when they do not read as it. */
export async function storableContent(bytes: Buffer, mime: string, options: { keepLocation: boolean }): Promise<Buffer> {
  if (mime === CSV_MIME) {
    try {
      decodeCsv(bytes);
    } catch {
      throw new UnreadableUploadError('the text is neither UTF-8 nor GB18030');
    }
    return bytes;
  }
  if (mime === XLSX_MIME) {
    try {
      await new (excel().Workbook)().xlsx.load(bytes as unknown as ExcelJS.Buffer);
    } catch {
      throw new UnreadableUploadError('the workbook does not open');
    }
    return bytes;
  }
  return storablePhoto(bytes, mime, options);
}

/** A stored photo as pdfkit can embed it (JPEG, or a plain PNG for anything else such as WebP). */
export async function pdfEmbeddablePhoto(bytes: Buffer, mime: string): Promise<{ bytes: Buffer; mime: string }> {
  if (mime === 'image/jpeg') return { bytes, mime };
  return { bytes: await sharp()(bytes, { limitInputPixels: MAX_PHOTO_PIXELS }).png().toBuffer(), mime: 'image/png' };
}
