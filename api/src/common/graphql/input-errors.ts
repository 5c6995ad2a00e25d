import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, type ASTNode, type DocumentNode, type ValueNode } from 'graphql';
import { ErrorCode } from '../errors/app-error.js';

/** What a scalar throws for a value it refuses (an impossible Date, a DateTime without offset). */
export class ScalarInputError extends GraphQLError {
  /** `node`: the literal refused, when the value was written inline (so that its field can be named). */
  constructor(message: string, node?: ValueNode) {
    super(message, { nodes: node, extensions: { code: ErrorCode.BAD_USER_INPUT } });
  }
}

type Segment = string | number;

/** The argument path of every literal value and variable use in the document, e.g. `input.parties.1.idNumber`. */
function valuePaths(document: DocumentNode): Map<ASTNode | string, Segment[]> {
  const paths = new Map<ASTNode | string, Segment[]>();
  const walk = (value: ValueNode, path: Segment[]) => {
    paths.set(value, path);
    if (value.kind === Kind.VARIABLE && !paths.has(`$${value.name.value}`)) paths.set(`$${value.name.value}`, path);
    if (value.kind === Kind.LIST) for (const [i, v] of value.values.entries()) walk(v, [...path, i]);
    if (value.kind === Kind.OBJECT) for (const f of value.fields) walk(f.value, [...path, f.name.value]);
  };
  const visitSelections = (node: ASTNode) => {
    if ('arguments' in node && node.kind === Kind.FIELD) for (const a of node.arguments ?? []) walk(a.value, [a.name.value]);
    if ('selectionSet' in node && node.selectionSet) for (const s of node.selectionSet.selections) visitSelections(s);
  };
  for (const d of document.definitions) visitSelections(d);
  return paths;
}

/** `input.receivedOn` → `receivedOn`: fields inside an input are named as class-validator names them. */
function fieldName(path: Segment[]): string {
  const named = path.length > 1 && typeof path[1] === 'string' ? path.slice(1) : path;
  return named.join('.');
}

/** The path inside a variable from graphql-js's message: `… at "input.parties[1].idNumber"; …` → parties, 1, idNumber. */
function pathInVariable(message: string): Segment[] {
  const at = /^Variable "\$[_A-Za-z0-9]+" got invalid value .*? at "[_A-Za-z0-9]+((?:\.[_A-Za-z0-9]+|\[\d+\])*)";/s.exec(message);
  if (!at?.[1]) return [];
  return [...at[1].matchAll(/\.([_A-Za-z0-9]+)|\[(\d+)\]/g)].map((m) => (m[2] !== undefined ? Number(m[2]) : m[1]!));
}

/**
 * A scalar that refuses a value cannot know where the value was. This names it: BAD_USER_INPUT with `field`, for values
 * given as variables and written inline alike (graphql-js reports the inline ones as validation errors).
 */
export const scalarErrorsNameTheirField: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didEncounterErrors({ errors, document }) {
        if (!document) return;
        let paths: Map<ASTNode | string, Segment[]> | undefined;
        for (const error of errors) {
          if (!(error.originalError instanceof ScalarInputError)) continue;
          paths ??= valuePaths(document);
          const node = error.nodes?.[0];
          let path: Segment[] | undefined;
          if (node?.kind === Kind.VARIABLE_DEFINITION) {
            const use = paths.get(`$${node.variable.name.value}`);
            if (use) path = [...use, ...pathInVariable(error.message)];
          } else if (node) {
            path = paths.get(node);
          }
          if (!path) continue;
          Object.assign(error.extensions, { code: ErrorCode.BAD_USER_INPUT, field: fieldName(path) });
        }
      },
    };
  },
};
