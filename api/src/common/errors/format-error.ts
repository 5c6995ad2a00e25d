import { type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import type { ValidationError } from 'class-validator';
import type { Logger } from '../logging/logger.js';
import { ErrorCode } from './app-error.js';

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

/** A database or programming error, described without its SQL, parameters or message text. */
function describeInternal(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { kind: typeof error };
  const e = error as Error & { code?: unknown; constraint?: unknown; table?: unknown };
  const dbish = e.name.endsWith('Exception') || typeof e.code === 'string';
  return {
    name: e.name,
    ...(typeof e.code === 'string' ? { dbCode: e.code } : {}),
    ...(typeof e.constraint === 'string' ? { constraint: e.constraint } : {}),
    ...(typeof e.table === 'string' ? { table: e.table } : {}),
    // Driver messages can quote the row's values, so they are not logged; our own errors' messages are safe.
    ...(dbish ? {} : { message: e.message.slice(0, 300), stack: e.stack?.split('\n').slice(0, 8).join('\n') }),
  };
}

export function makeFormatError(log: Logger, exposeInternals: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const code = (formatted.extensions?.code as string | undefined) ?? undefined;

    // type-graphql's class-validator failures: name the offending field in message and extensions.
    const validationErrors = (original as { extensions?: { validationErrors?: ValidationError[] } })?.extensions
      ?.validationErrors;
    if (Array.isArray(validationErrors)) {
      const fields = flattenValidationErrors(validationErrors);
      const first = fields[0];
      return {
        message: first ? `${first.field}: ${first.message}` : 'Invalid input',
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: ErrorCode.BAD_USER_INPUT, field: first?.field, fields },
      };
    }

    if (code && KNOWN.has(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
      const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions: exposeInternals ? formatted.extensions : extensions };
    }

    log.error({ err: describeInternal(original), path: formatted.path }, 'unexpected error while serving GraphQL');
    return {
      message: 'Internal server error',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}
