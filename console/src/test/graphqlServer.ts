import {
  buildClientSchema,
  getNamedType,
  isObjectType,
  Kind,
  parse,
  type GraphQLObjectType,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { vi } from 'vitest';
import { introspectionSchema } from '../providers/schema';

/*
 * A stand-in for the API in component tests: `fetch` answers each top-level field of a request from a handler, shaped
 * to exactly what the request selected (with `__typename`, missing fields as null), so that a test states only the data
 * it is about and Apollo gets complete answers.
 */

const schema = buildClientSchema({ __schema: introspectionSchema });

/** A refusal by the API: `extensions.code`, the offending field and any other extensions, as the API sends them. */
export class Refusal {
  constructor(
    readonly code: string,
    readonly field?: string,
    readonly extensions: Record<string, unknown> = {},
  ) {}
}

export type Handler = (variables: Record<string, unknown>) => unknown;

export interface Request {
  field: string;
  variables: Record<string, unknown>;
  query: string;
}

function shape(selectionSet: SelectionSetNode, type: GraphQLObjectType, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.map((item) => shape(selectionSet, type, item));
  const source = value as Record<string, unknown>;
  const out: Record<string, unknown> = { __typename: type.name };
  for (const selection of selectionSet.selections) {
    if (selection.kind !== Kind.FIELD || selection.name.value === '__typename') continue;
    const name = selection.name.value;
    const key = selection.alias?.value ?? name;
    const named = getNamedType(type.getFields()[name]!.type);
    const v = source[name];
    out[key] = selection.selectionSet && isObjectType(named) ? shape(selection.selectionSet, named, v) : (v ?? null);
  }
  return out;
}

/** Stubs `fetch` with the handlers (by top-level field: `mediationCase`, `reassignMediationCase`…); returns the requests. */
export function serveGraphQL(handlers: Record<string, Handler>): Request[] {
  const requests: Request[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (_url: string, init: RequestInit) => {
      const body = JSON.parse(String(init.body)) as { query: string; variables?: Record<string, unknown> };
      const operation = parse(body.query).definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode;
      const root = operation.operation === 'mutation' ? schema.getMutationType()! : schema.getQueryType()!;
      const data: Record<string, unknown> = {};
      for (const selection of operation.selectionSet.selections) {
        if (selection.kind !== Kind.FIELD) continue;
        const field = selection.name.value;
        const variables = body.variables ?? {};
        requests.push({ field, variables, query: body.query });
        const handler = handlers[field];
        if (!handler) throw new Error(`No handler for ${field}`);
        const value = await handler(variables);
        if (value instanceof Refusal) {
          const errors = [{ message: 'refused', extensions: { code: value.code, field: value.field, ...value.extensions } }];
          return new Response(JSON.stringify({ data: null, errors }), { status: 200, headers: { 'content-type': 'application/json' } });
        }
        const named = getNamedType(root.getFields()[field]!.type);
        data[selection.alias?.value ?? field] = selection.selectionSet && isObjectType(named) ? shape(selection.selectionSet, named, value) : value;
      }
      return new Response(JSON.stringify({ data }), { status: 200, headers: { 'content-type': 'application/json' } });
    }),
  );
  return requests;
}
