// Writes the sorted SDL to schema/: schema.graphql, the client-facing artefact that the console and front-end teams
// build from (what /graphql serves, `_service` and `_entities` included), and subgraph.graphql, the Federation 2
// subgraph SDL (with `@key`s and the federation link) that a supergraph is composed from.
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../config.js';
import { printSortedSchema, SDL_HEADER } from '../schema-sdl.js';
import { getSchema, getSubgraphSdl } from '../schema.js';

const file = join(REPO_ROOT, 'schema', 'schema.graphql');
writeFileSync(file, printSortedSchema(await getSchema()));
console.log(`Wrote ${file}`);
const subgraph = join(REPO_ROOT, 'schema', 'subgraph.graphql');
writeFileSync(subgraph, `${SDL_HEADER}${await getSubgraphSdl()}`);
console.log(`Wrote ${subgraph}`);
