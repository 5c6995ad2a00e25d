import { parse } from 'graphql';
import type { UploadLimitsQuery } from '../generated/operations';

/** What POST /api/uploads accepts from the signed-in user (the API's `uploadLimits`): the one source of these numbers. */
export const uploadLimitsQuery = parse(/* GraphQL */ `
  query UploadLimits {
    uploadLimits { maxPhotoBytes maxSpreadsheetBytes acceptedPhotoTypes uploadsPerHour megabytesPerDay }
  }
`);

export type UploadLimits = UploadLimitsQuery['uploadLimits'];

/** `regionTable`: a spreadsheet that may also be CSV (the statistics bureau's tables), under the same size limit. */
export type UploadKind = 'photo' | 'spreadsheet' | 'regionTable';

export function maxBytesOf(limits: UploadLimits, kind: UploadKind): number {
  return kind === 'photo' ? limits.maxPhotoBytes : limits.maxSpreadsheetBytes;
}

export { megabytes } from './units';

const TYPE_NAMES: Record<string, string> = { 'image/jpeg': 'JPEG', 'image/png': 'PNG', 'image/webp': 'WebP' };

/** The accepted photo types as people name them: "JPEG / PNG". */
export function photoTypeNames(types: readonly string[]): string {
  return types.map((t) => TYPE_NAMES[t] ?? t).join(' / ');
}
