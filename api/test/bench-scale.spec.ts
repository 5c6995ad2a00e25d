import { describe, expect, it } from '@jest/globals';
import { byIdWithinEqualLoads, jsRatio } from '../bench/scale/aggregates.js';
import { firstDifference } from '../bench/scale/compare.js';
import { cell, markdownTable, ms, renderResults, scenarioRows } from '../bench/scale/report.js';
import { maskName, maskPhone, regionIdsAt, regionsUnder, Sql, under } from '../bench/scale/sql.js';
import { targetsOf } from '../bench/scale/main.js';
import { judge, percentile, planRuns, requestsPerWorker, summarize } from '../bench/scale/stats.js';
import type { Place, RunReport, ScenarioResult } from '../bench/scale/types.js';

describe('percentiles (nearest rank)', () => {
  const oneToHundred = Array.from({ length: 100 }, (_, i) => i + 1);

  it('gives the smallest sample with at least p % of the samples at or below it', () => {
    expect(percentile(oneToHundred, 50)).toBe(50);
    expect(percentile(oneToHundred, 95)).toBe(95);
    expect(percentile(oneToHundred, 99)).toBe(99);
    expect(percentile(oneToHundred, 100)).toBe(100);
    expect(percentile(oneToHundred, 0)).toBe(1);
    // Ten samples: the 95th percentile is the 10th (rank ⌈9.5⌉), the median the 5th.
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 95)).toBe(10);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 50)).toBe(5);
    expect(percentile([7], 99)).toBe(7);
  });

  it('is NaN without samples and refuses a p outside 0…100', () => {
    expect(percentile([], 50)).toBeNaN();
    expect(() => percentile([1], 101)).toThrow(RangeError);
    expect(() => percentile([1], Number.NaN)).toThrow(RangeError);
  });

  it('summarises unsorted latencies, with throughput over the wall time of all clients', () => {
    const s = summarize([30, 10, 20, 40], 200);
    expect(s).toEqual({ n: 4, p50: 20, p95: 40, p99: 40, max: 40, mean: 25, throughput: 20 });
    expect(summarize([], 100).n).toBe(0);
    expect(summarize([], 100).p50).toBeNaN();
  });
});

describe('targets and run sizes', () => {
  it('judges a value against a limit either way, with the ratio', () => {
    expect(judge(80, 100, 'atMost')).toEqual({ met: true, ratio: 0.8 });
    expect(judge(120, 100, 'atMost')).toEqual({ met: false, ratio: 1.2 });
    expect(judge(90, 100, 'atLeast')).toEqual({ met: false, ratio: 0.9 });
    expect(judge(null, 100, 'atMost')).toEqual({ met: null, ratio: null });
    expect(judge(Number.NaN, 100, 'atMost')).toEqual({ met: null, ratio: null });
  });

  it('plans at least 20 samples within the budget, 3 alone however slow, and no crowd that cannot fit', () => {
    const o = { rounds: 3, roundMs: 800, budgetMs: 45_000 };
    expect(planRuns(5, 1, o)).toEqual({ rounds: 3, perWorker: 20 });
    expect(planRuns(400, 1, o)).toEqual({ rounds: 3, perWorker: 7 });
    expect(planRuns(400, 8, o)).toEqual({ rounds: 3, perWorker: 1 });
    expect(planRuns(5_000, 8, o)).toEqual({ rounds: 2, perWorker: 1 });
    expect(planRuns(25_000, 1, o)).toEqual({ rounds: 3, perWorker: 1 });
    expect(planRuns(25_000, 8, o)).toBeNull();
  });

  it('sizes a round from a warm-up latency, at least one request and at most the cap', () => {
    expect(requestsPerWorker(10, 1, 800, 20)).toBe(20);
    expect(requestsPerWorker(100, 1, 800, 20)).toBe(8);
    expect(requestsPerWorker(100, 8, 800, 20)).toBe(2);
    expect(requestsPerWorker(5000, 8, 800, 20)).toBe(1);
    expect(requestsPerWorker(0, 8, 800, 20)).toBe(20);
  });
});

describe('comparing JSON', () => {
  it('ignores the order of keys but not of arrays, and names the first difference', () => {
    expect(firstDifference({ a: 1, b: [1, { c: 'x' }] }, { b: [1, { c: 'x' }], a: 1 })).toBeNull();
    expect(firstDifference({ items: [{ name: '张*三' }] }, { items: [{ name: '张三' }] })).toBe('items[0].name: "张*三" ≠ "张三"');
    expect(firstDifference({ a: [1, 2] }, { a: [2, 1] })).toBe('a[0]: 1 ≠ 2');
    expect(firstDifference({ a: [1] }, { a: [1, 2] })).toBe('a: 1 elements ≠ 2');
    expect(firstDifference({ a: 1 }, { a: 1, b: null })).toBe('b: missing ≠ null');
    expect(firstDifference({ a: null }, { a: 0 })).toBe('a: null ≠ 0');
    expect(firstDifference([], {})).toBe('(root): an array ≠ an object');
  });
});

describe('coverage comparison', () => {
  it('orders advisers of equal load by id, and keeps the order of loads', () => {
    const load = (id: string, name: string, villageCount: number) => ({ adviser: { id, name }, villageCount });
    expect(byIdWithinEqualLoads([load('b', '沈', 3), load('a', '陈', 3), load('c', '曹', 2), load('d', '安', 5)]).map((l) => l.adviser.id)).toEqual([
      'a',
      'b',
      'c',
      'd',
    ]);
  });
});

describe('floor SQL helpers', () => {
  const county: Place = { id: 'c0', level: 'COUNTY', path: '/p0/c1/c0/', name: '交城县' };
  const city: Place = { id: 'c1', level: 'CITY', path: '/p0/c1/', name: '吕梁市' };
  const province: Place = { id: 'p0', level: 'PROVINCE', path: '/p0/', name: '山西省' };

  it('narrows by the column of the place’s own level, its children’s ids one level down, the subtree by path further', () => {
    const q = new Sql();
    expect(under(q, county, { COUNTY: 't.county_id', TOWNSHIP: 't.township_id' })).toBe('t.county_id = $1');
    expect(under(q, county, { TOWNSHIP: 't.township_id' })).toBe('t.township_id = any(array(select r.id from region r where r.parent_id = $2))');
    expect(under(q, city, { COUNTY: 't.county_id' })).toBe('t.county_id = any(array(select r.id from region r where r.parent_id = $3))');
    expect(under(q, province, { TOWNSHIP: 't.township_id' })).toBe('t.township_id in (select rp.id from region rp where rp.path like $4)');
    expect(under(q, county, { CITY: 't.city_id' })).toBe('false');
    expect(q.params).toEqual(['c0', 'c0', 'c1', '/p0/%']);
  });

  it('selects regions of a level under a place, or its whole subtree, and the ids of a level down parent_id', () => {
    const q = new Sql();
    expect(regionsUnder(q, county, 'r', 'COUNTY')).toBe('r.id = $1');
    expect(regionsUnder(q, county, 'r', 'TOWNSHIP')).toBe('r.parent_id = $2');
    expect(regionsUnder(q, county, 'r', 'CITY')).toBe('false');
    expect(regionsUnder(q, county, 'r', 'VILLAGE')).toBe('r.path like $3 and r.level = $4');
    expect(regionsUnder(q, city, 'r')).toBe('r.path like $5');
    expect(regionIdsAt(q, province, 'COUNTY')).toBe(
      'select r2.id from region r2 where r2.parent_id in (select r1.id from region r1 where r1.parent_id = $6)',
    );
    expect(q.params).toEqual(['c0', 'c0', '/p0/c1/c0/%', 'VILLAGE', '/p0/c1/%', 'p0']);
  });

  it('writes the API’s masks and ratio rounding as SQL (checked against PostgreSQL in bench-floors.integration-spec)', () => {
    expect(maskName('pe.name')).toContain("repeat('*', char_length(btrim(pe.name)) - 2)");
    expect(maskPhone('p')).toContain("left(p, 3) || '****' || right(p, 4)");
    expect(jsRatio('a', 'b')).toContain('nullif(b, 0)');
  });
});

describe('RESULTS.md', () => {
  it('escapes cells and refuses rows of the wrong width', () => {
    expect(cell('a|b\nc')).toBe('a\\|b c');
    expect(cell(null)).toBe('');
    expect(markdownTable(['a', 'b'], [[1, 'x|y']], ['r', 'l'])).toBe('| a | b |\n|---:|---|\n| 1 | x\\|y |');
    expect(() => markdownTable(['a', 'b'], [[1]])).toThrow(/row 0 has 1 cells for 2 columns/);
  });

  it('prints milliseconds with the precision they deserve', () => {
    expect(ms(1.234)).toBe('1.23');
    expect(ms(12.34)).toBe('12.3');
    expect(ms(123.4)).toBe('123');
    expect(ms(Number.NaN)).toBe('–');
  });

  const s = (p50: number, throughput = 100) => ({ n: 10, p50, p95: p50 * 2, p99: p50 * 3, max: p50 * 4, mean: p50, throughput });
  const result: ScenarioResult = {
    scenario: 'mediationCases',
    title: 'mediationCases: the case list',
    kind: 'list',
    scope: 'county',
    username: 'bureau.1',
    items: 25,
    bytes: 22_170,
    api: {
      byClients: { 1: s(20), 8: s(60, 300) },
      statementsPerRequest: 6,
      eventLoopMaxMs: 12.5,
      eventLoopP99Ms: 11,
      eventLoopMaxByClients: { 1: 9.5, 8: 12.5 },
    },
    floor: { byClients: { 1: s(10), 8: s(20, 900) }, equal: true },
    postgraphile: { unsupported: 'a path prefix' },
  };

  it('writes one row per target and concurrency, with the ratio to the floor and what PostGraphile cannot express', () => {
    const rows = scenarioRows([result], [1, 8]);
    expect(rows.map((r) => [r[1], r[2], r[4], r[9], r[10]])).toEqual([
      ['API', '1', '20.0', '6.0', '2.00×'],
      ['API', '8', '60.0', '', '3.00×'],
      ['floor (1 SQL statement)', '1', '10.0', '1', ''],
      ['floor (1 SQL statement)', '8', '20.0', '', ''],
      ['PostGraphile', '', '–', '', ''],
    ]);
    expect(rows[0]![11]).toBe('25 items; 22 kB; event loop max 9.50 ms at 1, 12.5 ms at 8');
    expect(rows[2]![11]).toBe('same JSON as the API');
    expect(rows[4]![11]).toBe('cannot express: a path prefix');
  });

  it('says when the floor differs from the API, and shows an error instead of numbers', () => {
    const rows = scenarioRows(
      [{ ...result, api: { ...result.api, error: 'FORBIDDEN' }, floor: { ...result.floor, equal: false, difference: 'items[0].id: "a" ≠ "b"' } }],
      [1, 8],
    );
    expect(rows[0]![11]).toBe('error: FORBIDDEN');
    expect(rows[1]![11]).toBe('**differs from the API**: items[0].id: "a" ≠ "b"');
  });

  it('judges the event-loop target on one request’s hold (1 client) and the heavy run, showing 8 clients’ queue beside', () => {
    const withHolds = (scenario: string, one: number, eight: number): ScenarioResult => ({
      ...result,
      scenario,
      api: { ...result.api, eventLoopMaxMs: eight, eventLoopMaxByClients: { 1: one, 8: eight } },
    });
    const loopTarget = (scenarios: ScenarioResult[], heavyMax: number) =>
      targetsOf({
        scenarios,
        heavy: { scenario: 'trainingCompliance', scope: 'province', eventLoopMaxMs: heavyMax } as RunReport['heavy'],
        rss: { peakMb: 400, endMb: 300, startMb: 200 },
        scopes: [],
      }).find((t) => t.name.startsWith('no request holds the event loop'))!;
    const met = loopTarget([withHolds('mediationCases', 31, 120), withHolds('villages', 22, 90)], 40);
    expect(met.verdict.met).toBe(true);
    expect(met.measured).toBe('40 ms (beside trainingCompliance (province))');
    expect(met.note).toContain('reached 120 ms');
    const missed = loopTarget([withHolds('mediationCases', 31, 120), withHolds('villages', 64, 90)], 40);
    expect(missed.verdict.met).toBe(false);
    expect(missed.measured).toBe('64 ms (villages (county))');
    expect(missed.note).toContain('over: villages (county) 64 ms');
  });

  it('writes one row saying why for a scenario without a floor (the year-end computations)', () => {
    const rows = scenarioRows([{ ...result, kind: 'yearEnd', floor: { byClients: {}, equal: null, none: 'rules in TypeScript' } }], [1, 8]);
    expect(rows.map((r) => [r[1], r[2], r[10], r[11]])).toEqual([
      ['API', '1', '–', '25 items; 22 kB; event loop max 9.50 ms at 1, 12.5 ms at 8'],
      ['API', '8', '–', ''],
      ['floor', '', '', 'none: rules in TypeScript'],
      ['PostGraphile', '', '', 'cannot express: a path prefix'],
    ]);
  });

  it('puts the machine, the data, the targets and a table per scenario in one document', () => {
    const report: RunReport = {
      machine: {
        cpu: 'Test CPU',
        cores: 2,
        ramGiB: 23.4,
        platform: 'linux x64',
        node: 'v24.0.0',
        postgres: '15.20',
        loadStart: [1, 2, 3],
        loadEnd: [0.5, 1, 2],
        startedAt: '2026-12-01T07:00:00Z',
        endedAt: '2026-12-01T07:10:00Z',
      },
      sizes: { mediation_case: 1_000_000 },
      database: 'fq_scale',
      scopes: [{ label: 'county', username: 'bureau.1', place: { id: 'c', level: 'COUNTY', path: '/c/', name: '交城县' } }],
      missingScopes: ['province: no account'],
      settings: { rounds: 3, roundMs: 800, budgetMs: 45_000, concurrency: [1, 8], today: '2026-12-01', command: 'npm run bench -- --scale' },
      targets: [{ name: 'list p95 at 1 client', measured: '40 ms', limit: '100 ms', verdict: { met: true, ratio: 0.4 } }],
      scenarios: [result],
      heavy: null,
      rss: { peakMb: 210.4, endMb: 180, startMb: 150 },
      eventLoopRunMaxMs: 30,
      notes: ['a note'],
    };
    const md = renderResults(report);
    expect(md).toContain('| machine | Test CPU, 2 cores, 23.4 GiB RAM, linux x64 |');
    expect(md).toContain('| load average at start (1/5/15 min) | 1.00 / 2.00 / 3.00 |');
    expect(md).toContain('| mediation_case | 1,000,000 |');
    expect(md).toContain('| command | `DATABASE_URL=… npm run bench -- --scale` |');
    expect(md).toContain('- province: no account');
    expect(md).toContain('| list p95 at 1 client | 40 ms | 100 ms | 0.40× | met |  |');
    expect(md).toContain('### mediationCases: the case list');
    expect(md).toContain('| peak RSS over the whole run (VmHWM) | 210 MB |');
    expect(md.endsWith('- a note\n')).toBe(true);
  });
});
