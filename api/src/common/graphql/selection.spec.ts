import { describe, expect, it } from '@jest/globals';
import { type FieldNode, type FragmentDefinitionNode, Kind, parse, type OperationDefinitionNode } from 'graphql';
import { selectsAny, selectsOnly, type Shape } from './selection.js';

/** The info a resolver of the operation's first root field gets. */
function infoOf(query: string) {
  const doc = parse(query);
  const op = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(
    doc.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  return { fieldNodes: [op.selectionSet.selections[0] as FieldNode], fragments };
}

const SHAPE: Shape = { count: true, quarters: true, village: { id: true, name: true, township: { id: true, name: true } } };

describe('selectsOnly', () => {
  it('accepts a selection within the shape, through fragments and inline fragments', () => {
    expect(selectsOnly(infoOf('{ rows { count quarters { q n } village { id name township { name } } } }'), SHAPE)).toBe(true);
    expect(selectsOnly(infoOf('{ rows { ...R } } fragment R on Row { __typename village { ... on Village { id } } }'), SHAPE)).toBe(true);
  });

  it('refuses any field the shape does not name, at any depth', () => {
    expect(selectsOnly(infoOf('{ rows { village { id committee { id } } } }'), SHAPE)).toBe(false);
    expect(selectsOnly(infoOf('{ rows { village { township { id parent { id } } } } }'), SHAPE)).toBe(false);
    expect(selectsOnly(infoOf('{ rows { ...R } } fragment R on Row { village { pairings { id } } }'), SHAPE)).toBe(false);
    expect(selectsOnly(infoOf('{ rows { other } }'), SHAPE)).toBe(false);
  });
});

describe('selectsAny', () => {
  it('finds a field directly beneath, also through fragments and inline fragments', () => {
    expect(selectsAny(infoOf('{ list { items { id } totalItems } }'), ['totalItems', 'totalItemsExact'])).toBe(true);
    expect(selectsAny(infoOf('{ list { ... on L { totalItemsExact } } }'), ['totalItems', 'totalItemsExact'])).toBe(true);
    expect(selectsAny(infoOf('{ list { ...F } } fragment F on L { totalItems }'), ['totalItems'])).toBe(true);
  });

  it('does not look deeper than the field’s own selection', () => {
    expect(selectsAny(infoOf('{ list { items { id } nextCursor } }'), ['totalItems'])).toBe(false);
    expect(selectsAny(infoOf('{ list { items { totalItems } } }'), ['totalItems'])).toBe(false);
  });
});
