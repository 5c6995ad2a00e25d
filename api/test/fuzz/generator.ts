// Random GraphQL operations generated from the committed SDL: valid selections with random arguments, and malformed
// ones (wrong types, unknown fields, nesting past the limits, bad pages and ids, syntax garbage, odd HTTP bodies).
import {
  buildSchema,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { shanghaiDate } from '../../src/common/graphql/scalars.js';
import { REPO_ROOT } from '../../src/config.js';
import { Random } from './random.js';

export function loadCommittedSchema(): GraphQLSchema {
  return buildSchema(readFileSync(join(REPO_ROOT, 'schema', 'schema.graphql'), 'utf8'));
}

/** Ids of stored records the generator passes as ID arguments: by table, with the canary records' ids apart. */
export interface IdPool {
  byTable: Map<string, string[]>;
  /** Every id, in a fixed order (so a seed picks the same slot on every run). */
  all: string[];
  /** Ids of the canary records and of the people and places around them: asked for more often. */
  hot: string[];
  /** The canary records' own ids by table: an ID argument that names such a table gets one of these a third of the time. */
  canaryByTable: Map<string, string[]>;
  /**
   * Ids a role that may legitimately change them never passes to `destructive` mutations, so that fuzzing does not
   * delete or reassign the canaries the checks rely on. Roles without that right get them like any other id.
   */
  protectedIds: Set<string>;
}

/** Mutations that could legitimately destroy a canary or change who is entitled to read it. */
export const DESTRUCTIVE_MUTATIONS = new Set([
  'deleteWorkLogEntry',
  'updateWorkLogEntry',
  'reviewAgreement',
  'reassignMediationCase',
  'suspendLegalAdviser',
  'removeLegalAdviser',
  'reinstateLegalAdviser',
  'endPairing',
  'reassignVillage',
  'createPairing',
  // Account administration: a viewer's account disabled, reset or moved to another region reads otherwise.
  'disableUser',
  'enableUser',
  'resetPassword',
  'updateUser',
]);

export interface FuzzOperation {
  /** valid: schema-conforming; malformed: one of the attack variants. */
  kind: 'valid' | 'malformed';
  variant: string;
  /** The root field, or the variant's target. */
  field: string;
  /** The HTTP request body as sent. */
  body: string;
  /** REST routes only (default: POST /graphql). */
  method?: 'GET' | 'POST';
  path?: string;
  contentType: string;
  query?: string;
  variables?: Record<string, unknown>;
}

const TYPE_TABLE: Record<string, string> = {
  case: 'mediation_case',
  mediationcase: 'mediation_case',
  adviser: 'legal_adviser',
  legaladviser: 'legal_adviser',
  village: 'region',
  township: 'region',
  region: 'region',
  county: 'region',
  photo: 'attachment',
  attachment: 'attachment',
  member: 'committee_member',
  committeemember: 'committee_member',
  meeting: 'consultation_meeting',
  consultationmeeting: 'consultation_meeting',
  office: 'judicial_office',
  judicialoffice: 'judicial_office',
  user: 'app_user',
  replaceadviser: 'legal_adviser',
  provider: 'provider',
  pairing: 'pairing',
  training: 'training',
  entry: 'work_log_entry',
  worklogentry: 'work_log_entry',
  report: 'monthly_report',
  monthlyreport: 'monthly_report',
  check: 'monthly_check',
  monthlycheck: 'monthly_check',
  filing: 'roster_filing',
  rosterfiling: 'roster_filing',
  actionitem: 'action_item',
  agreement: 'agreement',
  session: 'mediation_session',
  mediationsession: 'mediation_session',
  party: 'case_party',
  caseparty: 'case_party',
  returnvisit: 'return_visit',
  auditevent: 'audit_event',
};

/** Types that hold the canaries or lead straight to them: root fields returning these are chosen five times as often. */
const SENSITIVE_TYPES = new Set([
  'MediationCase',
  'MediationCaseList',
  'Agreement',
  'MediationSession',
  'CaseParty',
  'ReturnVisit',
  'WorkLogEntry',
  'WorkLogEntryList',
  'WorkLogMonth',
  'MonthlyReport',
  'MonthlyReportList',
  'IdNumberReuseRow',
]);
const weightOf = (f: GraphQLField<unknown, unknown>) => (SENSITIVE_TYPES.has(getNamedType(f.type).name) ? 5 : 1);

const CJK = '张王李赵刘陈杨黄周吴调解协议纠纷邻里宅基地合同村社区法律顾问当事人记录申请被申请人天宁镇交城县';
const ODD_STRINGS = [
  '',
  ' ',
  '\t\n',
  '\u0000',
  'a\u0000b',
  '\u0007\u0008\u001b[31m\u007f',
  '\r\n\r\n',
  '\u202eevil',
  '\ufeffBOM',
  '😀🧑‍⚖️',
  '\ud800',
  '\udfff\ud800',
  'Ａ１２３',
  "x' or '1'='1",
  '1; drop table app_user; --',
  '%',
  '_',
  '%_%',
  '\\',
  '\\x00',
  '"quoted"',
  '<script>alert(1)</script>',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a literal `${jndi:…}` (Log4Shell-style) payload is one of the odd strings sent on purpose
  '${jndi:ldap://x}',
  '../../etc/passwd',
  'null',
  'undefined',
  'NaN',
  '0',
  '-1',
  '1e309',
  '2026-02-30',
  '13800138000',
  '110101199003077777',
  '00000000-0000-0000-0000-000000000000',
  '\u3000\u3000',
  'é',
  'e\u0301',
  '\u{10ffff}',
  '\\u0000',
];
const INVALID_IDS = [
  '',
  ' ',
  '1',
  '-1',
  'abc',
  'null',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  '00000000-0000-0000-0000-00000000000g',
  '{00000000-0000-0000-0000-000000000000}',
  "1' or '1'='1",
  '%',
  '\u0000',
  '00000010-0000-4000-8000-0000000003e9\u0000',
  ' 00000010-0000-4000-8000-0000000003e9',
  '😀',
  'x'.repeat(5000),
];
const EDGE_INTS = [0, 1, -1, 25, 99, 100, 101, 1000, 10000, 100000, -100, 2147483647, -2147483648, 1_000_000_000];
const PAGE_EDGES: unknown[] = [-1, -100, 0, 101, 1000, 1_000_000, 2147483647, -2147483648, 2147483648, 1.5, '10', null, 1e21];

/** The Shanghai calendar day of an instant, as the server reads dates. */
function ymd(d: Date): string {
  return shanghaiDate(d);
}

function lowerKey(name: string): string {
  return name.replace(/Ids?$/, '').toLowerCase();
}

interface GenContext {
  rng: Random;
  /** The root field being generated (for id preferences and protection). */
  field: string;
  protect: boolean;
  /** Force every ID argument invalid / every string huge or odd. */
  invalidIds?: boolean;
  oddStrings?: boolean;
  now: Date;
}

export class OperationGenerator {
  readonly queryFields: GraphQLField<unknown, unknown>[];
  readonly mutationFields: GraphQLField<unknown, unknown>[];
  private readonly listFields: GraphQLField<unknown, unknown>[];
  /** Root fields the viewer's role may call: chosen more often than those it is refused at the door. */
  private readonly reachableQueries: GraphQLField<unknown, unknown>[];
  private readonly reachableMutations: GraphQLField<unknown, unknown>[];

  constructor(
    schema: GraphQLSchema,
    private readonly pool: IdPool,
    private readonly options: { now: Date; protect: boolean; reachable?: ReadonlySet<string> },
  ) {
    this.queryFields = Object.values(schema.getQueryType()!.getFields());
    this.mutationFields = Object.values(schema.getMutationType()!.getFields());
    const reachable = options.reachable;
    this.reachableQueries = reachable ? this.queryFields.filter((f) => reachable.has(f.name)) : [];
    this.reachableMutations = reachable ? this.mutationFields.filter((f) => reachable.has(f.name)) : [];
    this.listFields = this.queryFields.filter((f) => f.args.some((a) => getNamedType(a.type).name.endsWith('ListOptions')));
  }

  generate(rng: Random): FuzzOperation {
    if (rng.chance(0.7)) return this.valid(rng);
    const variant = rng.weighted<string>([
      [4, 'wrong-type'],
      [2, 'unknown-field'],
      [2, 'deep'],
      [3, 'pagination'],
      [3, 'invalid-id'],
      [3, 'odd-strings'],
      [2, 'syntax'],
      [1, 'aliases'],
      [1, 'directives'],
      [1, 'tokens'],
      [2, 'body'],
      [1, 'fragments'],
    ]);
    return this.malformed(rng, variant);
  }

  // ---- valid operations ---------------------------------------------------------------------------------------

  private valid(
    rng: Random,
    force: {
      root?: 'query' | 'mutation';
      target?: GraphQLField<unknown, unknown>;
      useVariables?: boolean;
      invalidIds?: boolean;
      oddStrings?: boolean;
    } = {},
  ): FuzzOperation {
    const root =
      force.root ?? (force.target ? (this.mutationFields.includes(force.target) ? 'mutation' : 'query') : rng.chance(0.62) ? 'query' : 'mutation');
    const reachable = root === 'query' ? this.reachableQueries : this.reachableMutations;
    const everything = root === 'query' ? this.queryFields : this.mutationFields;
    const sensitive = everything.filter((f) => weightOf(f) > 1);
    const candidates = rng.weighted([
      [1, sensitive],
      [reachable.length ? 2 : 0, reachable],
      [1, everything],
    ] as const);
    const field = force.target ?? rng.weighted(candidates.map((f) => [weightOf(f), f] as const));
    const ctx: GenContext = {
      rng,
      field: field.name,
      now: this.options.now,
      protect: this.options.protect && root === 'mutation' && DESTRUCTIVE_MUTATIONS.has(field.name),
      invalidIds: force.invalidIds,
      oddStrings: force.oddStrings,
    };
    const useVariables = force.useVariables ?? rng.chance(0.5);
    const variables: Record<string, unknown> = {};
    const declarations: string[] = [];
    const args: string[] = [];
    for (const arg of field.args) {
      if (!isNonNullType(arg.type) && !rng.chance(0.6)) continue;
      const value = this.value(arg.type, arg.name, ctx, 0);
      if (useVariables) {
        const name = `v_${arg.name}`;
        declarations.push(`$${name}: ${String(arg.type)}`);
        variables[name] = value;
        args.push(`${arg.name}: $${name}`);
      } else {
        args.push(`${arg.name}: ${this.literal(value, arg.type)}`);
      }
    }
    const selection = this.selectionFor(field.type, ctx, 1, rng.int(2, 5));
    const alias = rng.chance(0.1) ? 'r: ' : '';
    const head = `${root}${rng.chance(0.3) ? ' Fuzz' : ''}${declarations.length ? `(${declarations.join(', ')})` : ''}`;
    const query = `${head} { ${alias}${field.name}${args.length ? `(${args.join(', ')})` : ''}${selection} }`;
    return this.request('valid', 'valid', field.name, query, useVariables ? variables : undefined);
  }

  private request(kind: FuzzOperation['kind'], variant: string, field: string, query: string, variables?: Record<string, unknown>): FuzzOperation {
    return {
      kind,
      variant,
      field,
      query,
      variables,
      body: JSON.stringify(variables ? { query, variables } : { query }),
      contentType: 'application/json',
    };
  }

  /** A selection set for a field's type: scalar leaves and, down to `maxDepth`, object fields (with their arguments). */
  private selectionFor(type: GraphQLField<unknown, unknown>['type'], ctx: GenContext, depth: number, maxDepth: number): string {
    const named = getNamedType(type);
    if (!isObjectType(named)) return '';
    return ` { ${this.fieldsOf(named, ctx, depth, maxDepth).join(' ')} }`;
  }

  private fieldsOf(type: GraphQLObjectType, ctx: GenContext, depth: number, maxDepth: number): string[] {
    const { rng } = ctx;
    const out: string[] = [];
    const fields = Object.values(type.getFields());
    for (const f of fields) {
      const isLeaf = !isObjectType(getNamedType(f.type));
      const requiredArgs = f.args.some((a) => isNonNullType(a.type));
      if (isLeaf) {
        // Ids always, as every client asks for them (and the report counts responses that reached a canary record by its id).
        if (!(f.name === 'id' && !f.args.length) && !rng.chance(0.8)) continue;
      } else if (depth >= maxDepth || !rng.chance(depth === 1 ? 0.6 : 0.35)) {
        continue;
      }
      const args = f.args.filter((a) => isNonNullType(a.type) || (requiredArgs ? false : rng.chance(0.25)));
      const argText = args.length ? `(${args.map((a) => `${a.name}: ${this.literal(this.value(a.type, a.name, ctx, 0), a.type)}`).join(', ')})` : '';
      const alias = rng.chance(0.04) ? `${f.name}_a: ` : '';
      out.push(`${alias}${f.name}${argText}${isLeaf ? '' : this.selectionFor(f.type, ctx, depth + 1, maxDepth)}`);
    }
    if (!out.length)
      out.push(rng.chance(0.5) ? '__typename' : (fields.find((f) => !isObjectType(getNamedType(f.type)) && !f.args.length)?.name ?? '__typename'));
    return out;
  }

  // ---- argument values ----------------------------------------------------------------------------------------

  private value(type: GraphQLInputType, name: string, ctx: GenContext, depth: number): unknown {
    const { rng } = ctx;
    if (!isNonNullType(type) && rng.chance(0.05)) return null;
    const t = getNullableType(type) as GraphQLInputType;
    if (isListType(t)) {
      const n = rng.weighted([
        [6, rng.int(0, 3)],
        [1, 0],
        [1, rng.int(4, 20)],
      ]);
      return Array.from({ length: n }, () => this.value(t.ofType as GraphQLInputType, name, ctx, depth + 1));
    }
    if (isEnumType(t)) return rng.pick(t.getValues()).name;
    if (isInputObjectType(t)) {
      const obj: Record<string, unknown> = {};
      for (const f of Object.values(t.getFields())) {
        if (isNonNullType(f.type) || (depth < 3 && rng.chance(0.35))) obj[f.name] = this.value(f.type, f.name, ctx, depth + 1);
      }
      return obj;
    }
    if (isScalarType(t)) return this.scalar(t.name, name, ctx);
    return null;
  }

  private scalar(scalar: string, name: string, ctx: GenContext): unknown {
    const { rng } = ctx;
    switch (scalar) {
      case 'ID':
        return this.id(name, ctx);
      case 'Int':
        if (name === 'take' || name === 'skip')
          return rng.weighted<unknown>([
            [6, rng.int(0, 30)],
            [3, rng.pick(EDGE_INTS)],
          ]);
        if (name === 'version')
          return rng.weighted<unknown>([
            [6, rng.int(0, 3)],
            [1, rng.pick(EDGE_INTS)],
          ]);
        return rng.weighted<unknown>([
          [5, rng.int(0, 500)],
          [2, rng.pick(EDGE_INTS)],
          [1, rng.int(-1000, 1_000_000)],
        ]);
      case 'Float':
        return rng.weighted<unknown>([
          [4, rng.float() * 100],
          [1, -1],
          [1, 0],
          [1, 1e300],
        ]);
      case 'Boolean':
        return rng.chance(0.5);
      case 'Date':
        return this.date(ctx);
      case 'DateTime':
        return this.dateTime(ctx);
      case 'JSON':
        return rng.pick<unknown>([{}, { a: 1 }, [1, 'x'], 'text', 42, null, { nested: { deep: [true] } }]);
      default:
        return this.string(name, ctx);
    }
  }

  private id(name: string, ctx: GenContext): string {
    const { rng } = ctx;
    if (ctx.invalidIds || rng.chance(0.12)) return rng.pick(INVALID_IDS);
    const key = lowerKey(
      name === 'id' || name === 'ids'
        ? ctx.field.replace(
            /^(create|update|delete|end|remove|suspend|reinstate|accept|record|review|set|add|approve|return|submit|mark|decline|withdraw|escalate|refer|fail|start)/,
            '',
          )
        : name,
    );
    const table = TYPE_TABLE[key] ?? TYPE_TABLE[key.replace(/s$/, '')];
    const preferred = table ? this.pool.byTable.get(table) : undefined;
    const canaries = table ? this.pool.canaryByTable.get(table) : undefined;
    let candidates = rng.weighted<string[]>([
      [canaries?.length ? 4 : 0, canaries ?? []],
      [3, this.pool.hot],
      [3, preferred?.length ? preferred : this.pool.all],
      [2, this.pool.all],
    ]);
    if (ctx.protect) {
      const safe = candidates.filter((id) => !this.pool.protectedIds.has(id));
      candidates = safe.length ? safe : this.pool.all.filter((id) => !this.pool.protectedIds.has(id));
    }
    return rng.pick(candidates);
  }

  private date(ctx: GenContext): string {
    const { rng } = ctx;
    const day = new Date(ctx.now.getTime() + rng.int(-800, 60) * 86_400_000);
    return rng.weighted<string>([
      [8, ymd(day)],
      [
        1,
        rng.pick([
          '2026-02-30',
          '2025-13-01',
          '0000-01-01',
          '9999-12-31',
          '1900-01-01',
          '2026-1-1',
          '20260101',
          '2026-01-01T00:00:00Z',
          '',
          'today',
          '2024-02-29',
          '2100-02-29',
        ]),
      ],
    ]);
  }

  private dateTime(ctx: GenContext): string {
    const { rng } = ctx;
    const at = new Date(ctx.now.getTime() - rng.int(-3600, 90 * 86_400) * 1000);
    return rng.weighted<string>([
      [8, at.toISOString()],
      [2, at.toISOString().replace('Z', '+08:00')],
      [
        1,
        rng.pick([
          '2026-02-30T10:00:00+08:00',
          '2026-01-01',
          'yesterday',
          '',
          '2026-01-01T25:00:00Z',
          '1970-01-01T00:00:00Z',
          '+275760-09-13T00:00:00Z',
          '2026-01-01T00:00:00',
        ]),
      ],
    ]);
  }

  private string(name: string, ctx: GenContext): string {
    const { rng } = ctx;
    if (ctx.oddStrings) return this.oddString(rng);
    const lower = name.toLowerCase();
    if (lower.includes('phone') && rng.chance(0.6)) return `13${rng.int(0, 9)}${String(rng.int(0, 99_999_999)).padStart(8, '0')}`;
    if (lower.includes('month') && rng.chance(0.7)) return ymd(new Date(ctx.now.getTime() - rng.int(-40, 400) * 86_400_000)).slice(0, 7);
    return rng.weighted<() => string>([
      [6, () => Array.from({ length: rng.int(1, 12) }, () => CJK[rng.int(0, CJK.length - 1)]).join('')],
      [2, () => `fuzz-${rng.int(0, 1_000_000)}`],
      [2, () => this.oddString(rng)],
    ])();
  }

  private oddString(rng: Random): string {
    return rng.weighted<() => string>([
      [5, () => rng.pick(ODD_STRINGS)],
      [1, () => 'x'.repeat(100_000)],
      [1, () => '调'.repeat(rng.int(201, 5000))],
      [1, () => Array.from({ length: rng.int(1, 40) }, () => String.fromCharCode(rng.int(0, 31))).join('')],
      [1, () => `${rng.pick(ODD_STRINGS)}${'\u0000'.repeat(rng.int(1, 3))}${rng.pick(ODD_STRINGS)}`],
    ])();
  }

  /** A JS value as a GraphQL literal of the given type (enums bare, strings JSON-quoted). */
  literal(value: unknown, type: GraphQLInputType): string {
    if (value === null || value === undefined) return 'null';
    const t = getNullableType(type) as GraphQLInputType;
    if (Array.isArray(value)) return `[${value.map((v) => this.literal(v, isListType(t) ? (t.ofType as GraphQLInputType) : t)).join(', ')}]`;
    if (isEnumType(t) && typeof value === 'string' && /^[_A-Za-z][_0-9A-Za-z]*$/.test(value)) return value;
    if (typeof value === 'object') {
      const fields = isInputObjectType(t) ? t.getFields() : {};
      return `{${Object.entries(value as Record<string, unknown>)
        .map(([k, v]) => `${k}: ${this.literal(v, (fields[k]?.type ?? t) as GraphQLInputType)}`)
        .join(', ')}}`;
    }
    if (typeof value === 'string') return JSON.stringify(value);
    return String(value);
  }

  // ---- malformed operations -----------------------------------------------------------------------------------

  private malformed(rng: Random, variant: string): FuzzOperation {
    const mark = (op: FuzzOperation, field = op.field): FuzzOperation => ({ ...op, kind: 'malformed', variant, field });
    switch (variant) {
      case 'wrong-type': {
        const withArgs = [...this.queryFields, ...this.mutationFields].filter((f) => f.args.length);
        const op = this.valid(rng, { target: rng.pick(withArgs), useVariables: true });
        const vars = { ...(op.variables ?? {}) };
        const names = Object.keys(vars);
        const wrong = rng.pick<unknown>([123, -1, 1.5, true, 'text', '', null, {}, { id: '1' }, [], [1, 'a', null], 'x'.repeat(100_000), 2147483648]);
        if (names.length) vars[rng.pick(names)] = wrong;
        if (rng.chance(0.3)) vars.undeclared = 'x';
        return mark(this.request('malformed', variant, op.field, op.query!, vars));
      }
      case 'unknown-field': {
        const op = this.valid(rng, { root: 'query' });
        const bogus = rng.pick([
          'bogusField',
          'passwordHash',
          'summarySealed',
          'idNumberSealed',
          'addressSealed',
          'contentSealed',
          'recordSealed',
          '__proto__',
          'constructor',
        ]);
        const query = rng.chance(0.5)
          ? op.query!.replace(/\{ /, `{ ${bogus} `)
          : op.query!.replace(/ \{ ([a-zA-Z]+)/, (_m, f) => ` { ${f}(${bogus}: 1)`);
        return mark(this.request('malformed', variant, op.field, query, op.variables));
      }
      case 'deep': {
        const depth = rng.int(13, 40);
        const query = rng.chance(0.5)
          ? `{ region(id: ${JSON.stringify(this.id('regionId', { rng, field: 'region', protect: false, now: this.options.now }))}) { ${'parent { '.repeat(depth)}id${' }'.repeat(depth)} } }`
          : `{ __schema { types { ${'fields { type { '.repeat(Math.ceil(depth / 2))}name${' } }'.repeat(Math.ceil(depth / 2))} } } }`;
        return this.request('malformed', variant, 'deep', query);
      }
      case 'pagination': {
        const field = rng.pick(this.listFields);
        const take = rng.pick(PAGE_EDGES);
        const skip = rng.pick(PAGE_EDGES);
        const optionsArg = field.args.find((a) => getNamedType(a.type).name.endsWith('ListOptions'))!;
        const other = field.args.filter((a) => a !== optionsArg && isNonNullType(a.type));
        const ctx: GenContext = { rng, field: field.name, protect: false, now: this.options.now };
        const otherVars = Object.fromEntries(other.map((a) => [`v_${a.name}`, this.value(a.type, a.name, ctx, 0)]));
        const decl = [`$o: ${String(optionsArg.type)}`, ...other.map((a) => `$v_${a.name}: ${String(a.type)}`)].join(', ');
        const args = [`${optionsArg.name}: $o`, ...other.map((a) => `${a.name}: $v_${a.name}`)].join(', ');
        const query = `query(${decl}) { ${field.name}(${args})${this.selectionFor(field.type, ctx, 1, 3)} }`;
        return this.request('malformed', variant, field.name, query, { o: { take, skip }, ...otherVars });
      }
      case 'invalid-id': {
        const withIds = [...this.queryFields, ...this.mutationFields].filter((f) =>
          f.args.some((a) => getNamedType(a.type).name === 'ID' || isInputObjectType(getNamedType(a.type))),
        );
        return mark(this.valid(rng, { target: rng.pick(withIds), invalidIds: true }));
      }
      case 'odd-strings': {
        const withStrings = this.mutationFields.filter((f) =>
          f.args.some((a) => isInputObjectType(getNamedType(a.type)) || getNamedType(a.type).name === 'String'),
        );
        return mark(this.valid(rng, { target: rng.pick([...withStrings, ...this.queryFields]), oddStrings: true }));
      }
      case 'syntax': {
        const op = this.valid(rng);
        const q = op.query!;
        const at = rng.int(0, q.length);
        const query = rng.weighted<string>([
          [3, q.slice(0, at)],
          [
            2,
            `${q.slice(0, at)}${rng.pick(['{', '}', '(', ')', '$', '@', '"', '\\', '...', '#', '\u0000', ':', '!', '[', ']', '😀'])}${q.slice(at)}`,
          ],
          [1, q.replace(/\}/, '')],
          [
            1,
            rng.pick([
              '',
              ' ',
              '{',
              '}',
              'query',
              'mutation {',
              '{ me { id }',
              'subscription { me { id } }',
              '{ me { id } } { me { id } }',
              'query A { me { id } } query A { me { id } }',
              '"""',
              '{ me(id: ) { id } }',
              `{ me { id } } ${'#'.repeat(1000)}`,
            ]),
          ],
        ]);
        return { ...this.request('malformed', variant, op.field, query, op.variables) };
      }
      case 'aliases': {
        const n = rng.int(16, 60);
        return this.request('malformed', variant, 'aliases', `{ ${Array.from({ length: n }, (_, i) => `a${i}: me { id }`).join(' ')} }`);
      }
      case 'directives': {
        const n = rng.int(21, 80);
        const d = rng.chance(0.5) ? '@include(if: true)' : '@bogus';
        return this.request('malformed', variant, 'directives', `{ me ${Array.from({ length: n }, () => d).join(' ')} { id } }`);
      }
      case 'tokens': {
        const n = rng.int(1001, 3000);
        return this.request('malformed', variant, 'tokens', `{ me { ${Array.from({ length: n }, () => 'id').join(' ')} } }`);
      }
      case 'fragments': {
        const query = rng.pick([
          'query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }',
          'query { ...A } fragment A on Query { me { id } } fragment A on Query { me { username } }',
          'query { ...Missing }',
          'query { mediationCases { items { ...C } } } fragment C on Region { id }',
          `query { ...A } fragment A on Query { ${'mediationCases(options: { take: 100 }) { items { id summary } } '.repeat(1)} ${Array.from({ length: 20 }, (_, i) => `x${i}: me { id }`).join(' ')} }`,
        ]);
        return this.request('malformed', variant, 'fragments', query);
      }
      default: {
        const op = this.valid(rng, { root: 'query' });
        const body = rng.pick<() => [string, string]>([
          () => ['{"query": ', 'application/json'],
          () => ['not json', 'application/json'],
          () => [JSON.stringify([{ query: op.query }, { query: '{ me { id } }' }]), 'application/json'],
          () => [JSON.stringify({ query: 123 }), 'application/json'],
          () => [JSON.stringify({ query: null }), 'application/json'],
          () => [JSON.stringify({ query: op.query, variables: 'not-an-object' }), 'application/json'],
          () => [JSON.stringify({ query: op.query, variables: op.variables, operationName: 'Missing' }), 'application/json'],
          () => [JSON.stringify({ query: op.query, extensions: { persistedQuery: { version: 1, sha256Hash: 'abc' } } }), 'application/json'],
          () => [JSON.stringify({ query: op.query }), 'text/plain'],
          () => [JSON.stringify({ query: op.query }), 'application/x-www-form-urlencoded'],
          () => [`{"query": "${'x'.repeat(1_100_000)}"}`, 'application/json'],
          () => [JSON.stringify({}), 'application/json'],
          () => [JSON.stringify({ query: op.query, variables: op.variables, __proto__: { admin: true } }), 'application/json'],
        ])();
        return { kind: 'malformed', variant, field: op.field, body: body[0], contentType: body[1], query: op.query, variables: op.variables };
      }
    }
  }
}
