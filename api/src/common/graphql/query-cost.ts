import {
  getArgumentValues,
  getNamedType,
  getNullableType,
  getOperationAST,
  getVariableValues,
  GraphQLError,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';

/**
 * What a request costs: every field 1, and a list multiplies the cost of what is selected in it by the rows it can
 * return. A list query (`<plural>(options: { take })`) returns `take` rows (25 unless given, at most 100); a list
 * field with a `limit` argument (`coverage.uncovered`) returns that many (its default when not given); any other list
 * field without take (a case's parties, an adviser's villages) is reckoned at `unpagedListRows`; federation's
 * `_entities` at one row per representation, each costing at least 1. So fifteen 100-row
 * lists with nested lists cost what they cost to serve, where counting fields alone let them through.
 * Written on graphql-js alone (graphql-armor's cost knows only `first`/`last` literals, and graphql-query-complexity's
 * ESM build loads a second copy of graphql under Node), and pure, so that the console's tests price every request
 * the console sends with this same rule.
 */
export const QUERY_COST = {
  /** The most one request may cost: four times the console's dearest (a page of 100 cases, 5,001). */
  max: 20_000,
  defaultTake: 25,
  maxTake: 100,
  /**
   * Rows assumed for a list field that takes no `take`: a case's parties and advisers, a check's highlights and their
   * photos are a handful each; nested, they multiply.
   */
  unpagedListRows: 5,
} as const;

/** `items` of a `<Type>List` result: its rows are the parent query's `take`, counted there. */
function isPageItems(parent: GraphQLCompositeType, field: GraphQLField<unknown, unknown>): boolean {
  return field.name === 'items' && isObjectType(parent) && 'totalItems' in parent.getFields();
}

function takeOf(options: unknown): number {
  const take = (options as { take?: unknown } | null | undefined)?.take;
  const rows = typeof take === 'number' && Number.isInteger(take) ? take : QUERY_COST.defaultTake;
  return Math.min(Math.max(rows, 1), QUERY_COST.maxTake);
}

/** Rows of a list field cut by a `limit` argument (an aggregate's list, e.g. `coverage.uncovered`): the limit, or its default. */
function limitOf(limit: unknown): number {
  return typeof limit === 'number' && Number.isInteger(limit) ? Math.max(limit, 0) : QUERY_COST.unpagedListRows;
}

/**
 * The cost of the operation that `document` and `operationName` name, with its variables. Throws a GraphQLError when
 * the variables do not fit the operation (execution refuses them anyway). Introspection and `__typename` cost nothing:
 * they read no rows, and the depth limit bounds them.
 */
export function queryCost(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> = {}, operationName?: string): number {
  const operation = getOperationAST(document, operationName);
  const root = operation && schema.getRootType(operation.operation);
  if (!operation || !root) throw new GraphQLError('No operation to price');
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
  if (coerced.errors) throw coerced.errors[0]!;
  const values = coerced.coerced;
  const fragments = new Map(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
  );
  // A fragment costs the same wherever it is spread: priced once, so nested spreads cannot make this exponential.
  const fragmentCosts = new Map<string, number>();

  const selectionCost = (parent: GraphQLCompositeType, set: SelectionSetNode): number => {
    let total = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value.startsWith('__') || parent.name.startsWith('__')) continue;
        const field = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[selection.name.value] : undefined;
        if (!field) continue;
        const named = getNamedType(field.type);
        const children = selection.selectionSet && isCompositeType(named) ? selectionCost(named, selection.selectionSet) : 0;
        if (field.args.some((a) => a.name === 'representations')) {
          // Federation's `_entities`: every representation is a row looked up (1) and then its fields, so a gateway's
          // batch of many costs what it serves, even when it asks for no field of them.
          const representations = getArgumentValues(field, selection, values).representations;
          total += 1 + (Array.isArray(representations) ? representations.length : 0) * (1 + children);
          continue;
        }
        let rows = 1;
        if (children && field.args.some((a) => a.name === 'options')) rows = takeOf(getArgumentValues(field, selection, values).options);
        else if (children && field.args.some((a) => a.name === 'limit')) rows = limitOf(getArgumentValues(field, selection, values).limit);
        else if (children && isListType(getNullableType(field.type)) && !isPageItems(parent, field)) rows = QUERY_COST.unpagedListRows;
        total += 1 + rows * children;
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        if (type && isCompositeType(type)) total += selectionCost(type, selection.selectionSet);
      } else {
        const name = selection.name.value;
        if (!fragmentCosts.has(name)) {
          fragmentCosts.set(name, 0); // a cycle (refused by validation anyway) ends here
          const fragment = fragments.get(name);
          const type = fragment && schema.getType(fragment.typeCondition.name.value);
          fragmentCosts.set(name, fragment && type && isCompositeType(type) ? selectionCost(type, fragment.selectionSet) : 0);
        }
        total += fragmentCosts.get(name)!;
      }
    }
    return total;
  };
  return selectionCost(root, operation.selectionSet);
}
