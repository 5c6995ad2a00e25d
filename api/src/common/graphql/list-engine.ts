import type { EntityName, FilterQuery } from '@mikro-orm/core';
import { raw, type EntityManager, type RawQueryFragment } from '@mikro-orm/postgresql';
import { AppError } from '../errors/app-error.js';
import { isCalendarDate } from '../validation/calendar.js';
import { isId } from './ids.js';
import { DEFAULT_TAKE, SortOrder, type ListOptionsShape } from './list.js';
import { readQuery } from '../../db/replicas.js';
import type { GraphQLResolveInfo } from 'graphql';
import { selectsAny, selectsOnly, type Shape } from './selection.js';

/**
 * The list engine: every `<plural>(options)` query runs through `listPage`. It applies the service's conditions (the
 * policy's scope first), sorts with `id` breaking ties, pages by `skip` or by a keyset cursor (`after`), and
 * counts only when the client selects `totalItems` or `totalItemsExact` — capped at COUNT_CAP, so that a count
 * never scans a province to show a page.
 */
export const COUNT_CAP = 10_000;

export interface ListPage<T> {
  items: T[];
  /** Resolved only when the client selects the field (the List type calls it). */
  totalItems: () => Promise<number>;
  totalItemsExact: () => Promise<boolean>;
  /** The cursor of the last row when more rows follow; null on the last page. */
  nextCursor: string | null;
}

type Direction = 'asc' | 'desc';

export interface ListQuery<T> {
  /** Conditions every row meets: the viewer's scope and the filters. */
  where: FilterQuery<T>[];
  /** ORDER BY when the client gives no sort; `id` is appended either way. */
  defaultOrder?: Array<[string, Direction]>;
  populate?: string[];
  /**
   * Read the page without entities (a read-only list whose selection the feature can serve from one statement): the
   * columns and nested JSON to select, and how a row becomes the item. The item keeps the entity's property names for
   * its columns (the sort keys among them, for the cursor); what it carries of its relations goes under `PRELOADED`.
   */
  read?: ListRead<T>;
}

export interface ListRead<T> {
  /** The item selections it serves; any other selection reads entities. */
  shape: Shape;
  /**
   * What to select besides the entity's own columns that the shape names (the engine adds those): the relations' JSON
   * and any foreign key the item needs, as raw SQL with an alias, `e` being the listed table (built per request).
   */
  select: () => RawQueryFragment[];
  item: (row: Record<string, unknown>) => T;
}

/** The list type's own fields around its items. */
const listShape = (items: Shape): Shape => ({ items, totalItems: true, totalItemsExact: true, nextCursor: true });

type Selection = Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>;

/** Where a row read without entities keeps the related objects it was read with (`preloaded`). */
export const PRELOADED = Symbol('preloaded');

/**
 * What a field resolver takes as its root where a list may hand it a row read without entities: the entity, or a
 * plain object with the entity's columns and its `PRELOADED` relations. Typed so (an intersection), the resolver's
 * reflected parameter type is Object, and type-graphql passes the row as it is instead of copying it into a new
 * instance of the entity class (which would drop what it was read with).
 */
export type Row<T> = T & { readonly [PRELOADED]?: Record<string, unknown> };

/** A relation read with the row (`ListRead`), or undefined for an entity, whose field resolvers load it. */
export function preloaded<V>(row: object, relation: string): V | undefined {
  const loaded = (row as { [PRELOADED]?: Record<string, unknown> })[PRELOADED];
  return loaded && relation in loaded ? (loaded[relation] as V) : undefined;
}

/** Marks the related objects a row was read with, for `preloaded`. */
export function withPreloaded<T extends object>(row: T, relations: Record<string, unknown>): T {
  Object.defineProperty(row, PRELOADED, { value: relations, enumerable: false });
  return row;
}

/**
 * One page of an entity list, counted lazily. Given the request's selection (`info`) and a `read` that serves it,
 * the page is read without entities.
 */
export async function listPage<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  options: (ListOptionsShape<string, unknown> & { after?: string | null }) | null | undefined,
  query: ListQuery<T>,
  info?: Selection,
): Promise<ListPage<T>> {
  const read = query.read && info && selectsOnly(info, listShape(query.read.shape)) ? query.read : undefined;
  const order = orderOf(options, query.defaultOrder);
  const meta = em.getMetadata().find(entity as never)!;
  const property = (field: string) => meta.properties[field as never] as CursorColumn | undefined;
  const nullable = (field: string) => !!property(field)?.nullable;
  const where: FilterQuery<T>[] = [...query.where];
  if (options?.after) where.push(keysetAfter(order, decodeCursor(options.after, order, property), nullable) as FilterQuery<T>);
  const take = options?.take ?? DEFAULT_TAKE;
  // `take: 0` is for callers inside the API that want only the count (a home page's work items): no page is read.
  // Clients cannot ask for it (the options allow 1 to MAX_TAKE).
  let counted: Promise<number> | undefined;
  const count = () => (counted ??= cappedCount(em, entity, query.where));
  // Given the selection, a selected count runs beside the page (its own connection) instead of after it. Its failure
  // is marked handled here and still answers the count field that awaits it.
  if (take > 0 && info && selectsAny(info, ['totalItems', 'totalItemsExact'])) count().catch(() => undefined);
  const orderBy = order.map(([field, dir]) => ({ [field]: dir })) as never;
  const rows: T[] =
    take === 0
      ? []
      : read
        ? await readRows(em, entity, read, { $and: where } as FilterQuery<T>, order, options?.skip ?? 0, take + 1)
        : await em.find(entity, { $and: where } as never, {
            offset: options?.skip ?? 0,
            limit: take + 1,
            orderBy,
            populate: (query.populate ?? []) as never,
          });
  const items = rows.slice(0, take);
  const last = items[items.length - 1] as Record<string, unknown> | undefined;
  const nextCursor =
    rows.length > take && last
      ? encodeCursor(
          order,
          order.map(([field]) => last[field]),
        )
      : null;
  return {
    items,
    totalItems: async () => Math.min(await count(), COUNT_CAP),
    totalItemsExact: async () => (await count()) <= COUNT_CAP,
    nextCursor,
  };
}

/**
 * One page as plain rows: a single statement, no entity, no identity map. It selects the entity's columns that the
 * shape names and the sort keys (whether selected or not: the cursor is made of them).
 */
async function readRows<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  read: ListRead<T>,
  where: FilterQuery<T>,
  order: Array<[string, Direction]>,
  offset: number,
  limit: number,
): Promise<T[]> {
  const meta = em.getMetadata().find(entity as never)!;
  const columns = Object.keys(read.shape).filter((field) => {
    const prop = meta.properties[field as never] as { kind?: string; lazy?: boolean; persist?: boolean } | undefined;
    return prop?.kind === 'scalar' && !prop.lazy && prop.persist !== false;
  });
  const sortKeys = order.map(([field]) => field).filter((field) => !columns.includes(field));
  const qb = em
    .createQueryBuilder(entity, 'e')
    .select([...columns, ...sortKeys, ...read.select()] as never)
    .where(where as never)
    .orderBy(order.map(([field, dir]) => ({ [field]: dir })) as never)
    .offset(offset)
    .limit(limit);
  const rows = await qb.execute<Record<string, unknown>[]>('all', true);
  return rows.map(read.item);
}

/** Rows matching, counted no further than COUNT_CAP + 1 (which means "more than the cap"). */
async function cappedCount<T extends object>(em: EntityManager, entity: EntityName<T>, where: FilterQuery<T>[]): Promise<number> {
  const qb = em
    .createQueryBuilder(entity, 'e')
    .select(raw('1'))
    .where({ $and: where } as never)
    .limit(COUNT_CAP + 1);
  const rows = await readQuery<{ n: number }[]>(em, `select count(*)::int as n from (${qb.getQuery()}) as capped`, qb.getParams() as unknown[]);
  return Number(rows[0]?.n ?? 0);
}

function orderOf(
  options: ListOptionsShape<string, unknown> | null | undefined,
  defaultOrder?: Array<[string, Direction]>,
): Array<[string, Direction]> {
  const given = (options?.sort ?? []).map((s): [string, Direction] => [s.field, s.order === SortOrder.DESC ? 'desc' : 'asc']);
  const order = given.length ? given : [...(defaultOrder ?? [])];
  return order.some(([field]) => field === 'id') ? order : [...order, ['id', 'asc']];
}

/**
 * Rows after the cursor's row in this order. PostgreSQL puts NULLs last ascending and first descending, so a
 * nullable key has its own branches; `id`, last and unique, ends every chain.
 */
function keysetAfter(order: Array<[string, Direction]>, values: unknown[], nullable: (field: string) => boolean): Record<string, unknown> {
  const [[field, dir], ...rest] = order as [[string, Direction], ...Array<[string, Direction]>];
  const value = values[0];
  const tail = rest.length ? keysetAfter(rest, values.slice(1), nullable) : null;
  const equal = (condition: Record<string, unknown>) => (tail ? { $and: [condition, tail] } : null);
  const branches: Array<Record<string, unknown> | null> = [];
  if (value === null || value === undefined) {
    if (dir === 'desc') branches.push({ [field]: { $ne: null } });
    branches.push(equal({ [field]: null }));
  } else {
    branches.push({ [field]: { [dir === 'asc' ? '$gt' : '$lt']: value } });
    if (dir === 'asc' && nullable(field)) branches.push({ [field]: null });
    branches.push(equal({ [field]: value }));
  }
  const present = branches.filter((b): b is Record<string, unknown> => b !== null);
  return present.length === 1 ? present[0]! : { $or: present };
}

const signature = (order: Array<[string, Direction]>) => order.map(([f, d]) => `${f}:${d}`).join(',');

function encodeCursor(order: Array<[string, Direction]>, values: unknown[]): string {
  const encoded = values.map((v) => (v instanceof Date ? { d: v.toISOString() } : (v ?? null)));
  return Buffer.from(JSON.stringify({ o: signature(order), v: encoded })).toString('base64url');
}

/** What a cursor's value is checked against: the sorted column's type and whether it may be null. */
interface CursorColumn {
  nullable?: boolean;
  columnTypes?: string[];
}

/**
 * Whether a decoded value can stand in the column: a cursor comes back from the client, and a value the column
 * cannot hold (a date that is no date, text for a number) would reach PostgreSQL as an error, not as bad input.
 */
function fitsColumn(column: CursorColumn | undefined, value: unknown): boolean {
  if (value === null) return !!column?.nullable;
  const type = (column?.columnTypes?.[0] ?? '').toLowerCase();
  if (type === 'uuid') return isId(value);
  if (type === 'date') return typeof value === 'string' && isCalendarDate(value);
  if (type.startsWith('timestamp')) return value instanceof Date && !Number.isNaN(value.getTime());
  if (/^(int|integer|smallint|bigint|numeric)/.test(type)) return typeof value === 'number' && Number.isSafeInteger(value);
  if (type === 'boolean') return typeof value === 'boolean';
  return typeof value === 'string' && value.length <= 1000;
}

function decodeCursor(cursor: string, order: Array<[string, Direction]>, column: (field: string) => CursorColumn | undefined): unknown[] {
  let parsed: { o?: unknown; v?: unknown };
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { o?: unknown; v?: unknown };
  } catch {
    throw AppError.badInput('after', 'is not a cursor from this list');
  }
  if (!parsed || parsed.o !== signature(order) || !Array.isArray(parsed.v) || parsed.v.length !== order.length) {
    throw AppError.badInput('after', 'is not a cursor from this list with this sort');
  }
  return parsed.v.map((v, i) => {
    const value = v && typeof v === 'object' && typeof (v as { d?: unknown }).d === 'string' ? new Date((v as { d: string }).d) : v;
    if (!fitsColumn(column(order[i]![0]), value)) throw AppError.badInput('after', 'is not a cursor from this list');
    return value;
  });
}
