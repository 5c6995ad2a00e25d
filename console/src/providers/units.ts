// Kept apart from uploadLimits.ts (which parses a GraphQL query) so that the sign-in page's error messages load no GraphQL.

/** Bytes as whole megabytes for people ("5 MB"), never rounded up past the limit. */
export function megabytes(bytes: number): number {
  return Math.floor(bytes / (1024 * 1024));
}
