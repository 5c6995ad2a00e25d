import { describe, expect, it } from '@jest/globals';
import { buildSchema } from 'graphql';
import { getSchema } from '../../schema.js';
import { undescribedSchemaElements } from './descriptions.js';

describe('schema descriptions', () => {
  it('every type, field, input field, argument and enum value of the API schema is described for GraphiQL', async () => {
    // On failure this lists each offending `Type`, `Type.field`, `Type.field(arg)` or `Enum.VALUE`.
    expect(undescribedSchemaElements(await getSchema())).toEqual([]);
  });

  it('the walker names each kind of element that lacks a description, and only those', () => {
    const schema = buildSchema(`
      type Query {
        "Described" described(
          "Described" ok: Int
          bare: Int
        ): Thing
        bareQuery: Int
      }
      type Mutation { bareMutation(input: ThingInput): Int }
      "Described" type Thing { "Described" ok: Int  bare: Color }
      input ThingInput { "Described" ok: Int  bare: Int }
      enum Color { "Described" RED  GREEN }
      scalar Bare
      "Described" scalar Fine
    `);
    expect(undescribedSchemaElements(schema)).toEqual([
      'Bare',
      'Color',
      'Color.GREEN',
      'Mutation.bareMutation',
      'Mutation.bareMutation(input)',
      'Query.bareQuery',
      'Query.described(bare)',
      'Thing.bare',
      'ThingInput',
      'ThingInput.bare',
    ]);
  });
});
