import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DEMO_PASSWORD, demoAccount, demoCases, demoPairings } from '@fengqiao/seeds';
import { execFile } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { startTestApp, type TestApp } from './app.js';
import { migrateAndSeed, TEMPLATE_SEEDED_AT } from './database.js';

/**
 * DATABASE_READ_URLS against a real primary and a real streaming standby of it, built here from the machine's
 * PostgreSQL binaries (initdb, pg_basebackup -R, pg_ctl). With the standby's replay paused, what the standby has not
 * replayed shows which server answered: a list that lacks a row just written came from the replica; a mutation's
 * answer, a token check and an entitlement that follow a write just made came from the primary.
 */

const run = promisify(execFile);

/** The newest installed PostgreSQL's bin directory (Debian's layout), if any. */
function postgresBin(): string | undefined {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root)
    .filter((v) => existsSync(join(root, v, 'bin', 'initdb')) && existsSync(join(root, v, 'bin', 'pg_basebackup')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? join(root, versions[0], 'bin') : undefined;
}

const BIN = postgresBin();
if (!BIN && process.env.CI === 'true') {
  throw new Error('read-replica test: no PostgreSQL binaries under /usr/lib/postgresql/*/bin (initdb, pg_basebackup); CI must run it, not skip it');
}
if (!BIN) {
  console.warn('read-replica test SKIPPED: no PostgreSQL binaries under /usr/lib/postgresql/*/bin (initdb, pg_basebackup, pg_ctl)');
}
const describeWithPostgres = BIN ? describe : describe.skip;

/** initdb refuses to run as root: as root the binaries run as the `postgres` account, which owns the directories. */
const asRoot = process.getuid?.() === 0;

async function pgRun(bin: string, args: string[]): Promise<string> {
  const [file, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', join(BIN!, bin), ...args]] : [join(BIN!, bin), args];
  try {
    const { stdout } = await run(file, argv, { timeout: 120_000 });
    return stdout;
  } catch (error) {
    const e = error as Error & { stderr?: string };
    throw new Error(`${bin} failed: ${e.message}\n${e.stderr ?? ''}`);
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

const DB = 'fq_replica';
const urlOf = (port: number, db = DB) => `postgresql://postgres@127.0.0.1:${port}/${db}`;

async function sql<T = Record<string, unknown>>(port: number, text: string, params: unknown[] = [], db = DB): Promise<T[]> {
  const client = new pg.Client({ connectionString: urlOf(port, db) });
  await client.connect();
  try {
    return (await client.query(text, params)).rows as T[];
  } finally {
    await client.end();
  }
}

async function until(what: string, check: () => Promise<boolean>, ms = 60_000): Promise<void> {
  const end = Date.now() + ms;
  for (;;) {
    if (await check().catch(() => false)) return;
    if (Date.now() > end) throw new Error(`timed out waiting until ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const adviser1 = demoAccount('adviser.1');
const adviser2 = demoAccount('adviser.2');
const OPEN = ['REGISTERED', 'ACCEPTED', 'IN_MEDIATION'];
/** An open case of adviser.1's only (a demo case of the seeded day). */
const caseOf1 = demoCases(new Date(TEMPLATE_SEEDED_AT)).find(
  (c) => OPEN.includes(c.status) && c.adviserIds.length === 1 && c.adviserIds[0] === adviser1.adviserId,
)!;
const village1 = demoPairings().find((p) => p.adviserId === adviser1.adviserId)!.villageId;

const LOGIN = 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }';
const CASES = '{ mediationCases(options: { take: 100 }) { totalItems items { id } } }';
const CASE = 'query($id: ID!) { mediationCase(id: $id) { id summary canReadConfidential advisers { id } } }';
const CREATE = 'mutation($input: CreateMediationCaseInput!) { createMediationCase(input: $input) { id status summary advisers { id } } }';
const REASSIGN = `mutation($id: ID!, $input: ReassignMediationCaseInput!) { reassignMediationCase(id: $id, input: $input) { id version advisers { id } } }`;
const VERSION = 'query($id: ID!) { mediationCase(id: $id) { version } }';
const RESET = 'mutation($id: ID!) { resetPassword(id: $id) { user { id } oneTimePassword } }';
const ME = '{ me { id username } }';

describeWithPostgres('read replicas (DATABASE_READ_URLS): a real primary and streaming standby', () => {
  let dir: string;
  let primaryPort: number;
  let standbyPort: number;
  const started: string[] = [];
  let app: TestApp | undefined;

  const startCluster = async (data: string, port: number, log: string) => {
    await pgRun('pg_ctl', [
      '-D',
      data,
      '-l',
      log,
      '-w',
      '-t',
      '60',
      '-o',
      `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=${dir} -c wal_level=replica -c max_wal_senders=4 -c hot_standby=on -c fsync=off -c log_statement=all`,
      'start',
    ]);
    started.push(data);
  };

  /** Whether the standby has replayed everything the primary has written so far. */
  const caughtUp = async () => {
    const [{ lsn }] = await sql<{ lsn: string }>(primaryPort, 'select pg_current_wal_lsn()::text as lsn');
    await until('the standby has replayed the primary', async () => {
      const [row] = await sql<{ done: boolean }>(standbyPort, 'select pg_wal_lsn_diff(pg_last_wal_replay_lsn(), $1::pg_lsn) >= 0 as done', [lsn]);
      return row!.done;
    });
  };
  const pauseReplay = async () => {
    await caughtUp();
    await sql(standbyPort, 'select pg_wal_replay_pause()');
    await until(
      'replay is paused',
      async () => (await sql<{ s: string }>(standbyPort, 'select pg_get_wal_replay_pause_state() as s'))[0]!.s === 'paused',
    );
  };
  const resumeReplay = async () => {
    await sql(standbyPort, 'select pg_wal_replay_resume()');
    await caughtUp();
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'fq-replica-'));
    chmodSync(dir, 0o700);
    if (asRoot) {
      const { stdout } = await run('id', ['-u', 'postgres']);
      const { stdout: gid } = await run('id', ['-g', 'postgres']);
      chownSync(dir, Number(stdout.trim()), Number(gid.trim()));
    }
    [primaryPort, standbyPort] = [await freePort(), await freePort()];
    const primary = join(dir, 'primary');
    const standby = join(dir, 'standby');
    // Trust for local TCP and for replication from 127.0.0.1 (initdb's pg_hba.conf has both lines).
    await pgRun('initdb', ['-D', primary, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--no-locale']);
    await startCluster(primary, primaryPort, join(dir, 'primary.log'));
    await sql(primaryPort, `create database ${DB}`, [], 'postgres');
    await migrateAndSeed(urlOf(primaryPort));

    // The standby: a base backup with its recovery settings (-R), started on a port of its own; hot_standby is on.
    // A fast checkpoint: the default spread one waits for minutes.
    await pgRun('pg_basebackup', ['-h', '127.0.0.1', '-p', String(primaryPort), '-U', 'postgres', '-D', standby, '-R', '-X', 'stream', '-c', 'fast']);
    await startCluster(standby, standbyPort, join(dir, 'standby.log'));
    await until('the standby accepts connections', async () => (await sql<{ r: boolean }>(standbyPort, 'select pg_is_in_recovery() as r'))[0]!.r);
    await caughtUp();

    app = await startTestApp({ databaseUrl: urlOf(primaryPort), databaseReadUrls: [urlOf(standbyPort)] }, { at: '2026-12-02T12:00:00+08:00' });
  }, 300_000);

  afterAll(async () => {
    if (standbyPort) await sql(standbyPort, 'select pg_wal_replay_resume()').catch(() => undefined);
    await app?.close();
    for (const data of started.reverse()) await pgRun('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']).catch(() => undefined);
    if (dir) rmSync(dir, { recursive: true, force: true });
  }, 120_000);

  it('the standby is a replica of the primary: read-only, in recovery, with the seeded county', async () => {
    const [row] = await sql<{ r: boolean; n: string }>(
      standbyPort,
      'select pg_is_in_recovery() as r, (select count(*) from mediation_case)::text as n',
    );
    expect(row!.r).toBe(true);
    expect(Number(row!.n)).toBeGreaterThan(0);
    await expect(sql(standbyPort, 'create table replica_probe (x int)')).rejects.toThrow(/read-only/);
  });

  it('a list comes from the replica; the mutation’s own answer and the token check from the primary', async () => {
    const token = await app!.login('adviser.1');
    const before = (await app!.gql(CASES, {}, token)).data.mediationCases;
    await pauseReplay();
    try {
      const res = await app!.gql(
        CREATE,
        {
          input: {
            villageId: village1,
            source: 'APPLICATION',
            disputeType: 'NEIGHBOUR',
            amountFen: 50000,
            tier: 'ORDINARY',
            receivedOn: '2026-12-01',
            summary: '副本测试：院墙滴水',
            adviserIds: [],
            parties: [
              { role: 'APPLICANT', name: '测试甲', phone: '13600000001' },
              { role: 'RESPONDENT', name: '测试乙' },
            ],
          },
        },
        token,
      );
      // (b) What the mutation returns it read after its write: from the primary.
      expect(res.errors).toBeUndefined();
      const created = res.data.createMediationCase;
      expect(created).toMatchObject({ status: 'REGISTERED', summary: '副本测试：院墙滴水', advisers: [{ id: adviser1.adviserId }] });
      const [onPrimary] = await sql(primaryPort, 'select 1 from mediation_case where id = $1', [created.id]);
      expect(onPrimary).toBeDefined();
      expect(await sql(standbyPort, 'select 1 from mediation_case where id = $1', [created.id])).toEqual([]);

      // (a) The list, asked after the write, is the replica's: it lacks the case. (c) The same token still works.
      const during = await app!.gql(CASES, {}, token);
      expect(during.errors).toBeUndefined();
      expect(during.data.mediationCases.totalItems).toBe(before.totalItems);
      expect(during.data.mediationCases.items.map((c: { id: string }) => c.id)).not.toContain(created.id);
      expect((await app!.gql(CASE, { id: created.id }, token)).data.mediationCase).toBeNull();
    } finally {
      await resumeReplay();
    }
    const after = await app!.gql(CASES, {}, token);
    expect(after.data.mediationCases.totalItems).toBe(before.totalItems + 1);
  });

  it('a token revoked while the replica lags is refused at once, and a token issued meanwhile is accepted', async () => {
    const bureau = await app!.login('bureau');
    const old = (await app!.gql(LOGIN, { u: 'office.tianning', p: DEMO_PASSWORD })).data.login.token as string;
    expect((await app!.gql(ME, {}, old)).data.me.username).toBe('office.tianning');
    await pauseReplay();
    try {
      const reset = await app!.gql(RESET, { id: demoAccount('office.tianning').id }, bureau);
      expect(reset.errors).toBeUndefined();
      // The replica still holds the old token version, which would accept the old token and refuse the new one.
      const [replica] = await sql<{ v: number }>(standbyPort, 'select token_version as v from app_user where id = $1', [
        demoAccount('office.tianning').id,
      ]);
      const [primary] = await sql<{ v: number }>(primaryPort, 'select token_version as v from app_user where id = $1', [
        demoAccount('office.tianning').id,
      ]);
      expect(primary!.v).toBeGreaterThan(replica!.v);

      const refused = await app!.gql(ME, {}, old);
      expect(refused.status).toBe(401);
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'PASSWORD_RESET' });

      const fresh = await app!.gql(LOGIN, { u: 'office.tianning', p: reset.data.resetPassword.oneTimePassword });
      expect(fresh.errors).toBeUndefined();
      expect((await app!.gql(ME, {}, fresh.data.login.token)).data.me.username).toBe('office.tianning');
    } finally {
      await resumeReplay();
    }
  });

  it('an assignment ended while the replica lags ends the adviser’s reading at once: entitlement is decided on the primary', async () => {
    expect(caseOf1).toBeDefined();
    const adviserToken = await app!.login('adviser.1');
    const bureau = await app!.login('bureau');
    const seen = (await app!.gql(CASE, { id: caseOf1.id }, adviserToken)).data.mediationCase;
    expect(seen).toMatchObject({ summary: caseOf1.summary, canReadConfidential: true });
    const { version } = (await app!.gql(VERSION, { id: caseOf1.id }, bureau)).data.mediationCase;
    await pauseReplay();
    try {
      const res = await app!.gql(
        REASSIGN,
        { id: caseOf1.id, input: { adviserId: adviser2.adviserId, replaceAdviserId: adviser1.adviserId, reason: '副本测试', version } },
        bureau,
      );
      expect(res.errors).toBeUndefined();
      expect(res.data.reassignMediationCase.advisers).toEqual([{ id: adviser2.adviserId }]);

      // The case itself is read from the replica, which still lists adviser.1 as its adviser; the confidential text is
      // nevertheless refused, because whether adviser.1 is entitled was asked of the primary.
      const now = (await app!.gql(CASE, { id: caseOf1.id }, adviserToken)).data.mediationCase;
      expect(now.advisers).toEqual([{ id: adviser1.adviserId }]);
      expect(now).toMatchObject({ summary: null, canReadConfidential: false });

      // A mutation reads what it checks from the primary too: the version the first answer gave is the case's on the
      // primary (the replica still has the one before), so handing the case back is accepted, not a CONFLICT.
      const [replica] = await sql<{ v: number }>(standbyPort, 'select version as v from mediation_case where id = $1', [caseOf1.id]);
      expect(replica!.v).toBe(version);
      const back = await app!.gql(
        REASSIGN,
        {
          id: caseOf1.id,
          input: {
            adviserId: adviser1.adviserId,
            replaceAdviserId: adviser2.adviserId,
            reason: '副本测试',
            version: res.data.reassignMediationCase.version,
          },
        },
        bureau,
      );
      expect(back.errors).toBeUndefined();
      expect(back.data.reassignMediationCase).toMatchObject({ version: version + 2, advisers: [{ id: adviser1.adviserId }] });
    } finally {
      await resumeReplay();
    }
  });

  it('both servers logged what they ran: writes only on the primary, the list’s select on the standby', async () => {
    // log_statement=all on both: the standby ran the application's selects, and never a write.
    const standbyLog = readFileSync(join(dir, 'standby.log'), 'utf8');
    const primaryLog = readFileSync(join(dir, 'primary.log'), 'utf8');
    // A parameterised statement is logged as `execute <name>: …`, a simple one as `statement: …`.
    const ran = (verb: string, table = '') => new RegExp(`(statement|execute [^:]*): ${verb}\\b[^\\n]*${table}`, 'i');
    expect(standbyLog).toMatch(ran('select', '"mediation_case"'));
    for (const verb of ['insert', 'update', 'delete']) expect(standbyLog).not.toMatch(ran(verb));
    expect(primaryLog).toMatch(ran('insert', '"mediation_case"'));
  });
});
