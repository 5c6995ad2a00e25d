import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../src/config.js';
import { printSortedSchema } from '../src/schema-sdl.js';
import { getSchema } from '../src/schema.js';

describe('schema/schema.graphql', () => {
  it('is the SDL the API emits today (run `npm run schema` and commit it when this fails)', async () => {
    const committed = readFileSync(join(REPO_ROOT, 'schema', 'schema.graphql'), 'utf8');
    expect(committed).toBe(printSortedSchema(await getSchema()));
  });
});
