import { DEMO_PASSWORD } from '@fengqiao/seeds';
import type pg from 'pg';
import { hashPassword } from '../common/auth/password.js';
import { addMonths, ensureMonthPartition } from '../db/partitions.js';
import { ident, listTables } from './tables.js';

/**
 * `npm run seed:scale`: a province-sized data set built inside PostgreSQL with set-based `INSERT … SELECT … FROM
 * generate_series(…)`, for measuring the API at scale. Every value is arithmetic on a row's index (PostgreSQL's
 * `hashint8extended` for pseudo-random choices, ids spelled from the index), never `random()` or `now()`, so two runs
 * with the same sizes give the same rows, byte for byte.
 *
 * The tree: one province (the root, code 14…) > cities > counties > townships > villages, each level below the cities
 * spread evenly over the one above (child i of n belongs to parent ⌊i·m/n⌋ of m), with 12-digit statistical codes that
 * start with their parent's digits. Every village is paired with one adviser of its county; each case has two parties (two
 * person records), is numbered per county and year, and is assigned to its village's adviser; each work-log entry is
 * by its village's adviser, and a mediation entry names one of that village's cases.
 *
 * Not generated: confidential columns (case summaries, parties' ID numbers and addresses) stay NULL: sealing is
 * AES-GCM with a random nonce, which would make the data differ between runs, and sealing a million values in Node
 * would dominate the run. Nor agreements, sessions, committees, trainings, monthly reports or attachments.
 */

export interface ScaleSizes {
  cities: number;
  counties: number;
  townships: number;
  villages: number;
  advisers: number;
  cases: number;
  workLogs: number;
}

/** Issue 11's province: 11 cities, 117 counties, 1,400 townships, 30,000 villages, 15,000 advisers, 10⁶ cases, 2·10⁶ log entries. */
export const PROVINCE_SIZES: ScaleSizes = {
  cities: 11,
  counties: 117,
  townships: 1400,
  villages: 30_000,
  advisers: 15_000,
  cases: 1_000_000,
  workLogs: 2_000_000,
};

/** A few hundred rows, for tests. */
export const SMALL_SIZES: ScaleSizes = { cities: 2, counties: 3, townships: 7, villages: 40, advisers: 9, cases: 300, workLogs: 400 };

/** Cases are received from 1 January of this year up to SCALE_AS_OF; work-log entries fall in the same span. */
export const SCALE_FIRST_YEAR = 2024;
export const SCALE_AS_OF = '2026-11-30';

/**
 * The accounts: `province.1` (BUREAU_ADMIN of the province), `city.<n>` (of a city), `bureau.<n>` (of a county),
 * `adviser.<n>`, all from 1.
 */
export const scaleUsername = {
  province: () => 'province.1',
  city: (n: number) => `city.${n}`,
  county: (n: number) => `bureau.${n}`,
  adviser: (n: number) => `adviser.${n}`,
};

/** What each kind of row's id is spelled from: `<kind as 8 hex digits>-5ca1-4000-8000-<index as 12 hex digits>`. */
export const SCALE_ID_KIND = {
  city: 1,
  county: 2,
  township: 3,
  village: 4,
  office: 5,
  provider: 6,
  adviser: 7,
  rosterEvent: 8,
  pairing: 9,
  cityAdmin: 10,
  countyAdmin: 11,
  adviserUser: 12,
  province: 13,
  provinceAdmin: 14,
  case: 20,
  person: 21,
  caseParty: 22,
  caseAdviser: 23,
  workLog: 30,
} as const;

/** The province's code: every city's starts with its two digits. */
const PROVINCE_CODE = '140000000000';

export function scaleId(kind: keyof typeof SCALE_ID_KIND, index: number): string {
  return `${SCALE_ID_KIND[kind].toString(16).padStart(8, '0')}-5ca1-4000-8000-${index.toString(16).padStart(12, '0')}`;
}

/** DEMO_PASSWORD's hash with a fixed salt: every generated account signs in with it, and two runs store the same bytes. */
export function scalePasswordHash(): Promise<string> {
  return hashPassword(DEMO_PASSWORD, Buffer.from('fengqiao-scale-1'));
}

export function validateSizes(s: ScaleSizes): void {
  for (const [name, n] of Object.entries(s)) {
    if (!Number.isSafeInteger(n) || n < 0 || n > 2 ** 40) throw new Error(`--${kebab(name)} must be a whole number from 0, got ${n}`);
  }
  const atLeast = (a: keyof ScaleSizes, b: keyof ScaleSizes) => {
    if (s[a] < s[b]) throw new Error(`--${kebab(a)} (${s[a]}) must be at least --${kebab(b)} (${s[b]}): every ${singular(b)} needs one`);
  };
  if (s.cities < 1) throw new Error('--cities must be at least 1');
  atLeast('counties', 'cities');
  atLeast('townships', 'counties');
  atLeast('villages', 'townships');
  atLeast('advisers', 'counties');
  // The 12-digit statistical code has 2 digits for a county within its city and 3 for a township or a village.
  const most = (children: number, parents: number) => Math.ceil(children / parents);
  if (s.cities > 99) throw new Error('--cities: at most 99 (two digits of the region code)');
  if (most(s.counties, s.cities) > 99) throw new Error('at most 99 counties per city (two digits of the region code)');
  if (most(s.townships, s.counties) > 999) throw new Error('at most 999 townships per county (three digits of the region code)');
  if (most(s.villages, s.townships) > 999) throw new Error('at most 999 villages per township (three digits of the region code)');
}

function kebab(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}
function singular(name: string): string {
  return name === 'cities' ? 'city' : name === 'counties' ? 'county' : name.replace(/s$/, '');
}

export interface StepProgress {
  step: string;
  /** Rows written so far in this step, of `total`. */
  done: number;
  total: number;
}

export interface StepTiming {
  step: string;
  rows: number;
  ms: number;
}

export interface SeedScaleOptions {
  sizes: ScaleSizes;
  /** The password hash every generated account gets (the CLI passes DEMO_PASSWORD's, hashed with a fixed salt). */
  passwordHash: string;
  onProgress?: (p: StepProgress) => void;
  /** Called when a step ends, with its row count and time. */
  onStep?: (t: StepTiming) => void;
  /** Rows per statement for the big tables (cases, work log): each statement moves the progress bar. */
  chunk?: number;
  /** The batch job's own limit on one statement (default 30 minutes). */
  statementTimeoutMs?: number;
}

export interface SeedScaleReport {
  steps: StepTiming[];
  /** Rows per table after the run. */
  rows: Record<string, number>;
  ms: number;
}

/** The public tables that hold rows (the migrator's own excepted): seeding refuses to write beside data. */
export async function tablesWithRows(client: pg.Client): Promise<string[]> {
  const tables = await listTables(client);
  const out: string[] = [];
  for (const t of tables) {
    const { rowCount } = await client.query(`select 1 from ${ident(t.name)} limit 1`);
    if (rowCount) out.push(t.name);
  }
  return out;
}

// Names are drawn from these by index; a county's or township's two syllables are unique up to 1,600 of them.
const SYLLABLES = '安宝昌德东丰福广和华嘉建金康乐临龙宁平庆仁瑞山寿泰天万文西祥新兴阳永元云泽长昭中';
const SURNAMES = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰红建国文斌志春燕海';

const arr = (chars: string) => `array[${[...chars].map((c) => `'${c}'`).join(',')}]`;
const list = (items: readonly string[]) => `array[${items.map((c) => `'${c}'`).join(',')}]`;

/**
 * Session-local helpers (pg_temp, gone with the connection): ids from indexes, the even spread of children over
 * parents, and deterministic choices.
 */
const HELPERS = `
create function pg_temp.sid(kind int, i bigint) returns uuid language sql immutable as
  $$ select (lpad(to_hex(kind), 8, '0') || '-5ca1-4000-8000-' || lpad(to_hex(i), 12, '0'))::uuid $$;
create function pg_temp.idx(id uuid) returns bigint language sql immutable as
  $$ select ('x' || right(replace(id::text, '-', ''), 12))::bit(48)::bigint $$;
-- Child i of n, spread over m parents: its parent. And parent p's first child.
create function pg_temp.up(i bigint, n bigint, m bigint) returns bigint language sql immutable as $$ select i * m / n $$;
create function pg_temp.first(p bigint, m bigint, n bigint) returns bigint language sql immutable as $$ select (p * n + m - 1) / m $$;
-- A deterministic choice in [0, m) for row i of a column (salt).
create function pg_temp.pick(i bigint, salt bigint, m bigint) returns bigint language sql immutable as
  $$ select ((hashint8extended(i, salt) % m) + m) % m $$;
create function pg_temp.place(i bigint) returns text language sql immutable as
  $$ select (${arr(SYLLABLES)})[1 + ((i * 577 + 101) % 1600) / 40] || (${arr(SYLLABLES)})[1 + ((i * 577 + 101) % 1600) % 40] $$;
create function pg_temp.person(i bigint) returns text language sql immutable as
  $$ select (${arr(SURNAMES)})[1 + pg_temp.pick(i, 101, ${[...SURNAMES].length})]
         || (${arr(GIVEN)})[1 + pg_temp.pick(i, 102, ${[...GIVEN].length})]
         || case when pg_temp.pick(i, 103, 3) = 0 then '' else (${arr(GIVEN)})[1 + pg_temp.pick(i, 104, ${[...GIVEN].length})] end $$;
create function pg_temp.mobile(i bigint, salt bigint) returns text language sql immutable as
  $$ select '1' || (array['3','5','7','8','9'])[1 + pg_temp.pick(i, salt, 5)] || lpad(pg_temp.pick(i, salt + 1, 1000000000)::text, 9, '0') $$;
create function pg_temp.at(d date, minutes bigint) returns timestamptz language sql immutable as
  $$ select (d + time '08:00' + make_interval(mins => minutes::int)) at time zone 'Asia/Shanghai' $$;
`;

const K = SCALE_ID_KIND;
const CREATED = `timestamptz '${SCALE_FIRST_YEAR}-01-01 09:00:00+08'`;

const DISPUTES = [
  'NEIGHBOUR',
  'NEIGHBOUR',
  'NEIGHBOUR',
  'MARRIAGE_FAMILY',
  'MARRIAGE_FAMILY',
  'MARRIAGE_FAMILY',
  'HOUSING_HOMESTEAD',
  'HOUSING_HOMESTEAD',
  'CONTRACT',
  'CONTRACT',
  'DAMAGES',
  'DAMAGES',
  'PRODUCTION_BUSINESS',
  'FOREST_LAND',
  'LAND_EXPROPRIATION',
  'ENVIRONMENT',
  'LABOUR',
  'CONSUMER',
  'MEDICAL',
  'TRAFFIC_ACCIDENT',
  'PROPERTY_MANAGEMENT',
  'OTHER',
] as const;
const MONEY_DISPUTES = ['CONTRACT', 'DAMAGES', 'PRODUCTION_BUSINESS', 'LABOUR', 'CONSUMER', 'MEDICAL', 'TRAFFIC_ACCIDENT'];
const REFERRERS = ['COURT', 'POLICE', 'PETITION_OFFICE', 'GOVERNMENT', 'OTHER'];
const REFERRER_NAMES = ['县人民法院', '县公安局派出所', '县信访局', '乡镇人民政府', '村民委员会'];
// Work-log categories by cumulative percentage, with what each entry's matter says.
const CATEGORIES: Array<[string, number, string]> = [
  ['CONSULTATION', 40, '法律咨询'],
  ['MEDIATION', 60, '参与纠纷调解'],
  ['LECTURE', 65, '法治宣传讲座'],
  ['AGREEMENT_REVIEW', 73, '审查调解协议'],
  ['SCREENING', 85, '矛盾纠纷排查'],
  ['DOCUMENT_DRAFTING', 92, '代写法律文书'],
  ['LEGAL_OPINION', 97, '出具法律意见'],
  ['OTHER', 100, '其他法律服务'],
];

function byPercent(r: string, table: Array<[string, number, ...unknown[]]>, column = 0): string {
  return `case ${table.map((row) => `when ${r} < ${row[1]} then '${String(row[column])}'`).join(' ')} end`;
}

/**
 * Writes the data set into an empty, migrated database on `client`, in one transaction, then ANALYZEs. Refuses a
 * database with rows in any table.
 */
export async function seedScale(client: pg.Client, options: SeedScaleOptions): Promise<SeedScaleReport> {
  const s = options.sizes;
  validateSizes(s);
  const chunk = options.chunk ?? 50_000;
  const started = Date.now();
  const steps: StepTiming[] = [];
  const progress = options.onProgress ?? (() => undefined);

  async function step(name: string, total: number, run: (advance: (rows: number) => void) => Promise<void>) {
    const t0 = Date.now();
    let done = 0;
    progress({ step: name, done, total });
    await run((rows) => {
      done += rows;
      progress({ step: name, done, total });
    });
    const timing = { step: name, rows: done, ms: Date.now() - t0 };
    steps.push(timing);
    options.onStep?.(timing);
  }
  async function insert(sql: string, params: unknown[] = []): Promise<number> {
    return (await client.query(sql, params)).rowCount ?? 0;
  }
  async function chunked(total: number, advance: (rows: number) => void, sql: (lo: number, hi: number) => string) {
    for (let lo = 0; lo < total; lo += chunk) {
      const hi = Math.min(total, lo + chunk) - 1;
      await client.query(sql(lo, hi));
      advance(hi - lo + 1);
    }
  }

  const { cities: C, counties: N_K, townships: T, villages: V, advisers: A, cases: N, workLogs: W } = s;
  const years = Number(SCALE_AS_OF.slice(0, 4)) - SCALE_FIRST_YEAR + 1;

  // A batch job: its own statement timeout instead of the server's; UTC for whatever prints a time. All for this
  // session only, nothing is changed on the server.
  await client.query(`set statement_timeout = ${Math.trunc(options.statementTimeoutMs ?? 30 * 60_000)}; set lock_timeout = '30s';
    set time zone 'UTC'; set synchronous_commit = off; set jit = off; set work_mem = '64MB'`);
  await client.query('begin');
  try {
    const busy = await tablesWithRows(client);
    if (busy.length) {
      throw new Error(
        `the database already holds data (${busy.slice(0, 5).join(', ')}${busy.length > 5 ? ', …' : ''}): ` +
          'seed:scale writes only into an empty, migrated database. Point DATABASE_URL at a new database, or use a fresh DATA_DIR.',
      );
    }
    await client.query(HELPERS);

    await step('regions', 1 + C + N_K + T + V, async (advance) => {
      advance(
        await insert(`insert into region (id, parent_id, level, name, code, path, demo, created_at)
        select pg_temp.sid(${K.province}, 0), null, 'PROVINCE', pg_temp.place(1599) || '省', '${PROVINCE_CODE}',
               '/' || pg_temp.sid(${K.province}, 0) || '/', true, ${CREATED}`),
      );
      advance(
        await insert(`insert into region (id, parent_id, level, name, code, path, demo, created_at)
        select pg_temp.sid(${K.city}, c), p.id, 'CITY', pg_temp.place(c * 131 + 7) || '市', left(p.code, 2) || lpad((c + 1)::text, 2, '0') || '00000000',
               p.path || pg_temp.sid(${K.city}, c) || '/', true, ${CREATED}
          from generate_series(0, ${C - 1}) c join region p on p.id = pg_temp.sid(${K.province}, 0)`),
      );
      advance(
        await insert(`insert into region (id, parent_id, level, name, code, path, demo, created_at)
        select pg_temp.sid(${K.county}, k), p.id, 'COUNTY', pg_temp.place(k) || '县',
               left(p.code, 4) || lpad((k - pg_temp.first(pg_temp.up(k, ${N_K}, ${C}), ${C}, ${N_K}) + 1)::text, 2, '0') || '000000',
               p.path || pg_temp.sid(${K.county}, k) || '/', true, ${CREATED}
          from generate_series(0, ${N_K - 1}) k join region p on p.id = pg_temp.sid(${K.city}, pg_temp.up(k, ${N_K}, ${C}))`),
      );
      advance(
        await insert(`insert into region (id, parent_id, level, name, code, path, terrain, demo, created_at)
        select pg_temp.sid(${K.township}, t), p.id, 'TOWNSHIP', pg_temp.place(t + 800) || case when m then '乡' else '镇' end,
               left(p.code, 6) || lpad((t - pg_temp.first(pg_temp.up(t, ${T}, ${N_K}), ${N_K}, ${T}) + 1)::text, 3, '0') || '000',
               p.path || pg_temp.sid(${K.township}, t) || '/', case when m then 'MOUNTAIN' else 'PLAIN' end, true, ${CREATED}
          from generate_series(0, ${T - 1}) t cross join lateral (select pg_temp.pick(t, 1, 5) < 2 as m) x
          join region p on p.id = pg_temp.sid(${K.county}, pg_temp.up(t, ${T}, ${N_K}))`),
      );
      advance(
        await insert(`insert into region (id, parent_id, level, name, code, path, kind, demo, created_at)
        select pg_temp.sid(${K.village}, v), p.id, 'VILLAGE',
               pg_temp.place(pg_temp.pick(v, 2, 1600)) || case when c then '社区' else '村' end,
               left(p.code, 9) || lpad((v - pg_temp.first(pg_temp.up(v, ${V}, ${T}), ${T}, ${V}) + 1)::text, 3, '0'),
               p.path || pg_temp.sid(${K.village}, v) || '/', case when c then 'COMMUNITY' else 'VILLAGE' end, true, ${CREATED}
          from generate_series(0, ${V - 1}) v cross join lateral (select pg_temp.pick(v, 3, 100) < 15 as c) x
          join region p on p.id = pg_temp.sid(${K.township}, pg_temp.up(v, ${V}, ${T}))`),
      );
    });

    // Lookups for the big tables: per county its ranges of villages, advisers and cases; per village its adviser, its
    // township and county, and where its cases are (the k-th case of a county is in its (k mod villages)-th village).
    await client.query(`create temp table scale_county as
      select k, pg_temp.sid(${K.county}, k) as id, r.name,
             pg_temp.first(pg_temp.first(k, ${N_K}, ${T}), ${T}, ${V}) as first_village,
             pg_temp.first(pg_temp.first(k + 1, ${N_K}, ${T}), ${T}, ${V}) - pg_temp.first(pg_temp.first(k, ${N_K}, ${T}), ${T}, ${V}) as villages,
             pg_temp.first(k, ${N_K}, ${A}) as first_adviser,
             pg_temp.first(k + 1, ${N_K}, ${A}) - pg_temp.first(k, ${N_K}, ${A}) as advisers,
             pg_temp.first(pg_temp.first(pg_temp.first(k, ${N_K}, ${T}), ${T}, ${V}), ${V}, ${N}) as first_case,
             pg_temp.first(pg_temp.first(pg_temp.first(k + 1, ${N_K}, ${T}), ${T}, ${V}), ${V}, ${N})
               - pg_temp.first(pg_temp.first(pg_temp.first(k, ${N_K}, ${T}), ${T}, ${V}), ${V}, ${N}) as cases
        from generate_series(0, ${N_K - 1}) k join region r on r.id = pg_temp.sid(${K.county}, k);
      create temp table scale_village as
      select v, pg_temp.sid(${K.village}, v) as id, r.name, t as township, pg_temp.sid(${K.township}, t) as township_id, c.k as county, c.id as county_id,
             c.first_adviser + (v - c.first_village) % c.advisers as adviser,
             c.first_case + (v - c.first_village) as first_case, c.villages as case_step,
             greatest(0, (c.cases - (v - c.first_village) + c.villages - 1) / c.villages) as cases
        from generate_series(0, ${V - 1}) v
        cross join lateral (select pg_temp.up(v, ${V}, ${T}) as t) x
        join scale_county c on c.k = pg_temp.up(x.t, ${T}, ${N_K})
        join region r on r.id = pg_temp.sid(${K.village}, v);
      alter table scale_village add primary key (v); alter table scale_county add primary key (k);
      analyze scale_county; analyze scale_village`);

    await step('offices and providers', T + 3 * N_K, async (advance) => {
      advance(
        await insert(`insert into judicial_office (id, township_id, name, phone, address, created_at)
        select pg_temp.sid(${K.office}, t), r.id, r.name || '司法所', '0358-' || lpad((3000000 + t)::text, 7, '0'), r.name || '人民政府院内', ${CREATED}
          from generate_series(0, ${T - 1}) t join region r on r.id = pg_temp.sid(${K.township}, t)`),
      );
      advance(
        await insert(`insert into provider (id, county_id, kind, name, phone, address, demo, created_at)
        select pg_temp.sid(${K.provider}, c.k * 3 + j), c.id, (array['LAW_FIRM','LEGAL_SERVICE_OFFICE','LEGAL_AID_CENTRE'])[j + 1],
               c.name || (array['正义律师事务所','城关法律服务所','法律援助中心'])[j + 1], '0358-' || lpad((5000000 + c.k * 3 + j)::text, 7, '0'),
               c.name || '城关', true, ${CREATED}
          from scale_county c cross join generate_series(0, 2) j`),
      );
    });

    await step('advisers and roster', 2 * A, async (advance) => {
      advance(
        await insert(`insert into legal_adviser (id, county_id, provider_id, name, gender, phone, profession, licence_no, service_scope,
          status, demo, version, created_at)
        select pg_temp.sid(${K.adviser}, a), c.id, pg_temp.sid(${K.provider}, c.k * 3 + j), pg_temp.person(a + 7000000000),
               case when pg_temp.pick(a, 4, 5) < 2 then 'FEMALE' else 'MALE' end, pg_temp.mobile(a, 5),
               (array['LAWYER','GRASSROOTS_LEGAL_WORKER','LEGAL_AID'])[j + 1], 'FQ' || lpad(a::text, 10, '0'),
               '婚姻家庭、邻里纠纷、合同纠纷', 'ACTIVE', true, 1, ${CREATED}
          from generate_series(0, ${A - 1}) a
          cross join lateral (select pg_temp.up(a, ${A}, ${N_K}) as k, pg_temp.pick(a, 6, 3)::int as j) x
          join scale_county c on c.k = x.k`),
      );
      advance(
        await insert(`insert into roster_event (id, adviser_id, kind, effective_on, reason, changes, at)
        select pg_temp.sid(${K.rosterEvent}, pg_temp.idx(a.id)), a.id, 'JOINED', date '${SCALE_FIRST_YEAR}-01-01', '县司法局结对部署，纳入名册',
               jsonb_build_object('name', a.name, 'gender', a.gender, 'phone', a.phone, 'profession', a.profession, 'licenceNo', a.licence_no,
                                  'providerId', a.provider_id, 'serviceScope', a.service_scope), ${CREATED}
          from legal_adviser a`),
      );
    });

    await step('accounts', 1 + C + N_K + A, async (advance) => {
      advance(
        await insert(
          `insert into app_user (id, username, password_hash, role, display_name, scope_region_id, created_at, updated_at)
        select pg_temp.sid(${K.provinceAdmin}, 0), 'province.1', $1, 'BUREAU_ADMIN', r.name || '司法厅', r.id, ${CREATED}, ${CREATED}
          from region r where r.id = pg_temp.sid(${K.province}, 0)
        union all
        select pg_temp.sid(${K.cityAdmin}, c), 'city.' || (c + 1), $1, 'BUREAU_ADMIN', r.name || '司法局', r.id, ${CREATED}, ${CREATED}
          from generate_series(0, ${C - 1}) c join region r on r.id = pg_temp.sid(${K.city}, c)
        union all
        select pg_temp.sid(${K.countyAdmin}, c.k), 'bureau.' || (c.k + 1), $1, 'BUREAU_ADMIN', c.name || '司法局', c.id, ${CREATED}, ${CREATED}
          from scale_county c`,
          [options.passwordHash],
        ),
      );
      advance(
        await insert(
          `insert into app_user (id, username, password_hash, role, display_name, adviser_id, created_at, updated_at)
        select pg_temp.sid(${K.adviserUser}, pg_temp.idx(a.id)), 'adviser.' || (pg_temp.idx(a.id) + 1), $1, 'ADVISER', a.name, a.id, ${CREATED}, ${CREATED}
          from legal_adviser a`,
          [options.passwordHash],
        ),
      );
    });

    await step('pairings', V, async (advance) => {
      advance(
        await insert(`insert into pairing (id, adviser_id, village_id, valid_from, valid_to, deputy_director, created_by_id, created_at)
        select pg_temp.sid(${K.pairing}, v.v), pg_temp.sid(${K.adviser}, v.adviser), v.id, date '${SCALE_FIRST_YEAR}-01-01', null, false,
               pg_temp.sid(${K.countyAdmin}, v.county), ${CREATED}
          from scale_village v`),
      );
    });

    // A county's cases k = 0…n-1 run through its years in order (year y holds k from ⌈y·n/years⌉), numbered from 1 in
    // each year with received dates rising through the year, and go round its villages (village k mod villages).
    const status = `case
      when age < 30 then (array['REGISTERED','ACCEPTED','IN_MEDIATION'])[1 + pg_temp.pick(i, 11, 3)]
      else ${byPercent('pg_temp.pick(i, 12, 100)', [
        ['AGREEMENT_REACHED', 72],
        ['FAILED', 80],
        ['WITHDRAWN', 85],
        ['DECLINED', 88],
        ['REFERRED', 93],
        ['IN_MEDIATION', 100],
      ])} end`;
    await step('cases, parties and advisers', N, (advance) =>
      chunked(
        N,
        advance,
        (lo, hi) => `
      with base as (
        select i, c.id as county_id, c.name as county_name, v.township_id, v.id as village_id, v.adviser,
               y, kk.ck - c.first_case_of_year + 1 as seq, c.per_year
          from generate_series(${lo}, ${hi}) i
          cross join lateral (select pg_temp.up(pg_temp.up(pg_temp.up(i, ${N}, ${V}), ${V}, ${T}), ${T}, ${N_K}) as county) x
          join scale_county sc on sc.k = x.county
          cross join lateral (select i - sc.first_case as ck) kk
          cross join lateral (select pg_temp.up(kk.ck, sc.cases, ${years}) as y) yy
          cross join lateral (select sc.id, sc.name, pg_temp.first(yy.y, ${years}, sc.cases) as first_case_of_year,
                                     pg_temp.first(yy.y + 1, ${years}, sc.cases) - pg_temp.first(yy.y, ${years}, sc.cases) as per_year) c
          join scale_village v on v.v = sc.first_village + kk.ck % sc.villages
      ), dated as (
        select b.*, ${SCALE_FIRST_YEAR} + y as year,
               make_date(${SCALE_FIRST_YEAR} + y::int, 1, 1)
                 + ((seq - 1) * (least(make_date(${SCALE_FIRST_YEAR + 1} + y::int, 1, 1), date '${SCALE_AS_OF}' + 1) - make_date(${SCALE_FIRST_YEAR} + y::int, 1, 1)) / per_year)::int
                 as received_on
          from base b
      ), decided as (
        select d.*, ${status} as status from dated d cross join lateral (select date '${SCALE_AS_OF}' - d.received_on as age) a
      ), shaped as (
        select d.*, pg_temp.pick(i, 13, 100) as src, (array[${DISPUTES.map((x) => `'${x}'`).join(',')}])[1 + pg_temp.pick(i, 14, ${DISPUTES.length})] as dispute,
               pg_temp.pick(i, 15, 100) as lvl,
               case when status in ('REGISTERED', 'DECLINED') then null else least(received_on + 1 + pg_temp.pick(i, 16, 3)::int, date '${SCALE_AS_OF}') end as accepted_on
          from decided d
      ), cases as (
        insert into mediation_case (id, county_id, township_id, village_id, year, seq, case_no, source, referrer_kind, referrer_name, dispute_type,
            amount_fen, tier, status, level, resolved_level, received_on, accepted_on, closed_on, closure_reason, summary_sealed, created_by_id,
            version, created_at, updated_at)
        select pg_temp.sid(${K.case}, i), county_id, township_id, village_id, year, seq,
               '（' || year || '）' || left(county_name, 1) || '调字第' || seq || '号',
               case when src < 35 then 'SCREENING' when src < 85 then 'APPLICATION' else 'REFERRAL' end,
               case when src >= 85 then (${list(REFERRERS)})[1 + pg_temp.pick(i, 17, ${REFERRERS.length})] end,
               case when src >= 85 then (${list(REFERRER_NAMES)})[1 + pg_temp.pick(i, 17, ${REFERRER_NAMES.length})] end,
               dispute,
               case when dispute in (${MONEY_DISPUTES.map((x) => `'${x}'`).join(',')}) then (1 + pg_temp.pick(i, 18, 2000)) * 10000 else 0 end,
               ${byPercent('pg_temp.pick(i, 19, 100)', [
                 ['ORDINARY', 90],
                 ['DIFFICULT', 98],
                 ['MAJOR', 100],
               ])},
               status,
               case when lvl < 85 then 'VILLAGE' when lvl < 97 then 'TOWNSHIP' else 'COUNTY' end,
               case when status = 'AGREEMENT_REACHED' then case when lvl < 85 then 'VILLAGE' when lvl < 97 then 'TOWNSHIP' else 'COUNTY' end end,
               received_on, accepted_on, closed_on,
               case status when 'AGREEMENT_REACHED' then 'AGREEMENT_SIGNED' when 'FAILED' then 'FAILED' when 'WITHDRAWN' then 'WITHDRAWN'
                 when 'DECLINED' then 'NOT_ACCEPTED'
                 when 'REFERRED' then (array['REFERRED_LITIGATION','REFERRED_ARBITRATION','REFERRED_ADMINISTRATIVE'])[1 + pg_temp.pick(i, 20, 3)] end,
               null, pg_temp.sid(${K.countyAdmin}, pg_temp.idx(county_id)), 1,
               pg_temp.at(received_on, pg_temp.pick(i, 21, 540)), pg_temp.at(coalesce(closed_on, accepted_on, received_on), 545)
          from shaped
          cross join lateral (select case
            when status = 'DECLINED' then least(received_on + 2, date '${SCALE_AS_OF}')
            when status in ('AGREEMENT_REACHED', 'FAILED', 'WITHDRAWN', 'REFERRED')
              then least(coalesce(accepted_on, received_on) + 3 + pg_temp.pick(i, 22, 40)::int, date '${SCALE_AS_OF}') end as closed_on) cl
        returning id, created_at
      ), people as (
        insert into person (id, name, phone, demo, created_at)
        select pg_temp.sid(${K.person}, pg_temp.idx(c.id) * 2 + r), pg_temp.person(pg_temp.idx(c.id) * 2 + r),
               pg_temp.mobile(pg_temp.idx(c.id) * 2 + r, 23), true, c.created_at
          from cases c cross join generate_series(0, 1) r
        returning id
      ), parties as (
        insert into case_party (id, case_id, person_id, role)
        select pg_temp.sid(${K.caseParty}, pg_temp.idx(p.id)), pg_temp.sid(${K.case}, pg_temp.idx(p.id) / 2), p.id,
               case when pg_temp.idx(p.id) % 2 = 0 then 'APPLICANT' else 'RESPONDENT' end
          from people p
        returning 1
      )
      insert into case_adviser (id, case_id, adviser_id)
      select pg_temp.sid(${K.caseAdviser}, b.i), pg_temp.sid(${K.case}, b.i), pg_temp.sid(${K.adviser}, b.adviser)
        from base b`,
      ),
    );

    await step('case number counters', N_K * years, async (advance) => {
      advance(
        await insert(`insert into case_number_counter (county_id, year, last)
        select county_id, year, max(seq) from mediation_case group by county_id, year`),
      );
    });

    // The work log is partitioned by month: each month of the data set gets its partition before the rows arrive, so
    // none lands in the default partition (the partition job would then have to move them all at the server's start).
    const lastMonth = SCALE_AS_OF.slice(0, 7);
    const months: string[] = [];
    for (let m = `${SCALE_FIRST_YEAR}-01`; m <= lastMonth; m = addMonths(m, 1)) months.push(m);
    await step('work-log months', months.length, async (advance) => {
      for (const month of months) {
        await ensureMonthPartition(client, 'work_log_entry', month);
        advance(1);
      }
    });

    const category = (r: string) => byPercent(r, CATEGORIES);
    const matter = (r: string) => byPercent(r, CATEGORIES, 2);
    await step('work-log entries', W, (advance) =>
      chunked(
        W,
        advance,
        (lo, hi) => `
      insert into work_log_entry (id, adviser_id, village_id, township_id, county_id, at, month, category, mode, person_served, phone, matter, content,
          duration_min, case_id, venue, attendee_count, created_by_id, created_at, updated_at, version)
      select pg_temp.sid(${K.workLog}, j), pg_temp.sid(${K.adviser}, v.adviser), v.id, v.township_id, v.county_id, at,
             to_char(at at time zone 'Asia/Shanghai', 'YYYY-MM'), cat, case when pg_temp.pick(j, 31, 10) < 3 then 'ONLINE' else 'OFFLINE' end,
             case when cat = 'LECTURE' then v.name || '村民' else pg_temp.person(j + 5000000000) end,
             case when cat = 'LECTURE' then null else pg_temp.mobile(j, 32) end,
             matter, v.name || '：' || matter || '，已解答并记录。', dur,
             case when cat = 'MEDIATION' and v.cases > 0 then pg_temp.sid(${K.case}, v.first_case + pg_temp.pick(j, 33, v.cases) * v.case_step) end,
             case when cat = 'LECTURE' then v.name || '村民委员会' end,
             case when cat = 'LECTURE' then 20 + pg_temp.pick(j, 34, 60)::int end,
             pg_temp.sid(${K.adviserUser}, v.adviser), at, at, 1
        from generate_series(${lo}, ${hi}) j
        join scale_village v on v.v = pg_temp.up(j, ${W}, ${V})
        cross join lateral (select pg_temp.pick(j, 35, 100) as r) x
        cross join lateral (select ${category('x.r')} as cat, ${matter('x.r')} as matter,
                                   (10 + 5 * pg_temp.pick(j, 36, 34))::int as dur,
                                   pg_temp.at(date '${SCALE_FIRST_YEAR}-01-01' + pg_temp.pick(j, 37, date '${SCALE_AS_OF}' - date '${SCALE_FIRST_YEAR}-01-01' + 1)::int,
                                              pg_temp.pick(j, 38, 600)) as at) y`,
      ),
    );

    await client.query('drop table scale_village; drop table scale_county');
    await client.query('commit');
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  }

  await step('analyze', 1, async (advance) => {
    await client.query('analyze');
    advance(1);
  });
  const rows: Record<string, number> = {};
  for (const t of await listTables(client)) {
    const {
      rows: [r],
    } = await client.query<{ n: string }>(`select count(*)::text as n from ${ident(t.name)}`);
    rows[t.name] = Number(r!.n);
  }
  return { steps, rows, ms: Date.now() - started };
}
