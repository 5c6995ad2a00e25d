import {
  buildSchema,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  parse,
  typeFromAST,
  type DocumentNode,
  type GraphQLInputType,
  type IntrospectionObjectType,
  type OperationDefinitionNode,
} from 'graphql';
import { introspectSchema } from 'ra-data-graphql';
import { describe, expect, it } from 'vitest';
// The API's own pricing rule (pure: graphql only), so that this suite fails when the console outgrows the API's limit.
import { QUERY_COST, queryCost } from '../../../api/src/common/graphql/query-cost';
import sdl from '../../../schema/schema.graphql?raw';
import {
  buildMutation,
  buildQueryFactory,
  CREATE,
  GET_LIST,
  GET_MANY,
  GET_ONE,
  operationNamesFor,
  UPDATE,
  type IntrospectionResults,
} from './buildQuery';
import { caseStatisticsQuery, villageMonthReportsQuery } from './caseStatistics';
import { coverageQuery } from './coverage';
import { introspectionSchema } from './schema';
import { DETAIL_SELECTIONS, LIST_OMITTED, LIST_SELECTIONS } from './selections';
import { annualTrainingAttendanceQuery, trainingComplianceQuery } from './supervision';
import { workLogMonthQuery } from './workLog';

const schema = buildSchema(sdl);
const OPTIONS = { nested: DETAIL_SELECTIONS, listNested: LIST_SELECTIONS, listOmitFields: LIST_OMITTED };

/** A value of the right shape for any input type: required fields filled, lists empty. */
function placeholder(type: GraphQLInputType): unknown {
  const t = getNullableType(type);
  if (isListType(t)) return [];
  if (isEnumType(t)) return t.getValues()[0]!.value;
  if (isInputObjectType(t)) {
    return Object.fromEntries(
      Object.values(t.getFields())
        .filter((f) => isNonNullType(f.type) && f.defaultValue === undefined)
        .map((f) => [f.name, placeholder(f.type)]),
    );
  }
  const samples: Record<string, unknown> = {
    ID: '00000000-0000-4000-8000-000000000000',
    String: 'x',
    Int: 1,
    Float: 1,
    Boolean: true,
    Date: '2026-01-01',
    DateTime: '2026-01-01T00:00:00+08:00',
  };
  return samples[getNamedType(t).name] ?? 'x';
}

/** The cost of a document, its variables as given and every other declared variable a placeholder. */
function cost(document: DocumentNode, variables: Record<string, unknown> = {}): number {
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')!;
  const all = { ...variables };
  for (const v of operation.variableDefinitions ?? []) {
    const name = v.variable.name.value;
    if (!(name in all) && isNonNullType(typeFromAST(schema, v.type as never)!))
      all[name] = placeholder(typeFromAST(schema, v.type as never) as GraphQLInputType);
  }
  return queryCost(schema, document, all);
}

describe('every request the console sends is within the API’s cost limit', () => {
  const priced: Array<[string, number]> = [];

  it('lists of 100, single records and lookups by id, for every resource', async () => {
    const results = (await introspectSchema(null as never, {
      schema: introspectionSchema,
      operationNames: operationNamesFor(introspectionSchema),
    })) as unknown as IntrospectionResults;
    const buildQuery = buildQueryFactory(results, OPTIONS);
    for (const resource of results.resources) {
      const name = resource.type.name;
      const list = buildQuery(GET_LIST, name, { pagination: { page: 1, perPage: 100 }, sort: {}, filter: {} });
      priced.push([`${name} list of 100`, cost(list.query, list.variables)]);
      if (resource[GET_ONE]) {
        const one = buildQuery(GET_ONE, name, { id: 'x' });
        priced.push([`${name} one`, cost(one.query, one.variables)]);
      }
      try {
        const many = buildQuery(GET_MANY, name, { ids: Array.from({ length: 100 }, (_, i) => `id${i}`) });
        priced.push([`${name} many`, cost(many.query, many.variables)]);
      } catch {
        // a list that cannot be filtered by ids: the console never asks it for many
      }
      // Creates and updates whose mutation takes more than (id, input, version) are sent through dataProvider.mutate,
      // priced below with every other mutation.
      for (const fetchType of [CREATE, UPDATE]) {
        if (!resource[fetchType]) continue;
        try {
          const write = buildQuery(fetchType, name, { id: 'x', data: {}, previousData: { version: 1 } });
          priced.push([`${name} ${fetchType}`, cost(write.query)]);
        } catch {
          // not a generic create/update in the console
        }
      }
    }
    expect(priced.length).toBeGreaterThan(20);
  });

  it('every mutation, as dataProvider.mutate builds it', () => {
    const mutationType = introspectionSchema.types.find((t) => t.name === 'Mutation') as IntrospectionObjectType;
    for (const field of mutationType.fields) {
      const gqlField = schema.getMutationType()!.getFields()[field.name]!;
      const args = Object.fromEntries(gqlField.args.map((a) => [a.name, placeholder(a.type)]));
      const built = buildMutation(introspectionSchema, field.name, args, OPTIONS);
      priced.push([`mutation ${field.name}`, cost(built.query)]);
    }
  });

  it('the hand-written queries: statistics, coverage, supervision, the work-log month, GraphiQL’s example', () => {
    const graphiqlExample = parse(`query Overview { me { displayName role scopeRegion { name } }
      regions(options: { take: 20 filter: { level: TOWNSHIP } sort: [{ field: CODE, order: ASC }] }) { totalItems items { name code terrain } } }`);
    for (const [label, document] of Object.entries({
      caseStatisticsQuery,
      villageMonthReportsQuery,
      coverage: coverageQuery(),
      coverageWithLoads: coverageQuery({ withLoads: true }),
      trainingComplianceQuery,
      annualTrainingAttendanceQuery,
      workLogMonthQuery,
      graphiqlExample,
    })) {
      priced.push([label, cost(document)]);
    }
  });

  it('prices all of them within the limit, with room to spare', () => {
    const over = priced.filter(([, c]) => c > QUERY_COST.max);
    expect(over).toEqual([]);
    // The dearest request leaves at least half the limit unused, so the console can grow a little.
    const dearest = Math.max(...priced.map(([, c]) => c));
    expect(dearest).toBeLessThanOrEqual(QUERY_COST.max / 2);
    console.info(
      `dearest console requests: ${[...priced]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 8)
        .map(([l, c]) => `${l} ${c}`)
        .join(', ')}`,
    );
  });

  it('refuses the attack from the report: fifteen 100-row lists with nested lists in one request', () => {
    const lists = Array.from(
      { length: 15 },
      (_, i) => `l${i}: mediationCases(options: { take: 100 }) { items { id caseNo parties { id name } advisers { id name } } }`,
    ).join(' ');
    expect(cost(parse(`query { ${lists} }`))).toBeGreaterThan(QUERY_COST.max);
  });
});
