import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { Context } from '../../context.js';

/**
 * The API offers queries and mutations. A subscription would otherwise reach graphql-js's "schema is not configured"
 * error, an internal error anyone could repeat to fill the logs: it is the client's mistake, 400.
 */
export const queriesAndMutationsOnly: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation }) {
        const kind = operation?.operation;
        if (kind && kind !== 'query' && kind !== 'mutation') {
          throw new GraphQLError(`This API offers queries and mutations, not ${kind}s`, {
            extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
          });
        }
      },
    };
  },
};
