import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * A CommonJS package loaded when first asked for instead of when the server starts: for the heavy ones a request
 * rarely needs in the API's own thread (exceljs to check an uploaded workbook, sharp for photos, the SMS provider's
 * SDK), each of which would otherwise hold tens of MB in every process from its start. Loading is synchronous (as an
 * import would have been) and happens once per process.
 */
export function onFirstUse<T>(id: string): () => T {
  let loaded: T | undefined;
  return () => {
    loaded ??= require(id) as T;
    return loaded;
  };
}
