import { Role } from '../../common/access/role.js';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
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

const MB = 1024 * 1024;

/**
 * Who may upload what, in one table. The bureau uploads advisers' photos and the roster workbook; advisers and offices
 * upload JPEG/PNG evidence photos from the field.
 */
export const UPLOAD_RULES: readonly UploadRule[] = [
  // Evidence photos (work-log lectures, check highlights) come from advisers and offices in the field.
  ...IMAGE_MIMES.map((mime) => ({
    mime, label: 'a JPEG, PNG or WebP image', maxBytes: 5 * MB, folder: 'images',
    roles: mime === 'image/webp' ? [Role.BUREAU_ADMIN] : [Role.BUREAU_ADMIN, Role.OFFICE_STAFF, Role.ADVISER],
  })),
  { mime: XLSX_MIME, label: 'an Excel workbook (.xlsx)', maxBytes: 10 * MB, roles: [Role.BUREAU_ADMIN], folder: 'sheets' },
];

/** Everyone who may upload anything: the coarse check before the body is read. */
export const UPLOADER_ROLES: readonly Role[] = [...new Set(UPLOAD_RULES.flatMap((r) => r.roles))];

const ALIASES: Record<string, string> = { 'image/jpg': 'image/jpeg', 'image/pjpeg': 'image/jpeg' };

/** The rule for a claimed Content-Type (parameters and case ignored), or undefined for a type nobody may upload. */
export function ruleForClaimedType(contentType: string | undefined): UploadRule | undefined {
  const bare = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  const mime = ALIASES[bare] ?? bare;
  return UPLOAD_RULES.find((r) => r.mime === mime);
}

export function isImageMime(mime: string): boolean {
  return (IMAGE_MIMES as readonly string[]).includes(mime);
}
