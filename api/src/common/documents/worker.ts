// The entry of a document worker thread (see pool.ts). It loads the module of renderers the pool names, says it is
// ready, then renders one task at a time: the bytes go back as a transferred ArrayBuffer, an error as plain data that
// the pool turns back into the same error.
import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '../errors/app-error.js';
import type { Renderers, SerialisedError, TaskMessage, WorkerMessage } from './pool.js';

const port = parentPort!;
const { module } = workerData as { module: string };
const renderers = ((await import(module)) as { DOCUMENTS: Renderers }).DOCUMENTS;

/** An ArrayBuffer holding exactly these bytes that can be handed over: a Buffer may be a view into a shared pool. */
function ownBuffer(bytes: Uint8Array): ArrayBuffer {
  const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer;
  return whole ? (bytes.buffer as ArrayBuffer) : (bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
}

function serialise(error: unknown): SerialisedError {
  if (error instanceof AppError) {
    const status = (error as AppError & { status?: unknown }).status;
    return {
      app: true,
      name: error.name,
      message: error.message,
      extensions: { ...error.extensions },
      ...(typeof status === 'number' ? { status } : {}),
    };
  }
  const e = error instanceof Error ? error : new Error(String(error));
  return { app: false, name: e.name, message: e.message, stack: e.stack ?? '' };
}

port.on('message', async ({ id, kind, args }: TaskMessage) => {
  let reply: WorkerMessage;
  let transfer: ArrayBuffer[] = [];
  try {
    const render = Object.hasOwn(renderers, kind) ? renderers[kind] : undefined;
    if (!render) throw new Error(`no document named ${kind}`);
    const bytes = ownBuffer(await render(...args));
    reply = { id, ok: true, bytes };
    transfer = [bytes];
  } catch (error) {
    reply = { id, ok: false, error: serialise(error) };
  }
  try {
    port.postMessage(reply, transfer);
  } catch (error) {
    // Extensions that cannot be cloned: the request still gets an answer, as an internal error.
    port.postMessage({ id, ok: false, error: serialise(error) } satisfies WorkerMessage);
  }
});
port.postMessage({ ready: true } satisfies WorkerMessage);
