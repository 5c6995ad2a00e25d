import { buildSubgraphSchema } from '@apollo/subgraph';
import {
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLScalarType,
  GraphQLSchema,
  GraphQLString,
  GraphQLUnionType,
  isObjectType,
  Kind,
  lexicographicSortSchema,
  parse,
  print,
  printSchema,
  valueFromASTUntyped,
  type ConstDirectiveNode,
  type GraphQLFieldConfig,
  type GraphQLFieldResolver,
  type GraphQLResolveInfo,
} from 'graphql';
import type { Context } from '../../context.js';
import { ACCESS_EXTENSION, type AccessRule } from '../access/rules.js';
import { AppError } from '../errors/app-error.js';
import { QUERY_COST } from './query-cost.js';

/**
 * The API as an Apollo Federation 2 subgraph. The entity types carry their keys as type-graphql directives
 * (`@Directive('@key(fields: "id")')`); this file adds what a subgraph serves besides: `_service { sdl }` (the SDL a
 * supergraph is composed from) and `_entities(representations)`, which resolves each representation through the root
 * query of its type (`ENTITY_QUERIES`), the very resolver clients reach with `mediationCase(id)` and the like, access
 * rule and service included. So an entity fetched through a gateway is null, or has its confidential fields null or
 * masked, exactly where the same viewer asking `mediationCase(id)` would see that.
 *
 * Built on the executable type-graphql schema rather than rebuilt from its SDL (as `buildSubgraphSchema` would): the
 * access rules, the text-argument rules and every resolver stay where they are. `@apollo/subgraph` still checks the
 * subgraph SDL (keys naming real fields and so on) when the schema is built.
 */

/** The Federation version the subgraph SDL links to; `@apollo/composition` 2.14 composes it. */
export const FEDERATION_LINK = 'https://specs.apollo.dev/federation/v2.3';

/**
 * Each entity type and the root query (taking `id`) that resolves it. A representation by another key is turned into
 * the id first (`KEY_LOOKUPS`), and then goes the same way.
 */
export const ENTITY_QUERIES = {
  Region: 'region',
  Village: 'village',
  LegalAdviser: 'legalAdviser',
  MediationCase: 'mediationCase',
} as const;

export type EntityTypeName = keyof typeof ENTITY_QUERIES;

/**
 * Keys other than `id`: the entity type, the key field, and how its value becomes the row's id. A lookup only finds
 * the id; whether the viewer may see that row is the root query's to decide, as for a representation by id.
 */
export type KeyLookup = (ctx: Context, value: string) => Promise<string | null>;
const KEY_LOOKUPS = new Map<string, KeyLookup>();
export function registerKeyLookup(type: EntityTypeName, field: string, lookup: KeyLookup): void {
  KEY_LOOKUPS.set(`${type}.${field}`, lookup);
}

const typenameOf = Symbol('federationTypename');

/** A representation (`{ __typename, id }`, or another key) the gateway sends; anything else is BAD_USER_INPUT. */
function representationAt(value: unknown, index: number): { type: EntityTypeName; key: string; value: string } {
  const field = `representations[${index}]`;
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw AppError.badInput(field, 'an object with __typename and a key');
  const rep = value as Record<string, unknown>;
  const type = rep.__typename;
  if (typeof type !== 'string' || !Object.hasOwn(ENTITY_QUERIES, type)) {
    throw AppError.badInput(`${field}.__typename`, `one of ${Object.keys(ENTITY_QUERIES).join(', ')}`);
  }
  if (typeof rep.id === 'string') return { type: type as EntityTypeName, key: 'id', value: rep.id };
  for (const [name, v] of Object.entries(rep)) {
    if (name !== '__typename' && typeof v === 'string' && KEY_LOOKUPS.has(`${type}.${name}`)) {
      return { type: type as EntityTypeName, key: name, value: v };
    }
  }
  throw AppError.badInput(field, `a key of ${type}`);
}

/**
 * The entity as the root query gives it to this viewer (null when that query would answer null), marked with its type
 * for `_Entity`. Another type's mark on the same row (a village is a Region row) gets a view of its own.
 */
async function resolveReference(
  schema: GraphQLSchema,
  rep: { type: EntityTypeName; key: string; value: string },
  ctx: Context,
  info: GraphQLResolveInfo,
): Promise<unknown> {
  const queryType = schema.getQueryType()!;
  const field = queryType.getFields()[ENTITY_QUERIES[rep.type]]!;
  const id = rep.key === 'id' ? rep.value : await KEY_LOOKUPS.get(`${rep.type}.${rep.key}`)!(ctx, rep.value);
  // Even an unknown key goes through the root query, with an id that matches nothing: its rule decides what the viewer is told.
  const resolve = field.resolve as GraphQLFieldResolver<unknown, Context>;
  const entity = await resolve(undefined, { id: id ?? '00000000-0000-0000-0000-000000000000' }, ctx, {
    ...info,
    fieldName: field.name,
    returnType: field.type,
    parentType: queryType,
  });
  if (!entity || typeof entity !== 'object') return null;
  const marked = (entity as { [typenameOf]?: string })[typenameOf];
  if (marked === undefined) {
    Object.defineProperty(entity, typenameOf, { value: rep.type, enumerable: false, configurable: true });
    return entity;
  }
  if (marked === rep.type) return entity;
  return new Proxy(entity, { get: (target, prop) => (prop === typenameOf ? rep.type : Reflect.get(target, prop, target)) });
}

const AnyScalar = new GraphQLScalarType({
  name: '_Any',
  description: 'Federation: an entity representation, `{ __typename, <key fields> }`, as a gateway sends it',
  serialize: (value) => value,
  parseValue: (value) => value,
  parseLiteral: (ast, variables) => valueFromASTUntyped(ast, variables),
});

const ServiceType = new GraphQLObjectType({
  name: '_Service',
  description: 'Federation: what a gateway or composition tool reads of this subgraph',
  extensions: { [ACCESS_EXTENSION]: { kind: 'parent' } satisfies AccessRule },
  fields: {
    sdl: { type: new GraphQLNonNull(GraphQLString), description: 'The subgraph SDL, with its federation directives (schema/subgraph.graphql)' },
  },
});

/** The subgraph SDL: the schema with each type's `@key` directives and the federation link. Sorted, as schema/ keeps it. */
export function subgraphSdl(schema: GraphQLSchema): string {
  const document = parse(printSchema(lexicographicSortSchema(schema)));
  const withKeys = {
    ...document,
    definitions: document.definitions.map((definition) => {
      if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION) return definition;
      const type = schema.getType(definition.name.value);
      const directives: readonly ConstDirectiveNode[] = (isObjectType(type) && type.astNode?.directives) || [];
      return directives.length ? { ...definition, directives } : definition;
    }),
  };
  return `extend schema @link(url: "${FEDERATION_LINK}", import: ["@key"])\n\n${print(withKeys)}\n`;
}

/**
 * The served schema: the type-graphql schema plus `_service` and `_entities` (with their access rules: `_service` for
 * signed-in viewers, as introspection is; `_entities` for signed-in viewers, each representation then held to its root
 * query's rule) and the types they need. Throws when the subgraph SDL is not a valid Federation 2 subgraph.
 */
export function withFederation(schema: GraphQLSchema): { schema: GraphQLSchema; sdl: string } {
  const sdl = subgraphSdl(schema);
  // Validates the keys and the link as composition will; the result itself is not served.
  buildSubgraphSchema({ typeDefs: parse(sdl) });

  const entityTypes = Object.keys(ENTITY_QUERIES).map((name) => {
    const type = schema.getType(name);
    if (!isObjectType(type)) throw new Error(`federation: entity type ${name} is missing from the schema`);
    if (!type.astNode?.directives?.some((d) => d.name.value === 'key')) throw new Error(`federation: ${name} has no @key`);
    return type;
  });
  const EntityUnion = new GraphQLUnionType({
    name: '_Entity',
    description: 'Federation: the types other subgraphs may extend, each resolved as its root query resolves it',
    types: entityTypes,
    resolveType: (value) => (value as { [typenameOf]?: string })[typenameOf],
  });

  let served: GraphQLSchema;
  const entities: GraphQLFieldConfig<unknown, Context> = {
    type: new GraphQLNonNull(new GraphQLList(EntityUnion)),
    description:
      'Federation: the entities these representations name, in order; each null where its root query (region, village, legalAdviser, mediationCase) would answer null for you',
    args: {
      representations: {
        type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(AnyScalar))),
        description: 'What the gateway knows of each entity: `{ __typename, id }` (a Region also by `code`); at most 100 at once',
      },
    },
    extensions: { [ACCESS_EXTENSION]: { kind: 'signedIn' } satisfies AccessRule },
    resolve: (_root, args: { representations: unknown[] }, ctx, info) => {
      // A page at a time, as lists are (QUERY_COST.maxTake), and all checked before any is looked up: a malformed or
      // oversized batch reads nothing.
      if (args.representations.length > QUERY_COST.maxTake) {
        throw AppError.badInput('representations', `at most ${QUERY_COST.maxTake} at once`);
      }
      const reps = args.representations.map(representationAt);
      return reps.map((rep) => resolveReference(served, rep, ctx, info));
    },
  };
  const service: GraphQLFieldConfig<unknown, Context> = {
    type: new GraphQLNonNull(ServiceType),
    description: 'Federation: this subgraph’s SDL, for composing a supergraph (signed-in viewers, as introspection)',
    extensions: { [ACCESS_EXTENSION]: { kind: 'signedIn' } satisfies AccessRule },
    resolve: () => ({ sdl }),
  };

  const config = schema.toConfig();
  const query = schema.getQueryType()!;
  const queryConfig = query.toConfig();
  const federatedQuery = new GraphQLObjectType({ ...queryConfig, fields: { ...queryConfig.fields, _entities: entities, _service: service } });
  served = new GraphQLSchema({
    ...config,
    query: federatedQuery,
    types: [...config.types.filter((t) => t !== query), AnyScalar, ServiceType, EntityUnion],
  });
  return { schema: served, sdl };
}
