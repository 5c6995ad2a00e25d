import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { Context } from '../../context.js';
import { AppError, ErrorCode } from '../errors/app-error.js';
import type { CostBudget } from './cost-budget.js';
import { queryCost } from './query-cost.js';

/**
 * Prices each operation once its variables are known (list sizes come from `take`, often a variable): over `maxCost`
 * it is refused before anything runs (400, reason QUERY_TOO_EXPENSIVE); past the caller's budget it is RATE_LIMITED
 * with retryAfterSeconds (429).
 */
export function queryCostLimit(maxCost: number, budget: CostBudget): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, request, contextValue }) {
          let cost: number;
          try {
            cost = queryCost(schema, document, request.variables ?? {}, request.operationName ?? undefined);
          } catch {
            return; // variables that do not fit the operation: execution refuses them with BAD_USER_INPUT
          }
          if (cost > maxCost) {
            throw new GraphQLError(
              `This request would cost ${cost}; at most ${maxCost} is served at once. Ask for fewer rows (take) or fewer nested lists.`,
              {
                extensions: { code: 'GRAPHQL_VALIDATION_FAILED', reason: 'QUERY_TOO_EXPENSIVE', cost, maxCost, http: { status: 400 } },
              },
            );
          }
          const key = contextValue.viewer ? `user:${contextValue.viewer.id}` : `address:${contextValue.ip}`;
          const retryAfterSeconds = budget.take(key, cost);
          if (retryAfterSeconds > 0) {
            throw new AppError(ErrorCode.RATE_LIMITED, `Too many expensive requests; try again in ${retryAfterSeconds} s`, {
              retryAfterSeconds,
              http: { status: 429, headers: new HeaderMap([['retry-after', String(retryAfterSeconds)]]) },
            });
          }
        },
      };
    },
  };
}
