import type { Summary, Verdict } from './stats.js';
import type { Measured, RunReport, ScenarioResult } from './types.js';

/**
 * RESULTS.md for `npm run bench -- --scale`: the machine and the data first, then the issue's targets met or missed,
 * then one table per scenario. Pure (report in, markdown out) and unit-tested.
 */

/** One table cell: pipes escaped, line breaks turned into spaces, nothing for null. */
export function cell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  return String(value).replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/** A GitHub-flavoured markdown table; `align` per column, `r` for numbers. */
export function markdownTable(
  header: readonly string[],
  rows: ReadonlyArray<ReadonlyArray<string | number | null | undefined>>,
  align: ReadonlyArray<'l' | 'r'> = [],
): string {
  for (const [i, row] of rows.entries()) {
    if (row.length !== header.length) throw new Error(`markdownTable: row ${i} has ${row.length} cells for ${header.length} columns`);
  }
  const line = (cells: ReadonlyArray<string | number | null | undefined>) => `| ${cells.map(cell).join(' | ')} |`;
  const rule = `|${header.map((_, i) => (align[i] === 'r' ? '---:' : '---')).join('|')}|`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}

/** Milliseconds for a table: two decimals under 10, one under 100, none above. */
export function ms(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  if (value < 10) return value.toFixed(2);
  if (value < 100) return value.toFixed(1);
  return value.toFixed(0);
}

/** Requests per second: one decimal under 100. */
export function rate(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  return value < 100 ? value.toFixed(1) : value.toFixed(0);
}

/** `1.53×` from a ratio. */
export function times(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  return `${value < 10 ? value.toFixed(2) : value.toFixed(1)}×`;
}

export function verdictText(v: Verdict): string {
  if (v.met === null) return 'not measured';
  return v.met ? 'met' : '**missed**';
}

function summaryCells(s: Summary | undefined): Array<string> {
  return s ? [String(s.n), ms(s.p50), ms(s.p95), ms(s.p99), ms(s.max), rate(s.throughput)] : ['', '–', '–', '–', '–', '–'];
}

const SCENARIO_HEADER = ['scope', 'target', 'clients', 'n', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms', 'req/s', 'SQL/req', 'p50 ÷ floor p50', 'notes'];
const SCENARIO_ALIGN: Array<'l' | 'r'> = ['l', 'l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'l'];

/** The rows of one scenario's table: per scope, the API, the floor and PostGraphile at each concurrency. */
export function scenarioRows(results: readonly ScenarioResult[], concurrency: readonly number[]): string[][] {
  const rows: string[][] = [];
  for (const r of results) {
    const scope = `${r.scope} (${r.username})`;
    const floorP50 = (c: number) => r.floor.byClients[c]?.p50;
    const add = (target: string, m: Measured, notes: (c: number) => string, sql: (c: number) => string, isFloor = false) => {
      if (m.error) {
        rows.push([scope, target, '', '', '–', '–', '–', '–', '–', '', '', `error: ${m.error}`]);
        return;
      }
      for (const c of concurrency) {
        const s = m.byClients[c];
        if (!s && m.notRun?.[c]) {
          rows.push([scope, target, String(c), '', '–', '–', '–', '–', '–', '', '', `not run: ${m.notRun[c]}`]);
          continue;
        }
        const ratio = s && floorP50(c) ? s.p50 / floorP50(c)! : null;
        rows.push([scope, target, String(c), ...summaryCells(s), sql(c), isFloor ? '' : times(ratio), notes(c)]);
      }
    };
    const apiNotes: string[] = [];
    if (r.kind !== 'aggregate' && r.items !== undefined) apiNotes.push(`${r.items} items`);
    if (r.bytes !== undefined) apiNotes.push(`${r.bytes < 10_240 ? `${(r.bytes / 1024).toFixed(1)}` : Math.round(r.bytes / 1024)} kB`);
    const holds = Object.entries(r.api.eventLoopMaxByClients ?? {});
    if (holds.length) apiNotes.push(`event loop max ${holds.map(([c, m]) => `${ms(m)} ms at ${c}`).join(', ')}`);
    else if (r.api.eventLoopMaxMs !== null) apiNotes.push(`event loop max ${ms(r.api.eventLoopMaxMs)} ms`);
    add(
      'API',
      r.api,
      (c) => (c === concurrency[0] ? apiNotes.join('; ') : ''),
      (c) => (c === concurrency[0] && r.api.statementsPerRequest !== null ? r.api.statementsPerRequest.toFixed(1) : ''),
    );
    const floorNote =
      r.floor.equal === null ? 'not compared' : r.floor.equal ? 'same JSON as the API' : `**differs from the API**: ${r.floor.difference ?? ''}`;
    if (r.floor.none) rows.push([scope, 'floor', '', '', '–', '–', '–', '–', '–', '', '', `none: ${r.floor.none}`]);
    else
      add(
        'floor (1 SQL statement)',
        r.floor,
        (c) => (c === concurrency[0] ? floorNote : ''),
        (c) => (c === concurrency[0] ? '1' : ''),
        true,
      );
    if ('unsupported' in r.postgraphile) {
      rows.push([scope, 'PostGraphile', '', '', '–', '–', '–', '–', '–', '', '', `cannot express: ${r.postgraphile.unsupported}`]);
    } else {
      const pg = r.postgraphile;
      const idNote = pg.sameIds === null ? '' : pg.sameIds ? 'same ids as the API' : '**other ids than the API**';
      const note = [idNote, pg.note].filter(Boolean).join('; ');
      add(
        'PostGraphile',
        pg,
        (c) => (c === concurrency[0] ? note : ''),
        () => '',
      );
    }
  }
  return rows;
}

function scenarioSection(title: string, results: readonly ScenarioResult[], concurrency: readonly number[]): string {
  return [`### ${title}`, '', markdownTable(SCENARIO_HEADER, scenarioRows(results, concurrency), SCENARIO_ALIGN)].join('\n');
}

/** The whole RESULTS.md. */
export function renderResults(report: RunReport): string {
  const m = report.machine;
  const out: string[] = [];
  out.push('# Scale benchmark results', '');
  out.push(`Written by \`npm run bench -- --scale\` (api/bench/scale). Run ${m.startedAt} to ${m.endedAt}.`, '');
  out.push(
    markdownTable(
      ['', ''],
      [
        ['machine', `${m.cpu}, ${m.cores} cores, ${m.ramGiB.toFixed(1)} GiB RAM, ${m.platform}`],
        ['Node', m.node],
        ['PostgreSQL', m.postgres],
        ['load average at start (1/5/15 min)', m.loadStart.map((x) => x.toFixed(2)).join(' / ')],
        ['load average at end', m.loadEnd.map((x) => x.toFixed(2)).join(' / ')],
        ['database', report.database],
        ['command', `\`DATABASE_URL=… ${report.settings.command}\``],
        [
          'method',
          `${report.settings.rounds} interleaved rounds per scenario and concurrency; a round runs the API, the floor and PostGraphile one after the other (rotating who goes first) for about ${report.settings.roundMs} ms each (at least 20 samples, at most ${report.settings.budgetMs / 1000} s per target and concurrency, at least 3 samples alone); clients: ${report.settings.concurrency.join(' and ')}; server clock's today ${report.settings.today}`,
        ],
      ],
    ),
    '',
  );

  out.push('## Data', '');
  out.push(
    markdownTable(
      ['table or level', 'rows'],
      Object.entries(report.sizes).map(([k, v]) => [k, v.toLocaleString('en-US')]),
      ['l', 'r'],
    ),
    '',
  );
  out.push('## Accounts', '');
  out.push(
    markdownTable(
      ['scope', 'account', 'region', 'level'],
      report.scopes.map((s) => [s.label, s.username, s.place.name, s.place.level]),
    ),
    '',
  );
  if (report.missingScopes.length) out.push(...report.missingScopes.map((x) => `- ${x}`), '');

  out.push('## Targets (issue 11)', '');
  out.push(
    markdownTable(
      ['target', 'measured', 'limit', 'ratio', 'verdict', 'notes'],
      report.targets.map((t) => [
        t.name,
        t.measured,
        t.limit,
        t.verdict.ratio === null ? '–' : times(t.verdict.ratio),
        verdictText(t.verdict),
        t.note ?? '',
      ]),
      ['l', 'r', 'r', 'r', 'l', 'l'],
    ),
    '',
  );

  out.push('## Event loop and memory of the API process', '');
  const h = report.heavy;
  const rows: string[][] = [
    ['peak RSS over the whole run (VmHWM)', `${report.rss.peakMb.toFixed(0)} MB`],
    ['RSS once started, before any request', `${report.rss.startMb.toFixed(0)} MB`],
    ['RSS at the end', `${report.rss.endMb.toFixed(0)} MB`],
    ['event-loop delay, max over every scenario and concurrency', report.eventLoopRunMaxMs === null ? '–' : `${ms(report.eventLoopRunMaxMs)} ms`],
  ];
  if (h) {
    rows.push(
      [
        `heaviest aggregate (${h.scenario}, ${h.scope}) p50 / p95 / max`,
        `${ms(h.heavy.p50)} / ${ms(h.heavy.p95)} / ${ms(h.heavy.max)} ms (n ${h.heavy.n})`,
      ],
      ['event-loop delay while it runs: max / p99 / mean', `${ms(h.eventLoopMaxMs)} / ${ms(h.eventLoopP99Ms)} / ${ms(h.eventLoopMeanMs)} ms`],
      ['event-loop utilisation while it runs', `${(h.utilisation * 100).toFixed(0)} %`],
      ['`me` alone: p50 / p95 / max', `${ms(h.meIdle.p50)} / ${ms(h.meIdle.p95)} / ${ms(h.meIdle.max)} ms (n ${h.meIdle.n})`],
      [
        '`me` beside the heavy aggregate: p50 / p95 / max',
        `${ms(h.meUnderLoad.p50)} / ${ms(h.meUnderLoad.p95)} / ${ms(h.meUnderLoad.max)} ms (n ${h.meUnderLoad.n})`,
      ],
    );
    if (h.failures.length) rows.push(['requests that failed meanwhile', `${h.failures.length}: ${[...new Set(h.failures)].slice(0, 3).join('; ')}`]);
  }
  out.push(markdownTable(['', ''], rows), '');

  out.push('## Scenarios', '');
  out.push(
    'Each table: per scope, the API (HTTP, GraphQL, as the console asks), the floor (one hand-written SQL statement building the same JSON, run through `pg`) and PostGraphile 5 (HTTP, Amber preset, same tables). "p50 ÷ floor p50" compares each with the floor at the same concurrency.',
    '',
  );
  const byScenario = new Map<string, ScenarioResult[]>();
  for (const r of report.scenarios) byScenario.set(`${r.scenario}\u0000${r.title}`, [...(byScenario.get(`${r.scenario}\u0000${r.title}`) ?? []), r]);
  for (const [key, results] of byScenario) out.push(scenarioSection(key.split('\u0000')[1]!, results, report.settings.concurrency), '');

  if (report.notes.length) {
    out.push('## Notes', '');
    out.push(...report.notes.map((n) => `- ${n}`), '');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
