import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { MikroORM } from '@mikro-orm/postgresql';
import { createTestDatabase } from '../../../test/database.js';
import { ormConfig } from '../../db/mikro-orm.config.js';
import { ThrottleCounter } from './throttle-counter.entity.js';
import { Throttle, type ThrottleRule } from './throttle.js';

const RULE: ThrottleRule = { name: 'test', limit: 3, firstWaitMs: 10_000, growth: 2, maxWaitMs: 35_000, forgetAfterMs: 60_000, onSuccess: 'reset' };
const UNCOUNTED: ThrottleRule = { ...RULE, name: 'test_uncount', onSuccess: 'uncount' };

describe(Throttle.name, () => {
  let orm: MikroORM;
  let drop: () => Promise<void>;
  let now: number;
  let throttle: Throttle;
  const em = () => orm.em.fork();
  const admit = (value = 'u', rule = RULE) => throttle.admit(em(), [[rule, value]]);
  const wait = async (value = 'u', rule = RULE) => {
    const a = await admit(value, rule);
    return a.admitted ? 0 : a.retryAfterSeconds;
  };

  beforeAll(async () => {
    const db = await createTestDatabase({ seeded: false });
    drop = db.drop;
    orm = await MikroORM.init(ormConfig(db.url, { preferTs: true }));
  });
  afterAll(async () => {
    await orm.close(true);
    await drop();
  });
  beforeEach(async () => {
    await em().nativeDelete(ThrottleCounter, {});
    now = Date.UTC(2026, 0, 5, 2, 0, 0);
    throttle = new Throttle(Buffer.from('a-test-key-of-thirty-two-characters!'), () => new Date(now), 1_000_000);
  });

  it('admits exactly the limit of many tries arriving at once', async () => {
    const answers = await Promise.all(Array.from({ length: 30 }, () => admit()));
    expect(answers.filter((a) => a.admitted)).toHaveLength(3);
    expect(answers.filter((a) => !a.admitted).every((a) => !a.admitted && a.retryAfterSeconds === 10)).toBe(true);
  });

  it('admits a try whose clock reads a moment earlier than the last one’s, below the limit', async () => {
    // Concurrent requests read the time a few milliseconds apart and reach the database in either order.
    now += 5;
    expect(await wait()).toBe(0);
    now -= 5;
    expect(await wait()).toBe(0);
    expect(await wait()).toBe(0);
    expect(await wait()).toBe(10);
  });

  it('doubles the wait after each further try, up to its cap, without counting refused tries', async () => {
    for (let i = 0; i < 3; i += 1) expect(await wait()).toBe(0);
    const waits: number[] = [];
    for (let i = 0; i < 4; i += 1) {
      const w = await wait();
      expect(await wait()).toBe(w);
      waits.push(w);
      now += w * 1000;
      expect(await wait()).toBe(0);
    }
    expect(waits).toEqual([10, 20, 35, 35]);
  });

  it('forgets a key once the wait has ended and the quiet time passed', async () => {
    for (let i = 0; i < 3; i += 1) await admit();
    now += 10_000 + 59_999;
    expect(await wait()).toBe(0);
    expect(await wait()).toBe(20);
    now += 20_000 + 60_000;
    for (let i = 0; i < 3; i += 1) expect(await wait()).toBe(0);
    expect(await wait()).toBe(10);
  });

  it('keeps keys apart and stores no value in them', async () => {
    for (let i = 0; i < 3; i += 1) await admit('alice\n10.0.0.1');
    expect(await wait('alice\n10.0.0.1')).toBe(10);
    expect(await wait('alice\n10.0.0.2')).toBe(0);
    const keys = (await em().find(ThrottleCounter, {})).map((c) => c.key);
    expect(keys.join()).not.toMatch(/alice|10\.0\.0/);
  });

  it('resets on a success unless a later try was counted meanwhile', async () => {
    await admit();
    const success = await admit();
    await throttle.succeeded(em(), success);
    expect(await em().count(ThrottleCounter, {})).toBe(0);

    const raced = await admit();
    await admit();
    await throttle.succeeded(em(), raced);
    expect((await em().findOneOrFail(ThrottleCounter, { key: throttle.key(RULE, 'u') })).attempts).toBe(2);
  });

  it('takes back only the succeeding try under an uncount rule, and lifts the wait it caused', async () => {
    await admit('u', UNCOUNTED);
    await admit('u', UNCOUNTED);
    const third = await admit('u', UNCOUNTED);
    expect(await wait('u', UNCOUNTED)).toBe(10);
    await throttle.succeeded(em(), third);
    expect(await wait('u', UNCOUNTED)).toBe(0);
    expect(await wait('u', UNCOUNTED)).toBe(10);
  });

  it('takes back the tries it counted when a later key must wait', async () => {
    for (let i = 0; i < 3; i += 1) await admit('b');
    const refused = await throttle.admit(em(), [
      [UNCOUNTED, 'a'],
      [RULE, 'b'],
    ]);
    expect(refused).toEqual({ admitted: false, retryAfterSeconds: 10 });
    expect(await em().count(ThrottleCounter, { key: throttle.key(UNCOUNTED, 'a'), attempts: 0 })).toBe(1);
  });

  it('deletes forgotten counters, on its own once every so many calls', async () => {
    throttle = new Throttle(Buffer.from('a-test-key-of-thirty-two-characters!'), () => new Date(now), 5);
    for (let i = 0; i < 4; i += 1) await admit(`random-${i}`);
    now += 61_000;
    expect(await em().count(ThrottleCounter, {})).toBe(4);
    await admit('the fifth call prunes first');
    expect(await em().count(ThrottleCounter, {})).toBe(1);
    now += 61_000;
    expect(await throttle.prune(em())).toBe(1);
  });
});
