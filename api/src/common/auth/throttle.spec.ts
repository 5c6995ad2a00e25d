import { describe, expect, it } from '@jest/globals';
import { FailureThrottle } from './throttle.js';

describe(FailureThrottle.name, () => {
  function clock(start = 1_000_000) {
    let now = start;
    return { now: () => now, advance: (ms: number) => void (now += ms) };
  }

  it('lets a key try until it reaches the limit within the window', () => {
    const c = clock();
    const t = new FailureThrottle(3, 60_000, c.now);
    t.fail('u');
    t.fail('u');
    expect(t.retryAfter('u')).toBe(0);
    t.fail('u');
    expect(t.retryAfter('u')).toBe(60);
    expect(t.retryAfter('other')).toBe(0);
  });

  it('forgets failures once they leave the window', () => {
    const c = clock();
    const t = new FailureThrottle(2, 10_000, c.now);
    t.fail('u');
    c.advance(6_000);
    t.fail('u');
    expect(t.retryAfter('u')).toBe(4);
    c.advance(4_001);
    expect(t.retryAfter('u')).toBe(0);
  });

  it('starts over after a success', () => {
    const t = new FailureThrottle(1, 10_000);
    t.fail('u');
    expect(t.retryAfter('u')).toBeGreaterThan(0);
    t.reset('u');
    expect(t.retryAfter('u')).toBe(0);
  });
});
