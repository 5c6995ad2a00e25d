// Renderers for the document pool's own tests (src/common/documents/pool.spec.ts), loaded by its worker threads in
// place of src/documents.ts: they answer, fail, block and crash on demand.
import { threadId } from 'node:worker_threads';
import { AppError, ErrorCode } from '../src/common/errors/app-error.js';
import { HttpError } from '../src/common/http/errors.js';
import { WorkLogError } from '../src/modules/work-log/work-log.error.js';

export const DOCUMENTS = {
  /** The text, and which thread rendered it. */
  async echo(text: string): Promise<Buffer> {
    return Buffer.from(JSON.stringify({ text, threadId }));
  },
  /** Holds its thread for `ms`, as a large render does. */
  async busy(ms: number): Promise<Buffer> {
    const until = Date.now() + ms;
    while (Date.now() < until);
    return Buffer.from(String(threadId));
  },
  /** A few bytes that sit inside Node's shared Buffer pool (a view at an offset, never the whole ArrayBuffer). */
  async pooled(): Promise<Buffer> {
    Buffer.from('x'.repeat(100));
    return Buffer.from('pooled bytes');
  },
  async badInput(field: string): Promise<Buffer> {
    throw AppError.badInput(field, 'is not a date');
  },
  async tooLarge(): Promise<Buffer> {
    throw new HttpError(413, ErrorCode.BAD_USER_INPUT, 'file: too large', { field: 'file', limitBytes: 10 });
  },
  async moduleError(): Promise<Buffer> {
    throw WorkLogError.reportNotFound();
  },
  async broken(): Promise<Buffer> {
    return (null as unknown as { length: () => Buffer }).length();
  },
  /** Crashes the thread: an exception no promise catches. */
  crash(): Promise<Buffer> {
    setImmediate(() => {
      throw new Error('the renderer fell over');
    });
    return new Promise(() => undefined);
  },
  /** Ends the thread outright. */
  exit(): Promise<Buffer> {
    process.exit(3);
  },
};
