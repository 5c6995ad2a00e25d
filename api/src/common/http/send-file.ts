import type { Response } from 'express';
import { XLSX_MIME } from '../documents/xlsx.js';
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

/** Sends a workbook whole, with its Content-Length, under a Chinese file name (and an ASCII one for old clients). */
export function sendWorkbook(res: Response, bytes: Buffer, fileName: string, asciiName: string): void {
  sendDownload(res, bytes, XLSX_MIME, fileName, asciiName);
}
