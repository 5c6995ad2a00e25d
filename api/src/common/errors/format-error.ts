import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { ValidationError } from 'class-validator';
import type { Context } from '../../context.js';
import type { Logger } from '../logging/logger.js';
import { ErrorCode } from './app-error.js';
import { isServiceUnavailable } from './db-errors.js';
import { localeOf, localizeErrors } from './localize.js';

const KNOWN = new Set<string>([
  ...Object.values(ErrorCode),
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** Flattens class-validator's tree into `input.phone`-style paths with their first message. */
export function flattenValidationErrors(errors: ValidationError[], prefix = ''): { field: string; message: string }[] {
  const out: { field: string; message: string }[] = [];
  for (const e of errors) {
    const path = prefix ? `${prefix}.${e.property}` : e.property;
    if (e.constraints) {
      const first = Object.values(e.constraints)[0];
      if (first) out.push({ field: path, message: first });
    }
    if (e.children?.length) out.push(...flattenValidationErrors(e.children, path));
  }
  return out;
}

/**
 * An unexpected error described by its kind, its codes and where it was thrown, never by its message: a driver's
 * message quotes SQL parameters and rows' values, and so can any library's (a stack's first line repeats it).
 */
export function describeInternal(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { kind: typeof error };
  const e = error as Error & { code?: unknown; constraint?: unknown; table?: unknown };
  return {
    name: e.name,
    ...(typeof e.code === 'string' ? { dbCode: e.code } : {}),
    ...(typeof e.constraint === 'string' ? { constraint: e.constraint } : {}),
    ...(typeof e.table === 'string' ? { table: e.table } : {}),
    frames: e.stack
      ?.split('\n')
      .filter((line) => line.trimStart().startsWith('at '))
      .slice(0, 8)
      .join('\n'),
  };
}

type Kind = 'invalid-input' | 'known' | 'unavailable' | 'refused' | 'internal';

/** What a GraphQL error (as Apollo hands it over, wrapping what a resolver threw) is, for the client and for the log. */
function kindOf(error: unknown): Kind {
  const original = unwrapResolverError(error);
  if (Array.isArray((original as { extensions?: { validationErrors?: unknown } })?.extensions?.validationErrors)) return 'invalid-input';
  const code = error instanceof GraphQLError ? error.extensions?.code : undefined;
  if (typeof code === 'string' && KNOWN.has(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR) return 'known';
  if (isServiceUnavailable(original)) return 'unavailable';
  // Apollo refuses some requests (an unsupported persisted-query version, a hash that does not match) with a 4xx
  // status but no code: they are the client's mistake, not ours.
  const status = error instanceof GraphQLError ? (error.extensions?.http as { status?: unknown } | undefined)?.status : undefined;
  if (!code && typeof status === 'number' && status >= 400 && status < 500) return 'refused';
  return 'internal';
}

/**
 * Logs a failure the client cannot have caused: an outage as a warning with its code, anything else as an error
 * described by `describeInternal`. Either way with the request's id (the logger's) and never a message.
 */
export function logFailure(log: Logger, error: unknown, extra: Record<string, unknown> = {}): void {
  const original = unwrapResolverError(error);
  if (isServiceUnavailable(error)) {
    log.warn({ code: ErrorCode.SERVICE_UNAVAILABLE, err: describeInternal(original), ...extra }, 'database unavailable');
  } else {
    log.error({ err: describeInternal(original), ...extra }, 'unexpected error');
  }
}

export function makeFormatError(exposeInternals: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const kind = kindOf(error);
    if (kind === 'invalid-input') {
      // type-graphql's class-validator failures: name the offending field in message and extensions.
      const validationErrors = (unwrapResolverError(error) as { extensions: { validationErrors: ValidationError[] } }).extensions.validationErrors;
      const fields = flattenValidationErrors(validationErrors);
      const first = fields[0];
      return {
        message: first ? `${first.field}: ${first.message}` : 'Invalid input',
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: ErrorCode.BAD_USER_INPUT, field: first?.field, fields },
      };
    }
    if (kind === 'known') {
      const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions: exposeInternals ? formatted.extensions : extensions };
    }
    if (kind === 'refused') return { message: formatted.message, extensions: { code: 'BAD_REQUEST' } };
    if (kind === 'unavailable') {
      return {
        message: 'The database is unavailable just now; try again shortly',
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: ErrorCode.SERVICE_UNAVAILABLE },
      };
    }
    return {
      message: 'Internal server error',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}

/**
 * Logs what went wrong in a request with its request id (formatError has no request at hand), answers 503 when
 * the database was unavailable (the body says SERVICE_UNAVAILABLE, the status lets a proxy or client retry), and
 * says the errors' messages in the language the request's Accept-Language prefers (Chinese unless English).
 */
export const errorReporting: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didEncounterErrors({ errors, contextValue }) {
        for (const error of errors) {
          const kind = kindOf(error);
          if (kind === 'unavailable' || kind === 'internal') logFailure(contextValue.log, error, { path: error.path });
        }
      },
      async willSendResponse({ request, response }) {
        const body = response.body;
        const result = body.kind === 'single' ? body.singleResult : body.initialResult;
        const errors = result.errors;
        if (errors?.some((e) => e.extensions?.code === ErrorCode.SERVICE_UNAVAILABLE)) response.http.status = 503;
        if (errors?.length) result.errors = localizeErrors(errors, localeOf(request.http?.headers.get('accept-language')));
      },
    };
  },
};
