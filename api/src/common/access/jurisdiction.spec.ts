import { describe, expect, it } from '@jest/globals';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ancestorAt, atOrAbove, contains, regionsUnder, sqlRegionsUnder, sqlUnder, under, type Place } from './jurisdiction.js';

const province: Place = { id: 'p', level: 'PROVINCE', path: '/p/' };
const city: Place = { id: 'c', level: 'CITY', path: '/p/c/' };
const county: Place = { id: 'k', level: 'COUNTY', path: '/p/c/k/' };
const township: Place = { id: 't', level: 'TOWNSHIP', path: '/p/c/k/t/' };
const village: Place = { id: 'v', level: 'VILLAGE', path: '/p/c/k/t/v/' };

/** Records the subquery asked for instead of building SQL: which places and levels the helper resolved through `region`. */
const em = {
  createQueryBuilder: () => {
    const qb = { select: () => qb, where: (where: unknown) => ({ subquery: where }) };
    return qb;
  },
} as unknown as EntityManager;

const CASE = { COUNTY: 'county', TOWNSHIP: 'township', VILLAGE: 'village' } as const;

describe('jurisdiction helper', () => {
  it('filters on the column of the scope’s own level when the entity records it', () => {
    expect(under(em, county, CASE)).toEqual({ county: 'k' });
    expect(under(em, township, CASE)).toEqual({ township: 't' });
    expect(under(em, village, CASE)).toEqual({ village: 'v' });
  });

  it('two or more levels above the recorded ones, matches the highest through a subquery of every region under the place', () => {
    // No `level = ?` in the subquery: the planner would size the matching rows by it (a province's million cases as
    // a few thousand) and plan a capped count as a parallel hash join.
    expect(under(em, province, CASE)).toEqual({ county: { $in: { subquery: { path: { $like: '/p/%' } } } } });
    expect(under(em, province, { TOWNSHIP: 'township' })).toEqual({
      township: { $in: { subquery: { path: { $like: '/p/%' } } } },
    });
  });

  it('one level above a recorded level, tests the column against the children’s ids computed once (any(array(…)))', () => {
    const children = (id: string) => ({ sql: 'any(array(select jr.id from region jr where jr.parent_id = ?))', params: [id] });
    expect((under(em, county, { TOWNSHIP: 'township' }) as { township: unknown }).township).toMatchObject(children('k'));
    expect((under(em, city, CASE) as { county: unknown }).county).toMatchObject(children('c'));
    const office = under(em, township, { VILLAGE: 'office.village' }) as { office: { village: unknown } };
    expect(office.office.village).toMatchObject(children('t'));
  });

  it('rows recorded only above the scope are outside it, and an unknown level is nowhere', () => {
    expect(under(em, township, { COUNTY: 'county' })).toEqual({ id: { $in: [] } });
    expect(under(em, { id: 'x', level: 'GALAXY', path: '/x/' }, CASE)).toEqual({ id: { $in: [] } });
  });

  it('selects region rows of a level under a place by the cheapest predicate', () => {
    expect(regionsUnder(county, 'COUNTY')).toEqual({ id: 'k' });
    expect(regionsUnder(county, 'TOWNSHIP')).toEqual({ parent: 'k' });
    expect(regionsUnder(county, 'VILLAGE')).toEqual({ path: { $like: '/p/c/k/%' }, level: 'VILLAGE' });
    expect(regionsUnder(township, 'COUNTY')).toEqual({ id: { $in: [] } });
    expect(regionsUnder(city)).toEqual({ path: { $like: '/p/c/%' } });
  });

  it('escapes LIKE wildcards in paths', () => {
    expect(regionsUnder({ id: 'a', level: 'CITY', path: '/a_%\\/' }, 'VILLAGE')).toEqual({ path: { $like: '/a\\_\\%\\\\/%' }, level: 'VILLAGE' });
  });

  it('matches rows recorded at the place or any ancestor (a county’s annual training, seen from a township)', () => {
    expect(atOrAbove(township, { COUNTY: 'county' })).toEqual({ $or: [{ county: { $in: ['p', 'c', 'k', 't'] } }] });
    expect(atOrAbove(county, { TOWNSHIP: 'township' })).toEqual({ id: { $in: [] } });
  });

  it('answers containment and ancestors from paths', () => {
    expect(contains(county, village)).toBe(true);
    expect(contains(village, county)).toBe(false);
    expect(contains({ id: 'k2', level: 'COUNTY', path: '/p/c/k2/' }, village)).toBe(false);
    expect(ancestorAt(village, 'COUNTY')).toBe('k');
    expect(ancestorAt(village, 'PROVINCE')).toBe('p');
    expect(ancestorAt(township, 'TOWNSHIP')).toBe('t');
    expect(ancestorAt(county, 'VILLAGE')).toBeNull();
    // A city-rooted tree: the county is still found by its level, not its position.
    expect(ancestorAt({ id: 'v', level: 'VILLAGE', path: '/c/k/t/v/' }, 'COUNTY')).toBe('k');
    expect(ancestorAt({ id: 'v', level: 'VILLAGE', path: '/c/k/t/v/' }, 'PROVINCE')).toBeNull();
  });

  it('gives raw SQL the same choices, with parameters', () => {
    const cols = { COUNTY: 'mc.county_id', TOWNSHIP: 'mc.township_id', VILLAGE: 'mc.village_id' };
    expect(sqlUnder(county, cols)).toEqual({ sql: 'mc.county_id = ?', params: ['k'] });
    expect(sqlUnder(city, cols)).toEqual({ sql: 'mc.county_id in (select jr.id from region jr where jr.parent_id = ?)', params: ['c'] });
    // Two levels down or more: every region under the place, whatever its level (the planner then estimates the share right).
    expect(sqlUnder(province, cols)).toEqual({ sql: 'mc.county_id in (select jr.id from region jr where jr.path like ?)', params: ['/p/%'] });
    expect(sqlUnder(county, { VILLAGE: 'p.village_id' })).toEqual({
      sql: 'p.village_id in (select jr.id from region jr where jr.path like ?)',
      params: ['/p/c/k/%'],
    });
    expect(sqlUnder(township, { VILLAGE: 'p.village_id' })).toEqual({
      sql: 'p.village_id in (select jr.id from region jr where jr.parent_id = ?)',
      params: ['t'],
    });
    expect(sqlUnder(township, { COUNTY: 'a.county_id' })).toEqual({ sql: 'false', params: [] });
    expect(sqlRegionsUnder(county, 'v', 'TOWNSHIP')).toEqual({ sql: 'v.parent_id = ?', params: ['k'] });
    expect(sqlRegionsUnder(city, 'v', 'VILLAGE')).toEqual({ sql: 'v.path like ? and v.level = ?', params: ['/p/c/%', 'VILLAGE'] });
  });
});
