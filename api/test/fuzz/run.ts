// Sends generated operations as each role, interleaved, and checks every response: no 5xx, no INTERNAL_SERVER_ERROR,
// and no canary the viewer is not entitled to, anywhere in the body (data, errors, extensions).
import type { GraphQLSchema } from 'graphql';
import type { Role } from '../../src/common/access/role.js';
import { ACCESS_EXTENSION, type AccessRule } from '../../src/common/access/rules.js';
import { getSchema } from '../../src/schema.js';
import type { TestApp } from '../app.js';
import { CASE_CANARIES, PARTY_CASE_CANARIES, SCAN_CANARIES, WORK_LOG_CANARIES, type FuzzRole, type FuzzWorld } from './canaries.js';
import { loadCommittedSchema, OperationGenerator, type FuzzOperation } from './generator.js';
import { Random, streamSeed } from './random.js';
import { readableText, restOperation } from './rest-routes.js';

export interface FuzzFailure {
  seed: number;
  role: string;
  index: number;
  problem: string;
  op: FuzzOperation;
  status: number;
  body: string;
}

export interface FuzzReport {
  /** Per role: outcome (ok, an error code, partial:<code>, HTTP_<status>) → count. */
  counts: Map<string, Map<string, number>>;
  /** Per role: responses that held a canary record's id, i.e. that reached the records the checks guard. */
  reached: Map<string, number>;
  failures: FuzzFailure[];
  total: number;
  ms: number;
}

export interface FuzzOptions {
  seed: number;
  perRole: number;
  concurrency?: number;
  /** Replay one operation: `role:index`. */
  only?: string;
}

/** Canaries of `forbidden` found in a response body. */
export function leakedCanaries(body: string, forbidden: readonly string[]): string[] {
  return forbidden.filter((c) => body.includes(c));
}

/** What went wrong with a response, if anything, and how to count it. */
export function judge(status: number, body: string, forbidden: readonly string[]): { outcome: string; problems: string[] } {
  const problems: string[] = [];
  if (status >= 500) problems.push(`HTTP ${status}`);
  const leaked = leakedCanaries(body, forbidden);
  if (leaked.length) problems.push(`canary leaked: ${leaked.join(', ')}`);
  let parsed: { data?: unknown; errors?: Array<{ extensions?: { code?: string } }> } | undefined;
  try {
    parsed = JSON.parse(body);
  } catch {
    // A document (PDF, workbook, file) or a non-JSON refusal.
    return { outcome: status === 200 || status === 201 ? 'ok' : `HTTP_${status}`, problems };
  }
  const codes = (parsed?.errors ?? []).map((e) => e?.extensions?.code ?? 'NO_CODE');
  if (codes.includes('INTERNAL_SERVER_ERROR')) problems.push('INTERNAL_SERVER_ERROR');
  // docs/api-conventions.md: every error carries extensions.code.
  if (codes.includes('NO_CODE')) problems.push('an error without extensions.code');
  if (!codes.length) return { outcome: status === 200 ? 'ok' : `HTTP_${status}`, problems };
  const data = parsed?.data as Record<string, unknown> | null | undefined;
  const partial = data && Object.values(data).some((v) => v !== null);
  return { outcome: partial ? `partial:${codes[0]}` : codes[0]!, problems };
}

/** Sends the operation; `body` is what a reader of the response sees (a document's text, not its bytes). */
export async function send(app: TestApp, op: FuzzOperation, token?: string): Promise<{ status: number; body: string }> {
  const method = op.method ?? 'POST';
  const res = await fetch(`${app.url}${op.path ?? '/graphql'}`, {
    method,
    headers: { ...(op.contentType ? { 'content-type': op.contentType } : {}), ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: method === 'POST' ? op.body : undefined,
  });
  const bytes = Buffer.from(await res.arrayBuffer());
  return { status: res.status, body: op.path ? await readableText(res.headers.get('content-type'), bytes) : bytes.toString('utf8') };
}

/** The operation `index` of `role` for `seed`: the same on every run. */
export function operationFor({ generators, world, now }: Generators, seed: number, role: FuzzRole, index: number): FuzzOperation {
  const rng = new Random(streamSeed(seed, role.name, index));
  return rng.chance(0.08) ? restOperation(rng, world.pool, now) : generators.get(role.name)!.generate(rng);
}

/** Root fields whose access rule lets this role (undefined: the anonymous) in, read from the served schema. */
function reachableBy(schema: GraphQLSchema, role: Role | undefined): Set<string> {
  const fields = [...Object.values(schema.getQueryType()!.getFields()), ...Object.values(schema.getMutationType()!.getFields())];
  return new Set(
    fields
      .filter((f) => {
        const rule = f.extensions?.[ACCESS_EXTENSION] as AccessRule | undefined;
        if (rule?.kind === 'public') return true;
        if (!role) return false;
        return rule?.kind === 'signedIn' || (rule?.kind === 'roles' && rule.roles.includes(role));
      })
      .map((f) => f.name),
  );
}

/** One generator per role: operations come from the committed SDL, weighted towards what the role may call. */
export interface Generators {
  generators: Map<string, OperationGenerator>;
  world: FuzzWorld;
  now: Date;
}

export async function generatorsFor(app: TestApp, world: FuzzWorld): Promise<Generators> {
  const committed = loadCommittedSchema();
  const served = await getSchema();
  const now = app.clock.now();
  const generators = new Map(
    world.roles.map((r) => [
      r.name,
      new OperationGenerator(committed, world.pool, { now, protect: r.protect, reachable: reachableBy(served, r.role) }),
    ]),
  );
  return { generators, world, now };
}

export async function runFuzz(app: TestApp, world: FuzzWorld, options: FuzzOptions): Promise<FuzzReport> {
  const generators = await generatorsFor(app, world);
  const started = Date.now();
  const counts = new Map(world.roles.map((r) => [r.name, new Map<string, number>()]));
  const reached = new Map(world.roles.map((r) => [r.name, 0]));
  const failures: FuzzFailure[] = [];
  // Roles interleaved, so that concurrent requests of different viewers meet in the server.
  let jobs: Array<[FuzzRole, number]> = [];
  for (let i = 0; i < options.perRole; i += 1) for (const role of world.roles) jobs.push([role, i]);
  if (options.only) {
    const [name, index] = [options.only.slice(0, options.only.lastIndexOf(':')), Number(options.only.slice(options.only.lastIndexOf(':') + 1))];
    jobs = world.roles.filter((r) => r.name === name).map((r) => [r, index]);
  }
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const [role, index] = jobs[next++]!;
      const op = operationFor(generators, options.seed, role, index);
      const { status, body } = await send(app, op, role.token);
      const { outcome, problems } = judge(status, body, role.forbidden);
      const roleCounts = counts.get(role.name)!;
      roleCounts.set(outcome, (roleCounts.get(outcome) ?? 0) + 1);
      if (body.includes(world.caseId) || body.includes(world.workLogEntryId)) reached.set(role.name, reached.get(role.name)! + 1);
      for (const problem of problems) failures.push({ seed: options.seed, role: role.name, index, problem, op, status, body });
    }
  };
  await Promise.all(Array.from({ length: options.concurrency ?? 4 }, worker));
  return { counts, reached, failures, total: jobs.length, ms: Date.now() - started };
}

/** Strings longer than 300 characters shortened for printing (the seed, role and index replay them exactly). */
function shorten(value: unknown): unknown {
  if (typeof value === 'string') return value.length > 300 ? `${value.slice(0, 120)}…(${value.length} chars)` : value;
  if (Array.isArray(value)) return value.map(shorten);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shorten(v)]));
  return value;
}

export function describeFailure(f: FuzzFailure): string {
  return [
    `FUZZ FAILURE: ${f.problem}`,
    `  replay: FQ_FUZZ_SEED=${f.seed} FQ_FUZZ_ONLY='${f.role}:${f.index}'`,
    `  role: ${f.role}  operation: ${f.index}  variant: ${f.op.kind}/${f.op.variant}  field: ${f.op.field}`,
    `  ${f.op.path ? `${f.op.method} ${f.op.path}` : `query: ${shorten(f.op.query ?? f.op.body)}`}`,
    `  variables: ${JSON.stringify(shorten(f.op.variables ?? null))}`,
    `  content-type: ${f.op.contentType}`,
    `  response (HTTP ${f.status}): ${shorten(f.body)}`,
  ].join('\n');
}

export function formatReport(report: FuzzReport, seed: number, perRole: number): string {
  const lines = [`fuzz: seed ${seed}, ${perRole} operations per role, ${report.total} in ${(report.ms / 1000).toFixed(1)} s`];
  for (const [role, counts] of report.counts) {
    const sorted = [...counts]
      .sort((a, b) => b[1] - a[1])
      .map(([k, v]) => `${k} ${v}`)
      .join(', ');
    lines.push(`  ${role.padEnd(24)} ${sorted}; reached a canary record ${report.reached.get(role) ?? 0}`);
  }
  const count = (test: (problem: string) => boolean) => report.failures.filter((f) => test(f.problem)).length;
  const canaries = count((p) => p.startsWith('canary'));
  const internal = count((p) => p.startsWith('HTTP') || p === 'INTERNAL_SERVER_ERROR');
  lines.push(`  canary leaks: ${canaries}, internal errors: ${internal}, errors without a code: ${report.failures.length - canaries - internal}`);
  return lines.join('\n');
}

/** Which canaries an entitled viewer does NOT get back: proves they are in place and that a leak would be seen. */
export async function missingCanaries(app: TestApp, world: FuzzWorld): Promise<Record<string, string[]>> {
  const CASE = `query($id: ID!) { mediationCase(id: $id) { summary sessions { record } agreement { content reviewComment }
    parties { name phone idNumber address } } }`;
  const ENTRY = 'query($id: ID!) { workLogEntry(id: $id) { personServed phone matter content } }';
  const missing: Record<string, string[]> = {};
  const check = async (who: string, query: string, id: string, expected: string[]) => {
    const res = await send(
      app,
      { kind: 'valid', variant: 'check', field: '', body: JSON.stringify({ query, variables: { id } }), contentType: 'application/json' },
      world.tokens[who],
    );
    const absent = expected.filter((c) => !res.body.includes(c));
    if (absent.length) missing[`${who}:${query.includes('workLogEntry') ? 'entry' : 'case'}`] = absent;
  };
  await check('adviser.1', CASE, world.caseId, CASE_CANARIES);
  const file = await send(
    app,
    {
      kind: 'valid',
      variant: 'check',
      field: '',
      method: 'GET',
      path: `/api/mediation-cases/${world.caseId}/case-file.pdf`,
      body: '',
      contentType: '',
    },
    world.tokens['fuzz.party.in'],
  );
  const absent = PARTY_CASE_CANARIES.filter((c) => !file.body.includes(c));
  if (absent.length) missing['fuzz.party.in:case-file.pdf'] = absent;
  await check('fuzz.party.in', CASE, world.caseId, PARTY_CASE_CANARIES);
  // The signed scan, read back as text, for the party and the adviser.
  for (const who of ['fuzz.party.in', 'adviser.1']) {
    const scan = await send(
      app,
      {
        kind: 'valid',
        variant: 'check',
        field: '',
        method: 'GET',
        path: `/api/mediation-cases/${world.caseId}/agreement-scan`,
        body: '',
        contentType: '',
      },
      world.tokens[who],
    );
    const gone = SCAN_CANARIES.filter((c) => !scan.body.includes(c));
    if (gone.length) missing[`${who}:agreement-scan`] = gone;
  }
  for (const who of ['adviser.1', 'office.tianning', 'bureau']) await check(who, ENTRY, world.workLogEntryId, WORK_LOG_CANARIES);
  return missing;
}
