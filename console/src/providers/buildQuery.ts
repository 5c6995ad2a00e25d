import {
  parse,
  type DocumentNode,
  type IntrospectionEnumType,
  type IntrospectionField,
  type IntrospectionInputObjectType,
  type IntrospectionInputValue,
  type IntrospectionNamedTypeRef,
  type IntrospectionObjectType,
  type IntrospectionSchema,
  type IntrospectionType,
  type IntrospectionTypeRef,
} from 'graphql';

/*
 * Maps react-admin's data provider calls onto the API's list convention (docs/api-conventions.md, "Lists"):
 *   <plural>(options: <Type>ListOptions): <Type>List!   options { skip take sort: [{ field, order }] filter }
 *   <singular>(id: ID!): <Type>
 * and its writes onto the API's mutations, one way for all of them (buildMutation):
 *   create  → create<Type>(input)          update → update<Type>(id, input) with the record's version
 *   actions → any mutation by name (suspendLegalAdviser, endPairing, fileRoster…), through dataProvider.mutate
 * Pure: schema in, GraphQL document and variables out, so it is unit-tested without a server.
 */

export const GET_LIST = 'GET_LIST';
export const GET_ONE = 'GET_ONE';
export const GET_MANY = 'GET_MANY';
export const GET_MANY_REFERENCE = 'GET_MANY_REFERENCE';
export const CREATE = 'CREATE';
export const UPDATE = 'UPDATE';
const DELETE = 'DELETE';

/** The API caps `take` at 100. */
export const MAX_TAKE = 100;
const DEFAULT_TAKE = 25;

/** Sub-objects are fetched as `{ id <first of these> }`: enough to link and label them. */
const LABEL_FIELDS = ['name', 'displayName', 'caseNo', 'title', 'username', 'code'];

export interface ResourceOperations {
  /** Query returning `<Type>List` */
  list?: string;
  /** Query `<singular>(id: ID!): <Type>` */
  one?: string;
}

export interface IntrospectedResource {
  type: IntrospectionObjectType;
  [fetchType: string]: IntrospectionField | IntrospectionObjectType;
}

export interface IntrospectionResults {
  types: readonly IntrospectionType[];
  queries: readonly IntrospectionField[];
  resources: readonly IntrospectedResource[];
  schema: IntrospectionSchema;
}

export interface BuildQueryOptions {
  /** Fields never selected automatically, per type name (e.g. confidential text read only on demand). */
  omitFields?: Record<string, readonly string[]>;
  /** Whether to-many relations (`villages: [Village!]!`) are selected; lists leave them to the detail page. */
  toMany?: boolean;
  /**
   * Detail pages only (with `toMany`): the sub-selection of a related object, per type and field, where `{ id label }`
   * is not enough (an adviser's history, a village's committee with its members, a filing's diff).
   */
  nested?: Record<string, Record<string, string>>;
  /** Lists only: sub-selections of related objects a list row shows (a case's masked parties and advisers). */
  listNested?: Record<string, Record<string, string>>;
  /** Lists only: fields a list never selects (confidential text: reading it is audited, and a list never shows it). */
  listOmitFields?: Record<string, readonly string[]>;
}

export interface BuiltQuery {
  query: DocumentNode;
  variables: Record<string, unknown>;
  parseResponse: (response: { data: Record<string, unknown> | null | undefined }) => unknown;
}

type RaRecord = { id: string | number; [key: string]: unknown };
type ListResult = { items: RaRecord[]; totalItems?: number; totalItemsExact?: boolean };

export function namedType(ref: IntrospectionTypeRef): IntrospectionNamedTypeRef {
  let current: IntrospectionTypeRef = ref;
  while (current.kind === 'NON_NULL' || current.kind === 'LIST') current = current.ofType;
  return current as IntrospectionNamedTypeRef;
}

function isList(ref: IntrospectionTypeRef): boolean {
  let current: IntrospectionTypeRef = ref;
  while (current.kind === 'NON_NULL') current = current.ofType;
  return current.kind === 'LIST';
}

function isRequired(arg: IntrospectionInputValue): boolean {
  return arg.type.kind === 'NON_NULL' && arg.defaultValue == null;
}

/** `displayName` → `DISPLAY_NAME`, `parent.name` → `PARENT_NAME`: the API's sort enum spelling. */
export function screamingCase(field: string): string {
  return field
    .replace(/\./g, '_')
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toUpperCase();
}

function typeByName(types: readonly IntrospectionType[], name: string): IntrospectionType | undefined {
  return types.find((t) => t.name === name);
}

/**
 * Which query lists and which fetches each object type, read from the schema: a query returning `<Type>List`
 * (with `items` and `totalItems`) lists `<Type>`; a query taking exactly `id: ID!` and returning `<Type>` fetches one.
 */
export function resourceOperations(schema: IntrospectionSchema): Record<string, ResourceOperations> {
  const queryType = typeByName(schema.types, schema.queryType.name) as IntrospectionObjectType | undefined;
  const result: Record<string, ResourceOperations> = {};
  const entryFor = (type: string): ResourceOperations => {
    const entry = result[type] ?? {};
    result[type] = entry;
    return entry;
  };
  for (const field of queryType?.fields ?? []) {
    const returned = typeByName(schema.types, namedType(field.type).name);
    if (returned?.kind !== 'OBJECT') continue;
    const items = returned.fields.find((f) => f.name === 'items');
    const isListType = items && isList(items.type) && returned.fields.some((f) => f.name === 'totalItems');
    if (isListType && !isList(field.type)) {
      const itemType = namedType(items.type).name;
      entryFor(itemType).list ??= field.name;
      continue;
    }
    const onlyId = field.args.length === 1 && field.args[0]!.name === 'id' && namedType(field.args[0]!.type).name === 'ID';
    if (onlyId && !isList(field.type)) entryFor(returned.name).one ??= field.name;
  }
  return result;
}

/** ra-data-graphql's `introspection.operationNames`, derived from the schema instead of a naming rule. */
export function operationNamesFor(schema: IntrospectionSchema) {
  const ops = resourceOperations(schema);
  const list = (type: IntrospectionType) => ops[type.name]?.list ?? '';
  return {
    [GET_LIST]: list,
    [GET_ONE]: (type: IntrospectionType) => ops[type.name]?.one ?? '',
    [GET_MANY]: list,
    [GET_MANY_REFERENCE]: list,
    // ra-data-graphql's default mutation names, for resources only: a type with nothing but an `update…` mutation
    // (a committee member edited inside its village) is no resource of its own.
    [CREATE]: (type: IntrospectionType) => (ops[type.name]?.list ? `create${type.name}` : ''),
    [UPDATE]: (type: IntrospectionType) => (ops[type.name]?.list ? `update${type.name}` : ''),
    [DELETE]: (type: IntrospectionType) => (ops[type.name]?.list ? `delete${type.name}` : ''),
  };
}

/** The selection set for a type: its scalars and enums, and `{ id <label> }` for related objects that have an id. */
export function selectionFor(type: IntrospectionObjectType, types: readonly IntrospectionType[], options: BuildQueryOptions = {}): string {
  const omitted = new Set(options.omitFields?.[type.name] ?? []);
  const parts: string[] = [];
  for (const field of type.fields) {
    if (omitted.has(field.name)) continue;
    if (field.args.some(isRequired)) continue;
    const target = typeByName(types, namedType(field.type).name);
    if (!target) continue;
    if (target.kind === 'SCALAR' || target.kind === 'ENUM') {
      parts.push(field.name);
    } else if (target.kind === 'OBJECT') {
      const nested = (options.toMany ? options.nested : options.listNested)?.[type.name]?.[field.name];
      if (nested) {
        parts.push(`${field.name} { ${nested} }`);
        continue;
      }
      if (!target.fields.some((f) => f.name === 'id')) continue;
      if (isList(field.type) && !options.toMany) continue;
      const label = LABEL_FIELDS.find((name) => target.fields.some((f) => f.name === name && !f.args.some(isRequired)));
      const innerOmitted = new Set(options.omitFields?.[target.name] ?? []);
      parts.push(`${field.name} { id${label && !innerOmitted.has(label) ? ` ${label}` : ''} }`);
    }
  }
  return parts.join(' ');
}

function coerceScalar(typeName: string, value: unknown): unknown {
  switch (typeName) {
    case 'Int': {
      const n = typeof value === 'number' ? value : Number.parseInt(String(value), 10);
      return Number.isFinite(n) ? n : undefined;
    }
    case 'Float': {
      const n = typeof value === 'number' ? value : Number(value);
      return Number.isFinite(n) ? n : undefined;
    }
    case 'Boolean':
      if (typeof value === 'boolean') return value;
      if (value === 'true') return true;
      if (value === 'false') return false;
      return undefined;
    case 'ID':
    case 'String':
      return typeof value === 'object' ? undefined : String(value);
    default:
      return value;
  }
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

function coerceInput(ref: IntrospectionTypeRef, value: unknown, types: readonly IntrospectionType[]): unknown {
  if (isEmpty(value)) return undefined;
  if (isList(ref)) {
    let inner: IntrospectionTypeRef = ref;
    while (inner.kind === 'NON_NULL') inner = inner.ofType;
    const itemRef = (inner as { ofType: IntrospectionTypeRef }).ofType;
    const values = (Array.isArray(value) ? value : [value]).map((v) => coerceInput(itemRef, v, types)).filter((v) => v !== undefined);
    return values;
  }
  const named = typeByName(types, namedType(ref).name);
  if (!named) return undefined;
  if (named.kind === 'ENUM') {
    const s = String(value);
    return (named as IntrospectionEnumType).enumValues.some((e) => e.name === s) ? s : undefined;
  }
  if (named.kind === 'INPUT_OBJECT') {
    return typeof value === 'object' && !Array.isArray(value)
      ? toInput(named as IntrospectionInputObjectType, value as Record<string, unknown>, types)
      : undefined;
  }
  if (named.kind === 'SCALAR') return coerceScalar(named.name, value);
  return undefined;
}

/** react-admin's filter values as the API's filter input: unknown keys and empty values dropped, strings coerced. */
export function toInput(
  inputType: IntrospectionInputObjectType,
  values: Record<string, unknown>,
  types: readonly IntrospectionType[],
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, raw] of Object.entries(values ?? {})) {
    const field = inputType.inputFields.find((f) => f.name === key);
    if (!field) continue;
    const value = coerceInput(field.type, raw, types);
    if (value !== undefined) out[key] = value;
  }
  return out;
}

/**
 * A record from a react-admin form as a mutation's input: only the input type's fields; a relation's id from the
 * related object when the form edits `provider.id` (`providerId`); an emptied field as `null` where the input allows
 * null (the API then clears it), dropped where it does not (the API's default or its own error applies).
 */
export function recordToInput(
  inputType: IntrospectionInputObjectType,
  record: Record<string, unknown>,
  types: readonly IntrospectionType[],
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of inputType.inputFields) {
    const key = field.name;
    let raw: unknown;
    if (key in record) raw = record[key];
    else if (key.endsWith('Id') && record[key.slice(0, -2)] && typeof record[key.slice(0, -2)] === 'object') {
      raw = (record[key.slice(0, -2)] as { id?: unknown }).id;
      if (raw === undefined) continue;
    } else continue;
    if (isEmpty(raw)) {
      if (field.type.kind !== 'NON_NULL') out[key] = null;
      continue;
    }
    const value = coerceInput(field.type, raw, types);
    if (value !== undefined) out[key] = value;
  }
  return out;
}

function inputObject(types: readonly IntrospectionType[], name: string | undefined): IntrospectionInputObjectType | undefined {
  if (!name) return undefined;
  const t = typeByName(types, name);
  return t?.kind === 'INPUT_OBJECT' ? (t as IntrospectionInputObjectType) : undefined;
}

interface ListShape {
  field: IntrospectionField;
  optionsArg: IntrospectionInputValue;
  optionsType: IntrospectionInputObjectType;
  filterType?: IntrospectionInputObjectType;
  sortFields: readonly string[];
}

function listShape(field: IntrospectionField, types: readonly IntrospectionType[]): ListShape {
  const optionsArg = field.args.find((a) => a.name === 'options');
  const optionsType = inputObject(types, optionsArg && namedType(optionsArg.type).name);
  if (!optionsArg || !optionsType) throw new Error(`Query ${field.name} does not take list options`);
  const filterRef = optionsType.inputFields.find((f) => f.name === 'filter');
  const sortRef = optionsType.inputFields.find((f) => f.name === 'sort');
  const sortType = inputObject(types, sortRef && namedType(sortRef.type).name);
  const sortFieldRef = sortType?.inputFields.find((f) => f.name === 'field');
  const sortEnum = sortFieldRef && typeByName(types, namedType(sortFieldRef.type).name);
  return {
    field,
    optionsArg,
    optionsType,
    filterType: inputObject(types, filterRef && namedType(filterRef.type).name),
    sortFields: sortEnum?.kind === 'ENUM' ? (sortEnum as IntrospectionEnumType).enumValues.map((v) => v.name) : [],
  };
}

export interface Pagination {
  page: number;
  perPage: number;
}
export interface Sort {
  field: string;
  order: string;
}

/** `{ page, perPage }` → `{ skip, take }`; take is capped at the API's 100. */
export function toSkipTake(pagination?: Pagination): { skip: number; take: number } {
  const perPage = Math.max(1, Math.min(pagination?.perPage ?? DEFAULT_TAKE, MAX_TAKE));
  const page = Math.max(1, pagination?.page ?? 1);
  return { skip: (page - 1) * perPage, take: perPage };
}

/** `{ field, order }` → `[{ field: SCREAMING_CASE, order }]`, or nothing when the API cannot sort by that field. */
export function toSort(sort: Sort | undefined, sortFields: readonly string[]) {
  if (!sort?.field) return undefined;
  const field = screamingCase(sort.field);
  if (!sortFields.includes(field)) return undefined;
  return [{ field, order: String(sort.order).toUpperCase() === 'DESC' ? 'DESC' : 'ASC' }];
}

function listOptions(
  shape: ListShape,
  types: readonly IntrospectionType[],
  parts: {
    pagination?: Pagination;
    sort?: Sort;
    filter?: Record<string, unknown>;
  },
) {
  const options: Record<string, unknown> = { ...toSkipTake(parts.pagination) };
  const sort = toSort(parts.sort, shape.sortFields);
  if (sort) options.sort = sort;
  if (shape.filterType) {
    const filter = toInput(shape.filterType, parts.filter ?? {}, types);
    if (Object.keys(filter).length > 0) options.filter = filter;
  }
  return options;
}

function typeRefToString(ref: IntrospectionTypeRef): string {
  if (ref.kind === 'NON_NULL') return `${typeRefToString(ref.ofType)}!`;
  if (ref.kind === 'LIST') return `[${typeRefToString(ref.ofType)}]`;
  return ref.name;
}

function copy(record: unknown): RaRecord {
  return { ...(record as RaRecord) };
}

export class UnsupportedOperationError extends Error {
  constructor(fetchType: string, resource: string) {
    super(`${fetchType} is not available for ${resource}: the API has no mutation for it yet`);
    this.name = 'UnsupportedOperationError';
  }
}

/** The introspected resource for a react-admin resource name: the type name (`Region`) or its list query (`regions`). */
export function findResource(results: IntrospectionResults, resourceName: string): IntrospectedResource | undefined {
  return results.resources.find((r) => r.type.name === resourceName || (r[GET_LIST] as IntrospectionField | undefined)?.name === resourceName);
}

function argumentsOf(field: IntrospectionField, variables: Record<string, unknown>, types: readonly IntrospectionType[]) {
  const values: Record<string, unknown> = {};
  for (const arg of field.args) {
    if (!(arg.name in variables) || variables[arg.name] === undefined) {
      if (isRequired(arg)) throw new Error(`${field.name} needs its argument ${arg.name}`);
      continue;
    }
    const raw = variables[arg.name];
    const input = inputObject(types, namedType(arg.type).name);
    const value =
      input && !isList(arg.type) && raw && typeof raw === 'object'
        ? recordToInput(input, raw as Record<string, unknown>, types)
        : coerceInput(arg.type, raw, types);
    if (value === undefined) {
      if (isRequired(arg)) throw new Error(`${field.name}: ${arg.name} is empty`);
      continue;
    }
    values[arg.name] = value;
  }
  return values;
}

/**
 * Any mutation by name, from the schema: its arguments declared with their types, inputs reduced to the input
 * type's fields (recordToInput), and the returned object selected as a detail page selects it. `parseResponse`
 * gives the mutation's result as is.
 */
export function buildMutation(
  schema: IntrospectionSchema,
  name: string,
  variables: Record<string, unknown>,
  options: BuildQueryOptions = {},
): BuiltQuery {
  const mutationType = schema.mutationType && (typeByName(schema.types, schema.mutationType.name) as IntrospectionObjectType | undefined);
  const field = mutationType?.fields.find((f) => f.name === name);
  if (!field) throw new Error(`No mutation ${name} in the schema`);
  const values = argumentsOf(field, variables, schema.types);
  const declared = field.args.filter((a) => a.name in values);
  const declarations = declared.map((a) => `$${a.name}: ${typeRefToString(a.type)}`).join(', ');
  const passed = declared.map((a) => `${a.name}: $${a.name}`).join(', ');
  const returned = typeByName(schema.types, namedType(field.type).name);
  const selection =
    returned?.kind === 'OBJECT' ? ` { ${selectionFor(returned as IntrospectionObjectType, schema.types, { ...options, toMany: true })} }` : '';
  const query = parse(`mutation ${name}${declarations ? `(${declarations})` : ''} { ${name}${passed ? `(${passed})` : ''}${selection} }`);
  return { query, variables: values, parseResponse: (response) => response.data?.[name] };
}

export function buildQueryFactory(results: IntrospectionResults, options: BuildQueryOptions = {}) {
  const { types } = results;

  return function buildQuery(fetchType: string, resourceName: string, params: Record<string, any>): BuiltQuery {
    const resource = findResource(results, resourceName);
    if (!resource) throw new Error(`Unknown resource ${resourceName}: no list or singular query for it in the schema`);
    const operation = resource[fetchType] as IntrospectionField | undefined;
    if ((fetchType === CREATE || fetchType === UPDATE) && operation) {
      // create<Type>(input) and update<Type>(id, input): the form's record as input, with the version it was loaded
      // at so that the API can refuse a stale edit (CONFLICT).
      const data = { ...(params.previousData ? { version: params.previousData.version } : {}), ...(params.data ?? {}) };
      const built = buildMutation(
        results.schema,
        operation.name,
        // Some updates take the version beside the input (`updateWorkLogEntry(id, input, version)`): given to both.
        fetchType === CREATE ? { input: data } : { id: params.id, input: data, version: data.version },
        options,
      );
      return {
        ...built,
        parseResponse: (response) => ({ data: copy(built.parseResponse(response)) }),
      };
    }
    if (![GET_LIST, GET_ONE, GET_MANY, GET_MANY_REFERENCE].includes(fetchType)) {
      throw new UnsupportedOperationError(fetchType, resourceName);
    }
    if (!operation) throw new Error(`${fetchType} is not available for ${resourceName}: no matching query in the schema`);
    // One record: its to-many relations too. Lists: scalars and to-one relations, so a page of 100 stays cheap.
    const isOne = fetchType === GET_ONE;
    const fields = selectionFor(resource.type, types, {
      ...options,
      toMany: isOne,
      omitFields: isOne ? options.omitFields : { ...options.omitFields, ...options.listOmitFields },
    });

    if (fetchType === GET_ONE) {
      const query = parse(`query ${operation.name}($id: ID!) { ${operation.name}(id: $id) { ${fields} } }`);
      return {
        query,
        variables: { id: String(params.id) },
        parseResponse: (response) => {
          const record = response.data?.[operation.name];
          // react-admin shows its "does not exist" notice; the API answers null for "not found" and "not yours" alike.
          if (!record) throw new Error('ra.notification.item_doesnt_exist');
          return { data: copy(record) };
        },
      };
    }

    const shape = listShape(operation, types);
    // Totals are counted by the API only when asked for: a page of records looked up by id needs none.
    const document = (name: string, totals = true) =>
      parse(
        `query ${name}($options: ${typeRefToString(shape.optionsArg.type)}) { ` +
          `${operation.name}(options: $options) { items { ${fields} }${totals ? ' totalItems totalItemsExact' : ''} } }`,
      );
    const listOf = (response: { data: Record<string, unknown> | null | undefined }) =>
      (response.data?.[operation.name] ?? { items: [], totalItems: 0 }) as ListResult;

    if (fetchType === GET_MANY) {
      if (!shape.filterType?.inputFields.some((f) => f.name === 'ids')) {
        throw new Error(`${operation.name} cannot be filtered by ids`);
      }
      const ids = (params.ids ?? []).map(String);
      return {
        query: document(`${operation.name}ByIds`, false),
        variables: {
          options: listOptions(shape, types, {
            pagination: { page: 1, perPage: Math.min(Math.max(ids.length, 1), MAX_TAKE) },
            filter: { ids },
          }),
        },
        parseResponse: (response) => ({ data: listOf(response).items.map(copy) }),
      };
    }

    let filter: Record<string, unknown> = params.filter ?? {};
    let name = operation.name;
    if (fetchType === GET_MANY_REFERENCE) {
      const names = new Set(shape.filterType?.inputFields.map((f) => f.name) ?? []);
      // `parentId` as is; a relation name such as `parent` becomes `parentId`.
      const target = names.has(params.target) ? params.target : names.has(`${params.target}Id`) ? `${params.target}Id` : null;
      if (!target) throw new Error(`${operation.name} cannot be filtered by ${params.target}`);
      filter = { ...filter, [target]: params.id };
      name = `${operation.name}ByReference`;
    }
    return {
      query: document(name),
      variables: { options: listOptions(shape, types, { pagination: params.pagination, sort: params.sort, filter }) },
      parseResponse: (response) => {
        const list = listOf(response);
        // Past 10,000 rows the API answers 10,000 and totalItemsExact false: the pagination then reads “10,000+”.
        return { data: list.items.map(copy), total: list.totalItems ?? 0, meta: { totalExact: list.totalItemsExact !== false } };
      },
    };
  };
}
