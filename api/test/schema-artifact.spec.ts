import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../src/config.js';
import { printSortedSchema, SDL_HEADER } from '../src/schema-sdl.js';
import { getSchema, getSubgraphSdl } from '../src/schema.js';

describe('schema/', () => {
  it('schema.graphql is the SDL the API emits today (run `npm run schema` and commit it when this fails)', async () => {
    const committed = readFileSync(join(REPO_ROOT, 'schema', 'schema.graphql'), 'utf8');
    expect(committed).toBe(printSortedSchema(await getSchema()));
  });

  it('subgraph.graphql is the Federation subgraph SDL the API serves as `_service { sdl }` (run `npm run schema` when this fails)', async () => {
    const committed = readFileSync(join(REPO_ROOT, 'schema', 'subgraph.graphql'), 'utf8');
    expect(committed).toBe(`${SDL_HEADER}${await getSubgraphSdl()}`);
  });
});
