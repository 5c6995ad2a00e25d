import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import buildGraphQLProvider from 'ra-data-graphql';
import { HttpError, type DataProvider } from 'react-admin';
import { apiErrorMessage } from '../i18n/errors';
import { i18nProvider } from '../i18n';
import { buildQueryFactory, operationNamesFor, type IntrospectionResults } from './buildQuery';
import { introspectionSchema } from './schema';
import { apiErrorFrom, ApiError, getToken, GRAPHQL_URL, type ErrorCode } from './session';

const authLink = new ApolloLink((operation, forward) => {
  const token = getToken();
  if (token) {
    operation.setContext(({ headers = {} }: { headers?: Record<string, string> }) => ({
      headers: { ...headers, authorization: `Bearer ${token}` },
    }));
  }
  return forward(operation);
});

export const apolloClient = new ApolloClient({
  link: authLink.concat(new HttpLink({ uri: GRAPHQL_URL })),
  cache: new InMemoryCache(),
  // react-query already shares identical requests; Apollo's own sharing would hand one caller's cancellation to
  // another (React's strict mode mounts twice and cancels the first fetch).
  queryDeduplication: false,
});

const STATUS: Partial<Record<ErrorCode | 'NETWORK', number>> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  BAD_USER_INPUT: 400,
  RATE_LIMITED: 429,
};

/** Any failure from ra-data-graphql as an HttpError whose message is ours, translated, for its error code. */
export function translateError(error: unknown): unknown {
  if (error instanceof Error && error.name === 'AbortError') return error;
  const e = error as { status?: number; message?: string; body?: { graphQLErrors?: unknown[] } };
  const graphQLError = e?.body?.graphQLErrors?.[0] as Parameters<typeof apiErrorFrom>[0] | undefined;
  let api: ApiError | undefined;
  if (graphQLError) api = apiErrorFrom(graphQLError, e.status);
  else if (e?.status === 401) api = apiErrorFrom(undefined, 401);
  else if (e?.status !== undefined && e.status >= 500) api = new ApiError('INTERNAL_SERVER_ERROR', e.message ?? '');
  else if (error instanceof HttpError && e.status === undefined) api = new ApiError('NETWORK', e.message ?? '');
  if (!api) return error; // e.g. react-admin's own keys such as ra.notification.item_doesnt_exist
  return new HttpError(apiErrorMessage(i18nProvider.translate, api), STATUS[api.code] ?? 500, {
    code: api.code,
    field: api.details.field,
  });
}

const graphqlProvider = buildGraphQLProvider({
  client: apolloClient,
  introspection: { schema: introspectionSchema, operationNames: operationNamesFor(introspectionSchema) },
  buildQuery: (results) => buildQueryFactory(results as unknown as IntrospectionResults),
});

const METHODS = ['getList', 'getOne', 'getMany', 'getManyReference', 'create', 'update', 'updateMany', 'delete', 'deleteMany'] as const;

export const dataProvider: DataProvider = Object.fromEntries(
  METHODS.map((method) => [
    method,
    (resource: string, params: { signal?: AbortSignal } | undefined) =>
      (graphqlProvider[method] as (r: string, p: unknown) => Promise<unknown>)(resource, params).catch((error: unknown) => {
        // A cancelled request (page left, query superseded) is no network failure: pass it on untranslated.
        if (params?.signal?.aborted) throw error;
        throw translateError(error);
      }),
  ]),
) as unknown as DataProvider;
