import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The URL of src/documents.ts (the renderers) for the document worker threads to load, named without importing it:
 * the API's own thread never renders, so it does not load exceljs, pdfkit, qrcode and their dependencies (tens of MB
 * of every process). Its extension is this file's own (.ts under jest, .js in api/dist), as both sit side by side.
 */
export const DOCUMENTS_MODULE = new URL(`./documents${extname(fileURLToPath(import.meta.url))}`, import.meta.url).href;
