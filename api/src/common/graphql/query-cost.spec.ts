import { describe, expect, it } from '@jest/globals';
import { buildSchema, parse } from 'graphql';
import { QUERY_COST, queryCost } from './query-cost.js';
import { CostBudget } from './cost-budget.js';

const schema = buildSchema(`
  type Query { cases(options: Options): CaseList! case(id: ID!): Case _entities(representations: [_Any!]!): [_Entity]! }
  scalar _Any
  union _Entity = Case
  input Options { take: Int skip: Int }
  type CaseList { items: [Case!]! totalItems: Int! }
  type Case { id: ID! status: [String!] parties: [Party!]! village: Village neighbours(limit: Int = 50): [Village!]! }
  type Party { id: ID! name: String! }
  type Village { id: ID! name: String! }
`);
const price = (query: string, variables?: Record<string, unknown>) => queryCost(schema, parse(query), variables);

describe('queryCost', () => {
  it('multiplies a list query’s selection by its take, and does not count its items again', () => {
    // cases: 1 + take × (items: 1 + (id 1 + village: 1 + id 1) + totalItems 1)
    expect(price('{ cases(options: { take: 10 }) { items { id village { id } } totalItems } }')).toBe(1 + 10 * (1 + (1 + 2) + 1));
  });

  it('reads take from variables, counts the default 25 without it, and at most 100', () => {
    const q = 'query($o: Options) { cases(options: $o) { items { id } } }';
    expect(price(q, { o: { take: 4 } })).toBe(1 + 4 * 2);
    expect(price(q)).toBe(1 + QUERY_COST.defaultTake * 2);
    expect(price(q, { o: { take: 5000 } })).toBe(1 + QUERY_COST.maxTake * 2);
  });

  it('reckons a list field without take at the unpaged size, and a list of scalars as one field', () => {
    expect(price('{ case(id: "x") { parties { id name } status } }')).toBe(1 + (1 + QUERY_COST.unpagedListRows * 2) + 1);
  });

  it('reckons a list field with a limit at that limit, or at its default', () => {
    expect(price('{ case(id: "x") { neighbours(limit: 7) { id name } } }')).toBe(1 + (1 + 7 * 2));
    expect(price('{ case(id: "x") { neighbours { id } } }')).toBe(1 + (1 + 50 * 1));
    expect(price('query($n: Int) { case(id: "x") { neighbours(limit: $n) { id } } }', { n: 0 })).toBe(1 + 1);
  });

  it('prices federation’s _entities at one row per representation, each at least 1, however it is sent', () => {
    const reps = Array.from({ length: 40 }, (_, i) => ({ __typename: 'Case', id: String(i) }));
    const q = 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Case { id parties { name } } } }';
    expect(price(q, { r: reps })).toBe(1 + 40 * (1 + (1 + (1 + QUERY_COST.unpagedListRows * 1))));
    // Asking for nothing but __typename still counts every lookup.
    expect(price('query($r: [_Any!]!) { _entities(representations: $r) { __typename } }', { r: reps })).toBe(1 + 40);
    expect(price('{ _entities(representations: [{ __typename: "Case", id: "1" }, { __typename: "Case", id: "2" }]) { __typename } }')).toBe(1 + 2);
    // A batch big enough is over the limit like any other request.
    const many = Array.from({ length: QUERY_COST.max }, (_, i) => ({ __typename: 'Case', id: String(i) }));
    expect(price('query($r: [_Any!]!) { _entities(representations: $r) { __typename } }', { r: many })).toBeGreaterThan(QUERY_COST.max);
  });

  it('adds up aliases and fragments, and leaves introspection and __typename out', () => {
    expect(price('{ a: case(id: "x") { ...F } b: case(id: "y") { ... on Case { id } } } fragment F on Case { id __typename }')).toBe(2 * (1 + 1));
    expect(price('{ __schema { types { name fields { name } } } }')).toBe(0);
  });

  it('prices a fragment once however often it is spread, so nesting cannot blow up', () => {
    const spreads = Array.from({ length: 10 }, (_, i) => `fragment F${i} on Case { id ${i < 9 ? `...F${i + 1} ...F${i + 1}` : ''} }`).join(' ');
    expect(price(`{ case(id: "x") { ...F0 } } ${spreads}`)).toBe(1 + 1023);
  });

  it('throws on variables that do not fit, as execution would', () => {
    expect(() => price('query($o: Options!) { cases(options: $o) { totalItems } }', {})).toThrow(/\$o/);
  });
});

describe('CostBudget', () => {
  it('lets a key spend its minute at once, then refills at that rate', () => {
    let now = 0;
    const budget = new CostBudget(6_000, () => now);
    expect(budget.take('u', 5_000)).toBe(0);
    expect(budget.take('u', 2_000)).toBe(10); // 1,000 left; 1,000 more take 10 s at 100 a second
    expect(budget.take('other', 6_000)).toBe(0);
    now += 10_000;
    expect(budget.take('u', 2_000)).toBe(0);
    expect(budget.take('u', 1)).toBe(1);
  });

  it('is off when the budget is infinite', () => {
    expect(new CostBudget(Infinity).take('u', 1e9)).toBe(0);
  });
});
