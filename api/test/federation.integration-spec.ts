import { composeServices } from '@apollo/composition';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { COUNTY_ID, townshipId } from '@fengqiao/seeds';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'graphql';
import { REPO_ROOT } from '../src/config.js';
import { SDL_HEADER } from '../src/schema-sdl.js';
import type { TestApp } from './app.js';
import { startAppWithUploads } from './rest.js';
import { buildFuzzWorld, CANARY, CASE_CANARIES, type FuzzWorld } from './fuzz/canaries.js';
import { describeFailure, formatReport, judge, runFuzz, send } from './fuzz/run.js';

// Fengqiao as an Apollo Federation 2 subgraph: a supergraph composed from schema/subgraph.graphql and a court service
// that extends MediationCase with its judicial-confirmation status, served by @apollo/gateway. The case is the fuzz
// world's canary case (test/fuzz/canaries.ts), whose every confidential field holds a canary.

const COURT_SDL = `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
  type Query {
    "Cases the court holds an application for judicial confirmation of"
    courtCases: [MediationCase]
  }
  extend type MediationCase @key(fields: "id") {
    id: ID!
    "司法确认: the court's status of the application"
    judicialConfirmation: String
  }
`;

interface Court {
  url: string;
  /** The Authorization header of every request the court received. */
  authorizations: Array<string | undefined>;
  statuses: Map<string, string>;
  stop(): Promise<void>;
}

async function startCourt(): Promise<Court> {
  const statuses = new Map<string, string>();
  const authorizations: Array<string | undefined> = [];
  const schema = buildSubgraphSchema({
    typeDefs: parse(COURT_SDL),
    resolvers: {
      Query: { courtCases: () => [...statuses.keys()].map((id) => ({ id })) },
      MediationCase: {
        __resolveReference: (ref: { id: string }) => ({ id: ref.id }),
        judicialConfirmation: (c: { id: string }) => statuses.get(c.id) ?? null,
      },
    } as never,
  });
  const server = new ApolloServer({ schema });
  const { url } = await startStandaloneServer(server, {
    listen: { port: 0, host: '127.0.0.1' },
    context: async ({ req }) => {
      authorizations.push(req.headers.authorization);
      return {};
    },
  });
  return { url, authorizations, statuses, stop: () => server.stop() };
}

interface Gateway {
  url: string;
  stop(): Promise<void>;
}

/** The supergraph, composed here as a platform team would, and a gateway that passes the viewer's token on to both subgraphs. */
async function startGateway(fengqiaoUrl: string, courtUrl: string): Promise<Gateway> {
  const committed = readFileSync(join(REPO_ROOT, 'schema', 'subgraph.graphql'), 'utf8');
  const composed = composeServices([
    { name: 'fengqiao', url: `${fengqiaoUrl}/graphql`, typeDefs: parse(committed) },
    { name: 'court', url: courtUrl, typeDefs: parse(COURT_SDL) },
  ]);
  if (composed.errors) throw new Error(`composition failed: ${composed.errors.map((e) => e.message).join('\n')}`);
  const gateway = new ApolloGateway({
    supergraphSdl: composed.supergraphSdl,
    buildService: ({ url }) =>
      new RemoteGraphQLDataSource<{ authorization?: string }>({
        url,
        willSendRequest({ request, context }) {
          if (context.authorization) request.http?.headers.set('authorization', context.authorization);
        },
      }),
  });
  const server = new ApolloServer<{ authorization?: string }>({ gateway });
  const { url } = await startStandaloneServer(server, {
    listen: { port: 0, host: '127.0.0.1' },
    context: async ({ req }) => ({ authorization: req.headers.authorization }),
  });
  // Served at every path; /graphql as Fengqiao's.
  return { url: url.replace(/\/$/, ''), stop: () => server.stop() };
}

async function post(url: string, query: string, variables: Record<string, unknown>, token?: string): Promise<{ status: number; body: any }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, body: await res.json() };
}

const FENGQIAO_FIELDS = 'summary sessions { record } agreement { content reviewComment } parties { name phone idNumber address }';
const withoutCourt = (value: any) => {
  if (!value) return value;
  const { judicialConfirmation: _, ...rest } = value;
  return rest;
};

describe('federation: Fengqiao as a subgraph behind a gateway', () => {
  let app: TestApp;
  let world: FuzzWorld;
  let court: Court;
  let gateway: Gateway;
  const viaGateway = (query: string, variables: Record<string, unknown>, token?: string) => post(`${gateway.url}/graphql`, query, variables, token);
  const direct = (query: string, variables: Record<string, unknown>, token?: string) => post(`${app.url}/graphql`, query, variables, token);

  beforeAll(async () => {
    app = await startAppWithUploads({ queryCostPerMinute: Infinity }, { at: '2026-12-02T05:40:00+08:00' });
    world = await buildFuzzWorld(app);
    court = await startCourt();
    court.statuses.set(world.caseId, 'CONFIRMED');
    gateway = await startGateway(app.url, court.url);
  }, 180_000);
  afterAll(async () => {
    await gateway?.stop();
    await court?.stop();
    await app?.close();
  });

  it('serves its subgraph SDL as _service to signed-in viewers only, as it serves introspection, and it is the committed one', async () => {
    const anonymous = await direct('{ _service { sdl } }', {});
    expect(anonymous.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const signedIn = await direct('{ _service { sdl } }', {}, world.tokens.analyst);
    const committed = readFileSync(join(REPO_ROOT, 'schema', 'subgraph.graphql'), 'utf8');
    expect(`${SDL_HEADER}${signedIn.body.data._service.sdl}`).toBe(committed);
    expect(committed).toContain('type MediationCase @key(fields: "id")');
    expect(committed).toContain('type Region @key(fields: "id") @key(fields: "code")');
  });

  it('answers the entitled adviser with the case’s confidential text and the court’s status, from both subgraphs', async () => {
    const res = await viaGateway(
      `query($id: ID!) { mediationCase(id: $id) { id summary judicialConfirmation } }`,
      { id: world.caseId },
      world.tokens['adviser.1'],
    );
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.mediationCase.summary).toContain(CANARY.summary);
    expect(res.body.data.mediationCase.judicialConfirmation).toBe('CONFIRMED');
    // The other way round: the court's list, with Fengqiao's fields fetched through _entities.
    const listed = await viaGateway(`{ courtCases { id judicialConfirmation summary parties { name } } }`, {}, world.tokens['adviser.1']);
    expect(listed.body.errors).toBeUndefined();
    expect(listed.body.data.courtCases).toEqual([
      expect.objectContaining({ id: world.caseId, judicialConfirmation: 'CONFIRMED', summary: expect.stringContaining(CANARY.summary) }),
    ]);
  });

  it('passes the viewer’s token to the court subgraph', async () => {
    court.authorizations.length = 0;
    await viaGateway(`query($id: ID!) { mediationCase(id: $id) { id judicialConfirmation } }`, { id: world.caseId }, world.tokens['office.tianning']);
    expect(court.authorizations).toContain(`Bearer ${world.tokens['office.tianning']}`);
  });

  it('holds every viewer to the confidentiality rules through the gateway and through _entities exactly as through mediationCase', async () => {
    const CASE = `query($id: ID!) { mediationCase(id: $id) { ${FENGQIAO_FIELDS} } }`;
    const GATEWAY_CASE = `query($id: ID!) { mediationCase(id: $id) { ${FENGQIAO_FIELDS} judicialConfirmation } }`;
    const COURT_LIST = `{ courtCases { ${FENGQIAO_FIELDS} judicialConfirmation } }`;
    const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on MediationCase { ${FENGQIAO_FIELDS} } } }`;
    const seen: Record<string, { summary: unknown; firstName: unknown } | null> = {};
    for (const role of world.roles.filter((r) => r.token)) {
      const expected = await direct(CASE, { id: world.caseId }, role.token);
      const fromGateway = await viaGateway(GATEWAY_CASE, { id: world.caseId }, role.token);
      const fromCourt = await viaGateway(COURT_LIST, {}, role.token);
      const fromEntities = await direct(ENTITIES, { r: [{ __typename: 'MediationCase', id: world.caseId }] }, role.token);
      const one = expected.body.data?.mediationCase ?? null;
      // Through the gateway's own mediationCase, and through the court's list (whose Fengqiao fields come from
      // _entities), the viewer reads what mediationCase gives them: text or null, names in full or masked.
      expect([role.name, withoutCourt(fromGateway.body.data?.mediationCase ?? null)]).toEqual([role.name, one]);
      expect([role.name, fromEntities.body.data?._entities?.[0] ?? null]).toEqual([role.name, one]);
      const listed = fromCourt.body.data?.courtCases?.[0] ?? null;
      if (one) expect([role.name, withoutCourt(listed)]).toEqual([role.name, one]);
      else
        expect([role.name, listed && FENGQIAO_FIELDS.split(' ').filter((f) => /^\w+$/.test(f) && listed[f] != null)]).toEqual([
          role.name,
          listed && [],
        ]);
      // The role's refusal (the analyst's FORBIDDEN) is the same too.
      expect([role.name, fromEntities.body.errors?.[0]?.extensions?.code]).toEqual([role.name, expected.body.errors?.[0]?.extensions?.code]);
      for (const res of [fromGateway, fromCourt, fromEntities]) {
        expect([role.name, judge(res.status, JSON.stringify(res.body), role.forbidden).problems.filter((p) => p.startsWith('canary'))]).toEqual([
          role.name,
          [],
        ]);
      }
      seen[role.name] = one && { summary: one.summary, firstName: one.parties?.[0]?.name };
    }
    // The fixture's viewers cover each outcome: entitled, metadata only (text null, names masked), and nothing.
    expect(seen['adviser.1']?.summary).toEqual(expect.stringContaining(CANARY.summary));
    for (const name of ['bureau', 'office.tianning', 'adviser.2']) {
      expect([name, seen[name]?.summary]).toEqual([name, null]);
      expect([name, seen[name]?.firstName]).toEqual([name, expect.not.stringContaining(CANARY.applicantName)]);
    }
    expect(seen['fuzz.office.other']).toBeNull();
  });

  it('answers _entities only to signed-in viewers, and refuses malformed representations as bad input', async () => {
    const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on MediationCase { summary } } }`;
    const anonymous = await direct(ENTITIES, { r: [{ __typename: 'MediationCase', id: world.caseId }] });
    expect(anonymous.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(JSON.stringify(anonymous.body)).not.toContain(CANARY.summary);
    for (const r of [
      ['x'],
      [{ __typename: 'User', id: world.caseId }],
      [{ __typename: 'MediationCase' }],
      [{ __typename: 'MediationCase', id: 7 }],
    ]) {
      const res = await direct(ENTITIES, { r }, world.tokens['adviser.1']);
      expect([r, res.body.errors?.[0]?.extensions?.code]).toEqual([r, 'BAD_USER_INPUT']);
      expect(res.body.data ?? null).toBeNull();
    }
  });

  it('resolves a Region by its official code exactly as region(id), and Village and LegalAdviser as their root queries', async () => {
    const REGION = 'query($id: ID!) { region(id: $id) { id name code level } }';
    const BY_KEY = 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Region { id name code level } } }';
    const unknownCode = '999999999999';
    for (const regionId of [COUNTY_ID, townshipId('xiajiaying')]) {
      const code = (await direct(REGION, { id: regionId }, world.tokens.bureau)).body.data.region.code as string;
      for (const name of ['bureau', 'office.tianning', 'fuzz.office.other', 'analyst', 'party.1']) {
        const token = world.tokens[name];
        const expected = await direct(REGION, { id: regionId }, token);
        const byCode = await direct(
          BY_KEY,
          {
            r: [
              { __typename: 'Region', code },
              { __typename: 'Region', code: unknownCode },
            ],
          },
          token,
        );
        const byId = await direct(BY_KEY, { r: [{ __typename: 'Region', id: regionId }] }, token);
        const one = expected.body.data?.region ?? null;
        expect([name, regionId, byCode.body.data?._entities]).toEqual([name, regionId, [one, null]]);
        expect([name, regionId, byId.body.data?._entities]).toEqual([name, regionId, [one]]);
      }
    }
    // A village is a Region row too: asked for as both in one batch, each comes back as what it was asked as.
    const village = world.pool.canaryByTable.get('region')![0]!;
    const both = await direct(
      `query($r: [_Any!]!) { _entities(representations: $r) { __typename ... on Village { id name } ... on Region { id level } } }`,
      {
        r: [
          { __typename: 'Village', id: village },
          { __typename: 'Region', id: village },
        ],
      },
      world.tokens.bureau,
    );
    expect(both.body.errors).toBeUndefined();
    expect(both.body.data._entities).toEqual([
      { __typename: 'Village', id: village, name: expect.any(String) },
      { __typename: 'Region', id: village, level: 'VILLAGE' },
    ]);
    const ADVISER = 'query($id: ID!) { legalAdviser(id: $id) { id name phone } }';
    const adviserId = world.pool.canaryByTable.get('legal_adviser')![0]!;
    for (const name of ['bureau', 'adviser.2', 'analyst']) {
      const expected = await direct(ADVISER, { id: adviserId }, world.tokens[name]);
      const res = await direct(
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on LegalAdviser { id name phone } } }`,
        { r: [{ __typename: 'LegalAdviser', id: adviserId }] },
        world.tokens[name],
      );
      expect([name, res.body.data?._entities?.[0] ?? null, res.body.errors?.[0]?.extensions?.code]).toEqual([
        name,
        expected.body.data?.legalAdviser ?? null,
        expected.body.errors?.[0]?.extensions?.code,
      ]);
    }
  });

  it('takes at most a page of representations at once, and prices them like any request', async () => {
    const reps = (n: number) => Array.from({ length: n }, () => ({ __typename: 'MediationCase', id: world.caseId }));
    const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on MediationCase { id } } }`;
    const page = await direct(ENTITIES, { r: reps(100) }, world.tokens['adviser.1']);
    expect(page.body.errors).toBeUndefined();
    expect(page.body.data._entities).toHaveLength(100);
    const over = await direct(ENTITIES, { r: reps(101) }, world.tokens['adviser.1']);
    expect(over.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'representations' });
    expect(over.body.data ?? null).toBeNull();
    // A batch that would cost more than a request may is refused before it runs, as any other request is.
    const huge = await direct(ENTITIES, { r: reps(12_000) }, world.tokens['adviser.1']);
    expect(huge.status).toBe(400);
    expect(huge.body.errors?.[0]?.extensions).toMatchObject({ reason: 'QUERY_TOO_EXPENSIVE' });
  });

  it('one pass of the fuzz suite through the gateway: no canary reaches a viewer outside', async () => {
    // The generated operations (and the REST routes, which the gateway does not serve) go to the gateway instead.
    const gatewayApp = { ...app, url: gateway.url } as TestApp;
    const report = await runFuzz(gatewayApp, world, { seed: 20260917, perRole: Number(process.env.FQ_FUZZ_GATEWAY_PER_ROLE ?? 25) });
    process.stdout.write(`${formatReport(report, 20260917, Number(process.env.FQ_FUZZ_GATEWAY_PER_ROLE ?? 25))}\n`);
    // Only leaks fail here. The gateway answers a subgraph's 4xx refusal (a depth or alias limit, bad variables) as its
    // own "400: Bad Request" error coded INTERNAL_SERVER_ERROR: the test gateway's shape, counted above, not Fengqiao's.
    const leaks = report.failures.filter((f) => f.problem.startsWith('canary'));
    for (const failure of leaks.slice(0, 10)) process.stdout.write(`${describeFailure(failure)}\n`);
    expect(leaks.map((f) => `${f.role}:${f.index} ${f.problem}`)).toEqual([]);
    // And the canaries were there to leak: the entitled adviser reads them through the gateway.
    const entitled = await send(
      gatewayApp,
      {
        kind: 'valid',
        variant: 'check',
        field: 'mediationCase',
        contentType: 'application/json',
        body: JSON.stringify({ query: `query($id: ID!) { mediationCase(id: $id) { ${FENGQIAO_FIELDS} } }`, variables: { id: world.caseId } }),
      },
      world.tokens['adviser.1'],
    );
    expect(CASE_CANARIES.filter((c) => !entitled.body.includes(c))).toEqual([]);
  }, 240_000);
});
