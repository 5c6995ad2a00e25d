import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createBlankDatabase } from '../../test/database.js';
import { tryAdvisoryLock, withAdvisoryLock } from './advisory-lock.js';

describe('the advisory locks of the jobs that run once', () => {
  let db: Awaited<ReturnType<typeof createBlankDatabase>>;
  beforeAll(async () => {
    db = await createBlankDatabase();
  });
  afterAll(() => db.drop());

  it('withAdvisoryLock makes a second holder wait; tryAdvisoryLock skips while it is held and runs once it is free', async () => {
    const order: string[] = [];
    let release!: () => void;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    let entered!: () => void;
    const inside = new Promise<void>((resolve) => {
      entered = resolve;
    });
    const first = withAdvisoryLock(db.url, 'fengqiao:test-once', async () => {
      order.push('first in');
      entered();
      await gate;
      order.push('first out');
    });
    await inside;
    const second = withAdvisoryLock(db.url, 'fengqiao:test-once', async () => void order.push('second'));
    expect(await tryAdvisoryLock(db.url, 'fengqiao:test-once', async () => 'ran')).toEqual({ ran: false });
    // Another name is another lock.
    expect(await tryAdvisoryLock(db.url, 'fengqiao:test-other', async () => 'ran')).toEqual({ ran: true, value: 'ran' });
    await new Promise((r) => setTimeout(r, 200));
    expect(order).toEqual(['first in']);
    release();
    await Promise.all([first, second]);
    expect(order).toEqual(['first in', 'first out', 'second']);
    expect(await tryAdvisoryLock(db.url, 'fengqiao:test-once', async () => 'ran')).toEqual({ ran: true, value: 'ran' });
  });

  it('a job that throws releases its lock', async () => {
    await expect(
      withAdvisoryLock(db.url, 'fengqiao:test-throws', async () => {
        throw new Error('migration failed');
      }),
    ).rejects.toThrow('migration failed');
    expect(await tryAdvisoryLock(db.url, 'fengqiao:test-throws', async () => 'ran')).toEqual({ ran: true, value: 'ran' });
  });
});
