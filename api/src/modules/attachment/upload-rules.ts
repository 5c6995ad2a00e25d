import { Role } from '../../common/access/role.js';
import { CSV_MIME } from '../../common/documents/table-read.js';
import { XLSX_MIME } from '../../common/documents/xlsx.js';

export const IMAGE_MIMES = ['image/jpeg', 'image/png', 'image/webp'] as const;

export interface UploadRule {
  /** What the bytes must be, sniffed by file-type; the claimed Content-Type must say the same. */
  mime: string;
  label: string;
  maxBytes: number;
  /** Who may upload this kind of file. */
  roles: readonly Role[];
  /** First segment of the storage key. */
  folder: string;
}

export const MB = 1024 * 1024;
export const MAX_PHOTO_BYTES = 5 * MB;
export const MAX_SPREADSHEET_BYTES = 10 * MB;

/**
 * Who may upload what, in one table. The bureau uploads advisers' photos and the roster workbook; advisers and offices
 * upload JPEG/PNG evidence photos from the field.
 */
export const UPLOAD_RULES: readonly UploadRule[] = [
  // Evidence photos (work-log lectures, check highlights) come from advisers and offices in the field.
  ...IMAGE_MIMES.map((mime) => ({
    mime,
    label: 'a JPEG, PNG or WebP image',
    maxBytes: MAX_PHOTO_BYTES,
    folder: 'images',
    roles: mime === 'image/webp' ? [Role.BUREAU_ADMIN] : [Role.BUREAU_ADMIN, Role.OFFICE_STAFF, Role.ADVISER],
  })),
  { mime: XLSX_MIME, label: 'an Excel workbook (.xlsx)', maxBytes: MAX_SPREADSHEET_BYTES, roles: [Role.BUREAU_ADMIN], folder: 'sheets' },
  // The region import's other form: the statistics bureau's tables as CSV (UTF-8 or GB18030); text has no magic bytes.
  { mime: CSV_MIME, label: 'a CSV file (.csv, UTF-8 or GBK)', maxBytes: MAX_SPREADSHEET_BYTES, roles: [Role.BUREAU_ADMIN], folder: 'sheets' },
];

/** Everyone who may upload anything: the coarse check before the body is read. */
export const UPLOADER_ROLES: readonly Role[] = [...new Set(UPLOAD_RULES.flatMap((r) => r.roles))];

const ALIASES: Record<string, string> = {
  'image/jpg': 'image/jpeg',
  'image/pjpeg': 'image/jpeg',
  'application/csv': CSV_MIME,
  'text/comma-separated-values': CSV_MIME,
};

/** The rule for a claimed Content-Type (parameters and case ignored), or undefined for a type nobody may upload. */
export function ruleForClaimedType(contentType: string | undefined): UploadRule | undefined {
  const bare = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  const mime = ALIASES[bare] ?? bare;
  return UPLOAD_RULES.find((r) => r.mime === mime);
}

/** The photo types a role may upload, in the table's order. */
export function photoTypesFor(role: Role): string[] {
  return UPLOAD_RULES.filter((r) => isImageMime(r.mime) && r.roles.includes(role)).map((r) => r.mime);
}

export function isImageMime(mime: string): boolean {
  return (IMAGE_MIMES as readonly string[]).includes(mime);
}
