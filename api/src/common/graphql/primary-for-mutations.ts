import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../../context.js';
import { readFromPrimary } from '../../db/replicas.js';

/**
 * A mutation reads from the primary from start to end: what it returns must show what it wrote, which a read replica
 * may not have replayed yet (README, "Read replicas"). Queries keep MikroORM's default, reads from a replica.
 */
export const primaryForMutations: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation, contextValue }) {
        if (operation?.operation === 'mutation') readFromPrimary(contextValue.em);
      },
    };
  },
};
