import { Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { ArgsType, Field, InputType, Int, ObjectType, registerEnumType, type ClassType } from 'type-graphql';
import { WithParent } from '../access/rules.js';
import { COUNT_CAP, type ListPage } from './list-engine.js';

export enum SortOrder {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortOrder, {
  name: 'SortOrder',
  description: 'Direction of a sort',
  valuesConfig: { ASC: { description: 'Smallest, earliest or A first' }, DESC: { description: 'Largest, latest or Z first' } },
});

export const MAX_TAKE = 100;
export const DEFAULT_TAKE = 25;

export interface ListOptionsShape<TField extends string, TFilter> {
  skip?: number | null;
  after?: string | null;
  take?: number | null;
  sort?: Array<{ field: TField; order: SortOrder }> | null;
  filter?: TFilter | null;
}

/**
 * `<Type>ListOptions { skip take sort filter }` per docs/api-conventions.md. Only the fields of the sort enum can be
 * sorted on, so nothing confidential is ever an ORDER BY.
 */
export function ListOptionsType<TField extends string, TFilter extends object>(
  name: string,
  sortFields: Record<string, TField>,
  Filter: ClassType<TFilter>,
) {
  registerEnumType(sortFields, {
    name: `${name}SortField`,
    description: `What a ${name} list can be sorted on; id always breaks ties`,
    // Each value names the property it orders by, e.g. DUE_ON orders by dueOn.
    valuesConfig: Object.fromEntries(Object.entries(sortFields).map(([key, path]) => [key, { description: `By \`${path}\`` }])),
  });

  @InputType(`${name}Sort`, { description: `One sort key of a ${name} list; later keys break ties of earlier ones` })
  class Sort {
    @Field(() => sortFields, { description: 'What to sort on' })
    field!: TField;

    @Field(() => SortOrder, { defaultValue: SortOrder.ASC, description: 'ASC unless given' })
    order!: SortOrder;
  }

  @InputType(`${name}ListOptions`, { description: `Paging, sorting and filtering of a ${name} list; all optional` })
  class ListOptions implements ListOptionsShape<TField, TFilter> {
    @Field(() => Int, { nullable: true, description: 'Rows to skip (default 0)' })
    @Min(0)
    skip?: number | null;

    @Field(() => String, {
      nullable: true,
      description:
        'Keyset pagination: the `nextCursor` of the previous page, with the same sort and filter. Page 5,000 then costs what page 1 does; `skip` counts on from the cursor',
    })
    @MaxLength(2000)
    after?: string | null;

    @Field(() => Int, { nullable: true, description: `Rows to return, at most ${MAX_TAKE} (default ${DEFAULT_TAKE})` })
    @Min(1)
    @Max(MAX_TAKE)
    take?: number | null;

    @Field(() => [Sort], { nullable: true, description: 'Sort keys in order of precedence; without them the order is the query’s default' })
    @ValidateNested({ each: true })
    sort?: Sort[] | null;

    @Field(() => Filter, { nullable: true, description: 'Only rows matching every given criterion' })
    @ValidateNested()
    filter?: TFilter | null;
  }
  return ListOptions;
}

/** The `options` argument of a list query, as an args class for `@Args(() => …)`. */
export function ListArgsType<T extends object>(Options: ClassType<T>, description?: string) {
  @ArgsType()
  class ListArgs {
    @Field(() => Options, { nullable: true, description: description ?? 'Skip, take, sort and filter; all optional' })
    @ValidateNested()
    options?: T | null;
  }
  return ListArgs;
}

/** `<Type>List { items totalItems totalItemsExact nextCursor }` per docs/api-conventions.md, filled by the list engine. */
export function ListType<T extends object>(name: string, Item: ClassType<T>) {
  @WithParent()
  @ObjectType(`${name}List`, { description: `One page of ${name} rows and how many match` })
  class List implements ListPage<T> {
    @Field(() => [Item], { description: 'The rows of this page' })
    items!: T[];

    @Field(() => Int, {
      description: `Rows matching the filter within your jurisdiction, before skip and take; exact up to ${COUNT_CAP.toLocaleString('en')}, past that ${COUNT_CAP.toLocaleString('en')} with totalItemsExact false. Counted only when selected`,
    })
    // A method, so that type-graphql calls the list engine's lazy count (copied onto the instance) only when selected.
    totalItems(): Promise<number> {
      return Promise.reject(new Error('totalItems is filled in by the list engine'));
    }

    @Field(() => Boolean, {
      description: `False when more than ${COUNT_CAP.toLocaleString('en')} rows match and totalItems is a floor (shown as “10,000+”)`,
    })
    totalItemsExact(): Promise<boolean> {
      return Promise.reject(new Error('totalItemsExact is filled in by the list engine'));
    }

    @Field(() => String, { nullable: true, description: 'Pass as `options.after` for the next page; null on the last page' })
    nextCursor!: string | null;
  }
  return List;
}

export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}
