import { describe, expect, it } from '@jest/globals';
import { DEFAULT_TAKE, SortOrder, escapeLike, pageOf } from './list.js';

describe('pageOf', () => {
  it('defaults to the first page and always breaks ties by id', () => {
    expect(pageOf(undefined)).toEqual({ offset: 0, limit: DEFAULT_TAKE, orderBy: [{ id: 'asc' }] });
  });

  it('turns sort fields, including relation paths, into ORDER BY in the given order', () => {
    const page = pageOf({ skip: 20, take: 10, sort: [{ field: 'parent.name', order: SortOrder.DESC }, { field: 'code', order: SortOrder.ASC }] });
    expect(page).toEqual({ offset: 20, limit: 10, orderBy: [{ parent: { name: 'desc' } }, { code: 'asc' }, { id: 'asc' }] });
  });
});

describe('escapeLike', () => {
  it('escapes the LIKE wildcards so a search for "50%" is literal', () => {
    expect(escapeLike('50%_a\\b')).toBe('50\\%\\_a\\\\b');
  });
});
