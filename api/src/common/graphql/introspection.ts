import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, visit, type DocumentNode } from 'graphql';
import type { Context } from '../../context.js';

export function usesIntrospection(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Field(node) {
      if (node.name.value === '__schema' || node.name.value === '__type') found = true;
    },
  });
  return found;
}

/** Analysts explore the schema in GraphiQL once signed in; anonymous callers get no map of the API. */
export const introspectionForSignedInOnly: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ contextValue, document }) {
        if (!contextValue.viewer && usesIntrospection(document)) {
          throw new GraphQLError('Sign in to introspect the schema', {
            extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
            nodes: document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION),
          });
        }
      },
    };
  },
};
