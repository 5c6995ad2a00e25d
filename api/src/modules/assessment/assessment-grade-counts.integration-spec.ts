import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { COUNTY_ID, townshipId } from '@fengqiao/seeds';
import { countQueries, startTestApp, type TestApp } from '../../../test/app.js';
import { exposedCells, type Suppression, tableCells } from '../../common/access/suppression.js';

const CELL = '{ value suppressed display }';
const TABLE = `query($year: Int!) { assessmentGradeCounts(year: $year) { year county { id } status
  townships { township { id name } counts { grade count ${CELL} } total ${CELL} }
  totals { grade count ${CELL} } total ${CELL} } }`;
const ASSESSMENT = `query($year: Int!) { assessment(year: $year) { results { adviser { name } grade townships { id } } gradeCounts { grade count } } }`;
type Cell = { value: number | null; suppressed: Suppression | null; display: string };

describe('assessmentGradeCounts', () => {
  let app: TestApp;
  const tokens: Record<string, string> = {};
  beforeAll(async () => {
    app = await startTestApp({}, { at: '2026-11-20T10:00:00+08:00' });
    for (const name of ['bureau', 'office.tianning', 'adviser.1', 'party.1', 'analyst']) tokens[name] = await app.login(name);
  });
  afterAll(() => app.close());

  /** The table's cells in `tableCells` order (rows, row totals, column totals, the total) as `r:c` keys. */
  const cellsOf = (t: any): Map<string, Cell> => {
    const out = new Map<string, Cell>();
    for (const [r, row] of t.townships.entries()) for (const [c, cell] of row.counts.entries()) out.set(`${r}:${c}`, cell.count);
    for (const [r, row] of t.townships.entries()) out.set(`${r}:*`, row.total);
    for (const [c, cell] of t.totals.entries()) out.set(`*:${c}`, cell.count);
    out.set('*:*', t.total);
    return out;
  };

  it('gives the bureau exact counts by township that add up to the county’s grades', async () => {
    const res = await app.gql(TABLE, { year: 2026 }, tokens.bureau);
    expect(res.errors).toBeUndefined();
    const t = res.data.assessmentGradeCounts;
    expect(t).toMatchObject({ year: 2026, county: { id: COUNTY_ID }, status: 'DRAFT' });
    const county = (await app.gql(ASSESSMENT, { year: 2026 }, tokens.bureau)).data.assessment;
    expect(t.totals.map((g: any) => [g.grade, g.count.value])).toEqual(county.gradeCounts.map((g: any) => [g.grade, g.count]));
    for (const cell of cellsOf(t).values()) expect(cell.suppressed).toBeNull();
    for (const row of t.townships) expect(row.counts.reduce((n: number, g: any) => n + g.count.value, 0)).toBe(row.total.value);
    // Every adviser once, under the first of their townships (by id).
    const tianning = townshipId('tianning');
    const inTianning = county.results.filter((r: any) => r.grade && [...r.townships.map((x: any) => x.id)].sort()[0] === tianning);
    expect(t.townships.find((r: any) => r.township.id === tianning).total.value).toBe(inTianning.length);
  });

  it('shows the analyst "<3" for every count under 3, and nothing a total can recover', async () => {
    const exact = (await app.gql(TABLE, { year: 2026 }, tokens.bureau)).data.assessmentGradeCounts;
    const res = await app.gql(TABLE, { year: 2026 }, tokens.analyst);
    expect(res.errors).toBeUndefined();
    const shown = res.data.assessmentGradeCounts;
    expect(shown.townships.map((r: any) => r.township.id)).toEqual(exact.townships.map((r: any) => r.township.id));
    const truth = cellsOf(exact);
    const published = cellsOf(shown);
    let small = 0;
    for (const [key, cell] of published) {
      const value = truth.get(key)!.value!;
      // A zero may read "<3" too, where nothing else protects a small count; 1 and 2 always do.
      if (value === 1 || value === 2 || (value === 0 && cell.suppressed)) {
        if (value > 0) small++;
        expect(cell).toEqual({ value: null, suppressed: 'SMALL', display: '<3' });
      } else if (cell.suppressed) {
        expect(cell).toEqual({ value: null, suppressed: 'COMPLEMENTARY', display: 'x' });
      } else {
        expect(cell.value).toBe(value);
      }
    }
    expect(small).toBeGreaterThan(0);
    // The attack on the published table: rows, columns and totals propagated until nothing moves pin no hidden cell.
    const { cells, lines } = tableCells(exact.townships.map((r: any) => r.counts.map((g: any) => g.count.value)));
    const hidden = new Map([...published].filter(([, c]) => c.suppressed).map(([k, c]) => [k, c.suppressed!]));
    expect(exposedCells(cells, lines, hidden)).toEqual([]);
    for (const [row, col] of [...hidden.keys()].map((k) => k.split(':'))) {
      // No row or column with a single withheld figure (the plain subtraction attack).
      const inRow = [...hidden.keys()].filter((k) => k.split(':')[0] === row).length;
      const inCol = [...hidden.keys()].filter((k) => k.split(':')[1] === col).length;
      expect([inRow === 1, inCol === 1]).toEqual([false, false]);
    }
  });

  it('never gives the analyst an adviser’s result', async () => {
    const names = (await app.gql(ASSESSMENT, { year: 2026 }, tokens.bureau)).data.assessment.results.map((r: any) => r.adviser.name);
    const res = await app.gql(TABLE, { year: 2026 }, tokens.analyst);
    const text = JSON.stringify(res);
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(text).not.toContain(name);
    expect((await app.gql(ASSESSMENT, { year: 2026 }, tokens.analyst)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const scheme = await app.gql('{ assessmentScheme(year: 2026) { year } }', {}, tokens.analyst);
    expect(scheme.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('gives an office its own township only, exact', async () => {
    const t = (await app.gql(TABLE, { year: 2026 }, tokens['office.tianning'])).data.assessmentGradeCounts;
    expect(t.townships.map((r: any) => r.township.id)).toEqual([townshipId('tianning')]);
    expect(t.total.suppressed).toBeNull();
  });

  it.each(['adviser.1', 'party.1'])('refuses %s', async (name) => {
    expect((await app.gql(TABLE, { year: 2026 }, tokens[name])).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('costs the analyst the bureau’s statements: suppression is computed, not queried', async () => {
    const count = async (who: string) => (await countQueries(() => app.gql(TABLE, { year: 2026 }, tokens[who]))).count;
    await count('bureau');
    expect(await count('analyst')).toBe(await count('bureau'));
  });
});
