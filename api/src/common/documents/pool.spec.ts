import { afterEach, describe, expect, it } from '@jest/globals';
import { threadId } from 'node:worker_threads';
import type { DOCUMENTS } from '../../../test/document-pool-fixtures.js';
import { AppError } from '../errors/app-error.js';
import { HttpError } from '../http/errors.js';
import { DocumentPool, DocumentWorkerError, notPlain } from './pool.js';

// The pool with test renderers (test/document-pool-fixtures.ts) in place of src/documents.ts. Under jest the workers
// load TypeScript through @swc-node/register, as pool.ts explains.
const FIXTURES = new URL('../../../test/document-pool-fixtures.ts', import.meta.url).href;

const pools: DocumentPool<typeof DOCUMENTS>[] = [];
function pool(size = 1, checkPlain = true) {
  const p = new DocumentPool<typeof DOCUMENTS>({ module: FIXTURES, size, checkPlain });
  pools.push(p);
  return p;
}
afterEach(async () => {
  await Promise.all(pools.splice(0).map((p) => p.close()));
});

const echoed = async (p: DocumentPool<typeof DOCUMENTS>, text: string) =>
  JSON.parse((await p.render('echo', text)).toString()) as { text: string; threadId: number };

describe('DocumentPool', () => {
  it('renders in another thread and hands back the bytes', async () => {
    const p = pool();
    expect(p.threads).toBe(0);
    const out = await echoed(p, '台账');
    expect(out.text).toBe('台账');
    expect(out.threadId).not.toBe(threadId);
    expect(p.threads).toBe(1);
    // Bytes that were a view into a shared Buffer pool come back whole, and the worker's pool is not detached.
    expect((await p.render('pooled')).toString()).toBe('pooled bytes');
    expect((await p.render('pooled')).toString()).toBe('pooled bytes');
  });

  it('queues beyond its size: one thread renders them in turn, two share them', async () => {
    const one = pool(1);
    const threads = await Promise.all([one.render('busy', 30), one.render('busy', 30), one.render('busy', 30)]);
    expect(new Set(threads.map(String)).size).toBe(1);
    expect(one.threads).toBe(1);

    const two = pool(2);
    const shared = await Promise.all([two.render('busy', 300), two.render('busy', 300), two.render('busy', 10)]);
    expect(new Set(shared.map(String)).size).toBe(2);
    expect(two.threads).toBe(2);
  });

  it('rejects with the error the renderer threw: an AppError keeps its class, code, message and extensions', async () => {
    const p = pool();
    const bad = await p.render('badInput', 'month').catch((e: unknown) => e);
    expect(bad).toBeInstanceOf(AppError);
    expect(bad).toMatchObject({ name: 'AppError', message: 'month: is not a date', extensions: { code: 'BAD_USER_INPUT', field: 'month' } });

    const large = await p.render('tooLarge').catch((e: unknown) => e);
    expect(large).toBeInstanceOf(HttpError);
    expect(large).toMatchObject({ status: 413, extensions: { code: 'BAD_USER_INPUT', field: 'file', limitBytes: 10 } });

    // A module's subclass arrives as an AppError with the same name and code (what routes and logs read).
    expect(await p.render('moduleError').catch((e: unknown) => e)).toMatchObject({
      name: 'WorkLogError',
      message: 'No such monthly report',
      extensions: { code: 'NOT_FOUND' },
    });

    // Anything else stays an internal error, with its name and the worker's stack frames for the log.
    const broken = (await p.render('broken').catch((e: unknown) => e)) as Error;
    expect(broken).not.toBeInstanceOf(AppError);
    expect(broken.name).toBe('TypeError');
    expect(broken.stack).toContain('document-pool-fixtures');
    // The worker survives an error thrown by a render.
    expect(p.threads).toBe(1);
    expect((await echoed(p, 'after')).text).toBe('after');
  });

  it('replaces a worker that crashed, failing only the task it held', async () => {
    const p = pool();
    const first = (await echoed(p, 'before')).threadId;
    const waiting = p.render('echo', 'queued before the crash');
    const crash = await p.render('crash').catch((e: unknown) => e);
    expect(crash).toBeInstanceOf(DocumentWorkerError);
    expect((crash as Error).message).toMatch(/stopped .* while rendering crash/);
    // `waiting` was answered before the crash; the next task starts a new worker.
    expect(JSON.parse((await waiting).toString()).threadId).toBe(first);
    const next = (await echoed(p, 'after')).threadId;
    expect(next).not.toBe(first);

    const exited = await p.render('exit').catch((e: unknown) => e);
    expect((exited as Error).message).toMatch(/exit code 3/);
    expect((await echoed(p, 'again')).text).toBe('again');
    expect(p.threads).toBe(1);
  });

  it('fails every task at once when its workers cannot start, and tries again on the next render', async () => {
    const p = new DocumentPool<typeof DOCUMENTS>({ module: new URL('./no-such-module.ts', import.meta.url).href, size: 1 });
    pools.push(p);
    const results = await Promise.all([p.render('echo', 'a'), p.render('echo', 'b')].map((r) => r.catch((e: unknown) => e)));
    for (const r of results) expect((r as Error).message).toMatch(/could not start/);
    expect(p.threads).toBe(0);
    expect(await p.render('echo', 'c').catch((e: unknown) => (e as Error).message)).toMatch(/could not start/);
  });

  it('refuses data that is not plain before sending it', async () => {
    class Entity {
      name = '张三';
    }
    const p = pool();
    await expect(p.render('echo', new Entity() as never)).rejects.toThrow('echo: args[0] (a Entity) is not plain data');
    expect(p.threads).toBe(0);
  });

  it('close() ends its workers and fails what is still running or waiting', async () => {
    const p = pool();
    await echoed(p, 'start');
    const running = p.render('busy', 2000).catch((e: unknown) => e);
    const waiting = p.render('echo', 'never').catch((e: unknown) => e);
    await p.close();
    expect(await running).toBeInstanceOf(DocumentWorkerError);
    expect(await waiting).toBeInstanceOf(DocumentWorkerError);
    expect(p.threads).toBe(0);
    await expect(p.render('echo', 'late')).rejects.toThrow('the document pool is closed');
  });
});

describe('notPlain', () => {
  it('accepts what a structured clone copies faithfully and names the first thing that is not', () => {
    const plain = {
      a: [1, 'x', null, undefined, true],
      d: new Date(),
      m: new Map([['k', { v: 1 }]]),
      s: new Set([1]),
      b: Buffer.from('x'),
      o: Object.create(null),
    };
    expect(notPlain([plain])).toBeNull();
    class Row {}
    expect(notPlain([{ rows: [{}, new Row()] }])).toBe('args[0].rows[1] (a Row)');
    expect(notPlain([{ m: new Map([['k', () => 1]]) }])).toBe('args[0].m.get(k) (a function)');
    // Lists are sampled: rows of one list have one shape.
    expect(notPlain([[{}, {}, {}, new Row()]])).toBeNull();
  });
});
