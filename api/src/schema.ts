import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AccessGuard } from './common/access/guard.js';
import { DateTimeScalar } from './common/graphql/scalars.js';
import { RegionResolver } from './modules/region/region.resolver.js';
import { UserResolver } from './modules/user/user.resolver.js';

export const RESOLVERS = [UserResolver, RegionResolver] as const;

let built: Promise<GraphQLSchema> | undefined;

/** The executable schema, built once per process. */
export function getSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers: RESOLVERS,
    globalMiddlewares: [AccessGuard],
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    validate: { forbidUnknownValues: false, stopAtFirstError: false },
    emitSchemaFile: false,
  });
  return built;
}
