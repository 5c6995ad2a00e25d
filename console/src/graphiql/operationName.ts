import { Kind, parse } from 'graphql';

/**
 * The operation name to send with a query. GraphiQL reads it from the editor after a short delay, so a query typed
 * (or pasted) and run at once still carries the name of the document before it ("Unknown operation named …"). The
 * name is kept only when the query has such an operation; otherwise the query's single operation is meant.
 */
export function operationNameFor(query: string, operationName: string | null | undefined): string | undefined {
  let operations: Array<string | undefined>;
  try {
    operations = parse(query)
      .definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION)
      .map((d) => (d.kind === Kind.OPERATION_DEFINITION ? d.name?.value : undefined));
  } catch {
    return operationName ?? undefined; // the server names the syntax error
  }
  if (operationName && operations.includes(operationName)) return operationName;
  return operations.length === 1 ? operations[0] : (operationName ?? undefined);
}
