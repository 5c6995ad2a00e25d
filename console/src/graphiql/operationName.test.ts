import { describe, expect, it } from 'vitest';
import { operationNameFor } from './operationName';

describe('operationNameFor', () => {
  it('keeps a name the query has', () => {
    expect(operationNameFor('query A { me { id } } query B { me { role } }', 'B')).toBe('B');
  });

  it('drops a stale name when the query now holds one anonymous operation (typed and run at once)', () => {
    expect(operationNameFor('{ me { username } }', 'Overview')).toBeUndefined();
  });

  it('takes the single operation’s own name in place of a stale one', () => {
    expect(operationNameFor('query Mine { me { id } }', 'Overview')).toBe('Mine');
  });

  it('leaves an unknown name to the server when the query holds several operations, or does not parse', () => {
    expect(operationNameFor('query A { me { id } } query B { me { role } }', 'C')).toBe('C');
    expect(operationNameFor('{ me {', 'Overview')).toBe('Overview');
  });
});
