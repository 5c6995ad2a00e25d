// Writes the sorted SDL to schema/schema.graphql: the artefact that the console and front-end teams build from.
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../config.js';
import { printSortedSchema } from '../schema-sdl.js';
import { getSchema } from '../schema.js';

const file = join(REPO_ROOT, 'schema', 'schema.graphql');
writeFileSync(file, printSortedSchema(await getSchema()));
console.log(`Wrote ${file}`);
