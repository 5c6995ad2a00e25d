import { describe, expect, it } from '@jest/globals';
import { escapeLike } from './list.js';

describe('escapeLike', () => {
  it('escapes the LIKE wildcards so a search for "50%" is literal', () => {
    expect(escapeLike('50%_a\\b')).toBe('50\\%\\_a\\\\b');
  });
});
