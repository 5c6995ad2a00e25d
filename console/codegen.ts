import type { CodegenConfig } from '@graphql-codegen/cli';

/*
 * The console's TypeScript types, generated from the committed SDL: `npm run codegen -w @fengqiao/console`.
 * `src/generated/generated.test.ts` fails when the committed files differ from what this config makes of the current
 * SDL and documents, so a schema change without a codegen run fails `npm test`.
 */

/** Scalars as they travel in JSON. Every scalar must be here: a new one in the SDL fails codegen until it is. */
const scalars = {
  // UUIDs, always strings (the default would also accept numbers as input).
  ID: 'string',
  // `YYYY-MM-DD` in the Asia/Shanghai calendar, and ISO 8601 instants with their offset: strings end to end.
  Date: 'string',
  DateTime: 'string',
  // A sum of money in fen that may pass 2^31, still a plain JSON number (a 53-bit safe integer).
  SafeInt: 'number',
  // Free-form details (audit events, roster changes): read with a check, never trusted as a shape.
  JSON: 'unknown',
  // Federation's entity representation (`_entities`), for gateways: the console never sends one.
  _Any: 'unknown',
};

const shared = {
  scalars,
  strictScalars: true,
  // Responses carry `__typename` (Apollo adds it), but no console type depends on it.
  skipTypename: true,
};

const config: CodegenConfig = {
  schema: '../schema/schema.graphql',
  // The documents the console writes itself: template literals marked `/* GraphQL */` (records of resources are
  // selected by the data provider from the schema instead, and typed with `Pick<>` of the types below).
  documents: ['src/**/*.{ts,tsx}', '!src/**/*.test.{ts,tsx}', '!src/test/**', '!src/generated/**'],
  silent: true,
  generates: {
    // Every type of the schema as the API declares it; enums as string unions, as the console compares them. A
    // nullable field is `T | null`, never left out: a selected field is always in the answer (records `Pick<>` the
    // fields their selection has, and mark as optional what only a detail page selects).
    'src/generated/graphql.ts': {
      plugins: ['typescript'],
      config: { ...shared, enumsAsTypes: true, avoidOptionals: { field: true } },
    },
    // The result and variables of each of those documents. The schema's enums come from the file above (the plugin
    // would otherwise declare them a second time).
    'src/generated/operations.ts': {
      plugins: ['typescript-operations'],
      config: { ...shared, enumType: 'string-literal', importSchemaTypesFrom: 'src/generated/graphql.ts', namespacedImportName: 'Api' },
    },
  },
};

export default config;
