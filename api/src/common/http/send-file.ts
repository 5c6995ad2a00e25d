import type { Response } from 'express';
import { attachmentDisposition } from './errors.js';

/**
 * Sends a generated file whole, with its Content-Length, so that a browser (and the console's fetch reader) can show
 * download progress for long exports.
 */
export function sendDownload(res: Response, bytes: Buffer, mime: string, fileName: string, asciiName: string): void {
  res.set({
    'Content-Type': mime,
    'Content-Length': String(bytes.length),
    'Content-Disposition': attachmentDisposition(fileName, asciiName),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  res.end(bytes);
}
