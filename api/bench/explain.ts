// `npm run bench:explain` (DATABASE_URL = a database built by `npm run seed:scale`): every console list and dashboard
// aggregate is sent through the API as a province, a city, a county and a township account; each SQL statement it
// runs is captured and re-run under EXPLAIN (ANALYZE, BUFFERS). Writes api/bench/EXPLAIN.md: per request, every
// statement's time and any sequential scan of a table over 10,000 rows. The indexes in the migrations come from here.
import 'reflect-metadata';
import { benchConfig } from './bench-config.js';
import { MikroORM } from '@mikro-orm/postgresql';
import { DEMO_PASSWORD } from '@fengqiao/seeds';
import { writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { createLogger } from '../src/common/logging/logger.js';
import { migrate } from '../src/db/database.js';
import { onQuery, ormConfig } from '../src/db/mikro-orm.config.js';
import { createFengqiaoServer } from '../src/server.js';

const url = process.env.DATABASE_URL;
if (!url) throw new Error('DATABASE_URL: the database seed:scale built');
const orm = await MikroORM.init(ormConfig(url));
await migrate(orm);
const sql = orm.em.getConnection();

// The scale seed has city and county accounts; a province and a township account are added for this measurement.
const [root] = await sql.execute<{ id: string; name: string }[]>(`select id, name from region where parent_id is null order by code limit 1`);
const [township] = await sql.execute<{ id: string }[]>(
  `select t.id from region t join app_user u on u.scope_region_id = t.parent_id where u.username = 'bureau.1' and t.level = 'TOWNSHIP' order by t.code limit 1`,
);
for (const [username, scope, role] of [
  ['province.1', root!.id, 'BUREAU_ADMIN'],
  ['office.1', township!.id, 'OFFICE_STAFF'],
] as const) {
  await sql.execute(
    `insert into app_user (id, username, password_hash, role, display_name, scope_region_id, created_at, updated_at)
     select gen_random_uuid(), ?, password_hash, ?, ?, ?, now(), now() from app_user where username = 'bureau.1'
     on conflict (username) do nothing`,
    [username, role, username, scope],
  );
}

const config = benchConfig(url);
const server = await createFengqiaoServer(config, orm, createLogger('silent'));
await new Promise<void>((resolve) => server.http.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${(server.http.address() as AddressInfo).port}/graphql`;

async function post(query: string, token?: string) {
  const res = await fetch(base, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query }),
  });
  const body = (await res.json()) as { errors?: unknown[]; data?: any };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

const LISTS: Array<[string, string]> = [
  [
    'mediationCases',
    '{ mediationCases(options: { take: 100 }) { totalItems items { id caseNo status receivedOn village { name } advisers { name } parties { name phone } agreement { form signedAt } } } }',
  ],
  [
    'mediationCases, newest first',
    '{ mediationCases(options: { take: 100, sort: [{ field: RECEIVED_ON, order: DESC }] }) { totalItems items { id caseNo } } }',
  ],
  ['legalAdvisers', '{ legalAdvisers(options: { take: 100 }) { totalItems items { id name phone provider { name } } } }'],
  ['villages', '{ villages(options: { take: 100 }) { totalItems items { id name township { name } currentAdviser { name } committee { id } } } }'],
  ['pairings', '{ pairings(options: { take: 100 }) { totalItems items { id validFrom adviser { name } village { name } } } }'],
  ['workLogEntries', '{ workLogEntries(options: { take: 100 }) { totalItems items { id at category adviser { name } village { name } } } }'],
  ['workLogEntries, newest first', '{ workLogEntries(options: { take: 100, sort: [{ field: AT, order: DESC }] }) { totalItems items { id at } } }'],
  ['monthlyReports', '{ monthlyReports(options: { take: 100 }) { totalItems items { id month status adviser { name } } } }'],
  ['trainings', '{ trainings(options: { take: 100 }) { totalItems items { id title at } } }'],
  ['regions', '{ regions(options: { take: 100 }) { totalItems items { id name level parent { name } } } }'],
  ['users', '{ users(options: { take: 100 }) { totalItems items { id username role } } }'],
  ['providers', '{ providers(options: { take: 100 }) { totalItems items { id name } } }'],
  ['auditEvents', '{ auditEvents(options: { take: 100 }) { totalItems items { id action at } } }'],
  ['judicialOffices', '{ judicialOffices(options: { take: 100 }) { totalItems items { id name township { name } } } }'],
  [
    'coverage',
    '{ coverage { villageCount coveredCount ratio uncoveredCount uncovered { id name } townships { villageCount coveredCount } adviserLoads { villageCount } } }',
  ],
  [
    'caseStatistics',
    '{ caseStatistics(from: "2024-01-01", to: "2026-12-31") { total amountFen byStatus { key count } byDisputeType { key count } } }',
  ],
  ['trainingCompliance', '{ trainingCompliance(year: 2026) { ratio required done } }'],
  ['villageMonthReports', '{ villageMonthReports(month: "2026-10") { village { id } caseCount } }'],
];
const ACCOUNTS = ['province.1', 'city.1', 'bureau.1', 'office.1'];
const OFFICE_ONLY_BUREAU = new Set(['users', 'auditEvents']);

interface Plan {
  Plan: Record<string, unknown>;
  'Execution Time': number;
}
function seqScans(node: Record<string, unknown>, out: string[]): void {
  if (
    node['Node Type'] === 'Seq Scan' &&
    Number(node['Actual Rows'] ?? 0) * Number(node['Actual Loops'] ?? 1) + Number(node['Rows Removed by Filter'] ?? 0) > 10_000
  ) {
    out.push(`${node['Relation Name']} (${node['Rows Removed by Filter'] ?? 0} rows filtered out)`);
  }
  for (const child of (node.Plans as Record<string, unknown>[] | undefined) ?? []) seqScans(child, out);
}

const lines: string[] = [
  '# EXPLAIN (ANALYZE, BUFFERS) at province scale',
  '',
  `Generated by \`npm run bench:explain\` on ${new Date().toISOString().slice(0, 10)} against a \`seed:scale\` database. For each request: the statements the API ran, the`,
  "slowest statement's execution time, and every sequential scan of more than 10,000 rows. Statements under 1 ms are not listed.",
  '',
  '| request | account | statements | slowest (ms) | total (ms) | sequential scans over 10,000 rows |',
  '|---|---|---|---|---|---|',
];
for (const username of ACCOUNTS) {
  const token = (await post(`mutation { login(username: "${username}", password: "${DEMO_PASSWORD}") { token } }`)).login.token as string;
  for (const [name, query] of LISTS) {
    if (username === 'office.1' && OFFICE_ONLY_BUREAU.has(name)) continue;
    const statements: Array<{ text: string; params: readonly unknown[] }> = [];
    const off = onQuery((text, params) => statements.push({ text, params: params ?? [] }));
    try {
      await post(query, token);
    } catch (e) {
      lines.push(`| ${name} | ${username} | – | – | – | refused: ${String((e as Error).message).slice(0, 80)} |`);
      continue;
    } finally {
      off();
    }
    let slowest = 0;
    let total = 0;
    const scans: string[] = [];
    for (const { text: statement, params } of statements) {
      if (!/^\s*(select|with)/i.test(statement)) continue;
      let row: { 'QUERY PLAN': Plan[] } | undefined;
      try {
        [row] = await sql.execute<{ 'QUERY PLAN': Plan[] }[]>(`explain (analyze, buffers, format json) ${statement}`, [...params]);
      } catch (e) {
        process.stderr.write(`cannot explain: ${statement}\n`);
        throw e;
      }
      const plan = row!['QUERY PLAN'][0]!;
      slowest = Math.max(slowest, plan['Execution Time']);
      if (process.env.EXPLAIN_SHOW === `${username} ${name}`) {
        const text = await sql.execute<{ 'QUERY PLAN': string }[]>(`explain (analyze, buffers) ${statement}`, [...params]);
        process.stderr.write(`\n${statement}\n${JSON.stringify(params)}\n${text.map((r) => r['QUERY PLAN']).join('\n')}\n`);
      }
      total += plan['Execution Time'];
      seqScans(plan.Plan, scans);
    }
    lines.push(
      `| ${name} | ${username} | ${statements.length} | ${slowest.toFixed(1)} | ${total.toFixed(1)} | ${[...new Set(scans)].join('; ') || '–'} |`,
    );
    process.stderr.write(`${username} ${name}: ${statements.length} statements, slowest ${slowest.toFixed(1)} ms\n`);
  }
}
writeFileSync(fileURLToPath(new URL('../../bench/EXPLAIN.md', import.meta.url)), `${lines.join('\n')}\n`);
await server.stop();
await orm.close(true);
process.exit(0);
