import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  buildSchema,
  getNamedType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isEnumType,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLOutputType,
} from 'graphql';
import { demoOffices } from '@fengqiao/seeds';
import { countQueries, startTestApp, type TestApp } from './app.js';

// Every list query, with every to-one and to-many relation of its items selected (their ids), costs the same number
// of SQL statements for a page of 10 as for a page of 100: nothing is loaded row by row. (Not 1 against 100: a
// relation that is empty on the one row is not queried at all, which is no N+1.) Walked from the committed
// SDL, so a new list or a new relation is covered without writing a test for it.
const schema = buildSchema(readFileSync(fileURLToPath(new URL('../../schema/schema.graphql', import.meta.url)), 'utf8'));
const queryType = schema.getQueryType()!;

const leaf = (t: GraphQLOutputType) => {
  const named = getNamedType(t);
  return isScalarType(named) || isEnumType(named);
};
const needsArgs = (f: GraphQLField<unknown, unknown>) => f.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined);

function itemSelection(type: GraphQLObjectType): string {
  const parts: string[] = [];
  for (const f of Object.values(type.getFields())) {
    if (needsArgs(f)) continue;
    if (leaf(f.type)) parts.push(f.name);
    else {
      const named = getNamedType(f.type);
      if (isObjectType(named) && named.getFields().id) parts.push(`${f.name} { id }`);
    }
  }
  return parts.join(' ');
}

const lists = Object.values(queryType.getFields()).flatMap((f) => {
  const named = getNamedType(f.type);
  if (!isObjectType(named) || !named.getFields().items || !named.getFields().totalItems || !f.args.some((a) => a.name === 'options')) return [];
  if (f.args.some((a) => a.name !== 'options' && isNonNullType(a.type))) return [];
  const itemsType = named.getFields().items!.type;
  const item = getNamedType(itemsType);
  if (!isObjectType(item) || !isListType(isNonNullType(itemsType) ? itemsType.ofType : itemsType)) return [];
  return [{ name: f.name, query: `query($take: Int!) { ${f.name}(options: { take: $take }) { totalItems items { ${itemSelection(item)} } } }` }];
});

const TOO_SMALL_IN_THE_DEMO = new Set(['auditEvents', 'judicialOffices', 'users']);
// The demo's monthly reports and checks of this year's assessment grow with the months that have ended (seeds'
// assessment.ts): measured from spring on, too few in the first months of a year.
const SIZE_FOLLOWS_THE_DAY = new Set(['monthlyChecks', 'monthlyReports']);

/**
 * More rows than the demo has, each with related records of its own (an identity map would hide an N+1 over rows
 * that share them): providers, roster filings, and meetings whose action items each belong to another office or
 * provider.
 */
async function addRows(app: TestApp, bureau: string): Promise<void> {
  const ok = async (query: string, variables: Record<string, unknown>) => {
    const res = await app.gql(query, variables, bureau);
    expect(res.errors).toBeUndefined();
    return res.data;
  };
  const providers: string[] = [];
  for (let i = 1; i <= 11; i++) {
    const created = await ok('mutation($input: ProviderInput!) { createProvider(input: $input) { id } }', {
      input: { kind: 'LAW_FIRM', name: `列表测试律师事务所${i}` },
    });
    providers.push(created.createProvider.id);
  }
  for (let m = 1; m <= 11; m++) {
    await ok('mutation($d: Date!) { fileRoster(asOf: $d) { id } }', { d: `2025-${String(m).padStart(2, '0')}-01` });
  }
  const offices = demoOffices();
  for (let i = 0; i < 11; i++) {
    const office = offices[i % offices.length]!;
    await ok('mutation($input: CreateConsultationMeetingInput!) { createConsultationMeeting(input: $input) { id } }', {
      input: {
        title: `列表测试会商${i}`,
        at: '2025-06-01T09:00:00+08:00',
        venue: '县司法局',
        agenda: '排查',
        officeIds: [office.id],
        providerIds: [providers[i]!],
        actionItems: [
          { title: `办理${i}`, ownerKind: 'OFFICE', ownerOfficeId: office.id, dueOn: '2025-07-01' },
          { title: `协办${i}`, ownerKind: 'PROVIDER', ownerProviderId: providers[i]!, dueOn: '2025-07-15' },
        ],
      },
    });
  }
}

describe('every list costs a fixed number of statements, whatever the page size', () => {
  let app: TestApp;
  let tokens: Record<string, string>;
  beforeAll(async () => {
    app = await startTestApp({ queryCostPerMinute: Number.MAX_SAFE_INTEGER });
    tokens = { bureau: await app.login('bureau'), 'office.tianning': await app.login('office.tianning'), 'adviser.1': await app.login('adviser.1') };
    await addRows(app, tokens.bureau!);
  });
  afterAll(() => app.close());

  it('finds the lists to walk', () => {
    expect(lists.length).toBeGreaterThanOrEqual(12);
  });

  it.each(lists.map((l) => [l.name, l] as const))('%s: a page of 10 and a page of 100 cost the same statements', async (_name, list) => {
    let measured = false;
    for (const [who, token] of Object.entries(tokens)) {
      const small = await countQueries(() => app.gql(list.query, { take: 10 }, token));
      const res = await app.gql(list.query, { take: 100 }, token);
      if (res.errors?.some((e: { extensions?: { code?: string } }) => e.extensions?.code === 'FORBIDDEN') && !res.data) continue;
      expect({ who, errors: res.errors }).toEqual({ who, errors: undefined });
      const large = await countQueries(() => app.gql(list.query, { take: 100 }, token));
      if (res.data[list.name].items.length <= 10) continue;
      expect({ who, statements: large.count }).toEqual({ who, statements: small.count });
      measured = true;
    }
    // The demo county fills some lists with ten rows or fewer for every account; they are named here, so that a list
    // that can be measured is, and a new small list is a decision rather than a quiet pass.
    if (SIZE_FOLLOWS_THE_DAY.has(list.name)) return;
    expect({ list: list.name, measured }).toEqual({ list: list.name, measured: !TOO_SMALL_IN_THE_DEMO.has(list.name) });
  });
});
