import { fileURLToPath } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';
import { AppError, type ErrorCode } from '../errors/app-error.js';
import { HttpError } from '../http/errors.js';

// Documents (workbooks, PDFs) are rendered in worker threads, never in a request's: a 5,000-row ledger holds a thread
// for seconds. The request gathers the data (database reads, access checks, audit) and sends it here as plain data;
// a worker runs the document's render function on it and hands the bytes back without a copy. One module of renderers
// (src/documents.ts) is the one way to render, in either thread.

/** A render function: pure, from structured-cloneable data to the document's bytes. */
export type Renderer = (...args: any[]) => Promise<Uint8Array>;
export type Renderers = Record<string, Renderer>;

export type SerialisedError =
  | { app: true; name: string; message: string; extensions: Record<string, unknown>; status?: number }
  | { app: false; name: string; message: string; stack: string };

export interface TaskMessage {
  id: number;
  kind: string;
  args: unknown[];
}

export type WorkerMessage = { ready: true } | { id: number; ok: true; bytes: ArrayBuffer } | { id: number; ok: false; error: SerialisedError };

/** A worker stopped (crashed, or was ended by shutdown) while rendering; the request answers INTERNAL_SERVER_ERROR. */
export class DocumentWorkerError extends Error {
  override name = 'DocumentWorkerError';
}

/** Turns an error a worker reported back into the error the render function threw, as far as requests can tell. */
export function revive(e: SerialisedError): Error {
  if (e.app) {
    const { code, ...extra } = e.extensions;
    const error =
      e.status === undefined ? new AppError(code as ErrorCode, e.message, extra) : new HttpError(e.status, code as ErrorCode, e.message, extra);
    error.name = e.name;
    return error;
  }
  const error = new Error(e.message);
  error.name = e.name;
  error.stack = e.stack;
  return error;
}

/** Elements of each array, map or set that `notPlain` looks at: rows of one list have one shape. */
const SAMPLE = 3;

/**
 * Where a value is not plain data (a class instance such as an ORM entity, a function), or null when it all is. A
 * structured clone would copy an entity's whole graph of references, or fail on a function, so what a request sends
 * must be projected to plain fields first. It looks at the first few elements of each list only, so that checking a
 * 5,000-row ledger costs no more than checking one row.
 */
export function notPlain(value: unknown, path = 'args', seen = new Set<object>()): string | null {
  if (typeof value === 'function' || typeof value === 'symbol') return `${path} (a ${typeof value})`;
  if (value === null || typeof value !== 'object') return null;
  if (value instanceof Date || value instanceof ArrayBuffer || ArrayBuffer.isView(value) || seen.has(value)) return null;
  seen.add(value);
  if (Array.isArray(value)) {
    for (let i = 0; i < Math.min(value.length, SAMPLE); i++) {
      const found = notPlain(value[i], `${path}[${i}]`, seen);
      if (found) return found;
    }
    return null;
  }
  if (value instanceof Map || value instanceof Set) {
    let i = 0;
    for (const [k, v] of value.entries()) {
      const found = notPlain(k, `${path} key`, seen) ?? notPlain(v, `${path}.get(${String(k)})`, seen);
      if (found) return found;
      if (++i === SAMPLE) break;
    }
    return null;
  }
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return `${path} (a ${proto?.constructor?.name ?? 'class instance'})`;
  for (const key in value) {
    const found = notPlain((value as Record<string, unknown>)[key], `${path}.${key}`, seen);
    if (found) return found;
  }
  return null;
}

// From TypeScript sources (jest, scripts run with @swc-node/register) a worker thread does not inherit the loader that
// compiled its parent: it is started with @swc-node/register's ESM hooks and the API's tsconfig (legacy decorators, as
// tsc and jest's swc compile them). From api/dist (`npm start`) it loads the compiled worker.js as is.
const FROM_SOURCE = import.meta.url.endsWith('.ts');
const WORKER_ENTRY = new URL(FROM_SOURCE ? './worker.ts' : './worker.js', import.meta.url);

function threadOptions(): WorkerOptions {
  if (!FROM_SOURCE) return {};
  return {
    execArgv: ['--import', '@swc-node/register/esm-register'],
    env: { ...process.env, SWC_NODE_PROJECT: fileURLToPath(new URL('../../../tsconfig.json', import.meta.url)) },
  };
}

interface Task {
  id: number;
  kind: string;
  args: unknown[];
  resolve(bytes: Buffer): void;
  reject(error: unknown): void;
}

interface Slot {
  worker: Worker;
  /** It has loaded the renderers; a worker that stops before is broken, not crashed, and is not started again at once. */
  ready: boolean;
  task: Task | null;
  error?: Error;
}

export interface DocumentPoolOptions {
  /** The URL of the module whose `DOCUMENTS` export holds the renderers: `import.meta.url` of src/documents.ts. */
  module: string;
  /** Worker threads at most (config.documentWorkers); they start on demand and tasks beyond them wait their turn. */
  size: number;
  /** Refuse arguments that are not plain data (development and tests; see `notPlain`). */
  checkPlain?: boolean;
}

/**
 * A fixed pool of worker threads rendering documents. `render(kind, ...args)` resolves to the document's bytes, or
 * rejects with the error the render function threw (an AppError keeps its code and extensions, so BAD_USER_INPUT is
 * still a 400). A worker that crashes fails only the task it held and is replaced; `close()` ends them all.
 */
export class DocumentPool<R extends Renderers> {
  readonly size: number;
  private readonly slots: Slot[] = [];
  private readonly queue: Task[] = [];
  private nextId = 1;
  private closed = false;

  constructor(private readonly options: DocumentPoolOptions) {
    this.size = Math.max(1, options.size);
  }

  render<K extends keyof R & string>(kind: K, ...args: Parameters<R[K]>): Promise<Buffer> {
    if (this.closed) return Promise.reject(new DocumentWorkerError('the document pool is closed'));
    if (this.options.checkPlain) {
      const found = notPlain(args);
      if (found) return Promise.reject(new TypeError(`${kind}: ${found} is not plain data; project it to plain fields before rendering`));
    }
    return new Promise<Buffer>((resolve, reject) => {
      this.queue.push({ id: this.nextId++, kind, args, resolve, reject });
      this.dispatch();
    });
  }

  /** Threads running now (started on demand, up to `size`). */
  get threads(): number {
    return this.slots.length;
  }

  /** Ends every worker; a task still running or waiting fails with DocumentWorkerError. */
  async close(): Promise<void> {
    this.closed = true;
    for (const task of this.queue.splice(0)) task.reject(new DocumentWorkerError('the document pool closed'));
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }

  private dispatch(): void {
    while (this.queue.length && !this.closed) {
      const slot = this.slots.find((s) => !s.task) ?? (this.slots.length < this.size ? this.start() : undefined);
      if (!slot) return;
      const task = this.queue.shift()!;
      slot.task = task;
      // A busy worker keeps the process alive until its answer arrives; an idle one never does.
      slot.worker.ref();
      try {
        slot.worker.postMessage({ id: task.id, kind: task.kind, args: task.args } satisfies TaskMessage);
      } catch (error) {
        // Arguments that cannot be cloned (a function, a socket): nothing was sent, the worker is free again.
        slot.task = null;
        slot.worker.unref();
        task.reject(error);
      }
    }
  }

  private start(): Slot {
    const worker = new Worker(WORKER_ENTRY, { ...threadOptions(), name: 'documents', workerData: { module: this.options.module } });
    const slot: Slot = { worker, ready: false, task: null };
    worker.unref();
    worker.on('message', (message: WorkerMessage) => this.answered(slot, message));
    worker.on('error', (error) => {
      slot.error = error;
    });
    worker.on('exit', (code) => this.stopped(slot, code));
    this.slots.push(slot);
    return slot;
  }

  private answered(slot: Slot, message: WorkerMessage): void {
    if ('ready' in message) {
      slot.ready = true;
      return;
    }
    const task = slot.task;
    if (!task || task.id !== message.id) return;
    slot.task = null;
    slot.worker.unref();
    if (message.ok) task.resolve(Buffer.from(message.bytes));
    else task.reject(revive(message.error));
    this.dispatch();
  }

  private stopped(slot: Slot, code: number): void {
    this.slots.splice(this.slots.indexOf(slot), 1);
    const task = slot.task;
    slot.task = null;
    if (this.closed) {
      task?.reject(new DocumentWorkerError('the document pool closed'));
      return;
    }
    const error = new DocumentWorkerError(
      slot.ready
        ? `the document worker stopped (exit code ${code}) while rendering ${task?.kind ?? 'nothing'}`
        : `the document worker could not start (exit code ${code})`,
      slot.error ? { cause: slot.error } : undefined,
    );
    if (slot.error?.stack)
      error.stack = `${error.name}: ${error.message}\n${slot.error.stack
        .split('\n')
        .filter((l) => l.trimStart().startsWith('at '))
        .join('\n')}`;
    task?.reject(error);
    if (!slot.ready) {
      // It would fail the same way for every task now waiting: they fail now, and the next render tries again.
      for (const waiting of this.queue.splice(0)) waiting.reject(error);
      return;
    }
    // A replacement starts for the tasks waiting (or for the next one).
    this.dispatch();
  }
}
