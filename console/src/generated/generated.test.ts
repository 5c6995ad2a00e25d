import { generate } from '@graphql-codegen/cli';
import type { Types } from '@graphql-codegen/plugin-helpers';
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../../codegen';

const consoleDir = resolve(import.meta.dirname, '../..');

describe('generated types', () => {
  it('are what codegen makes of the committed SDL and the console’s documents (npm run codegen -w @fengqiao/console)', async () => {
    const outputs: Types.FileOutput[] = await generate({ ...config, cwd: consoleDir }, false);
    const files = outputs.map((o) => relative(consoleDir, resolve(consoleDir, o.filename)));
    expect(files.sort()).toEqual(Object.keys(config.generates).sort());
    for (const output of outputs) {
      const committed = readFileSync(resolve(consoleDir, output.filename), 'utf8');
      expect(committed, `${output.filename} is out of date: run npm run codegen -w @fengqiao/console`).toBe(output.content);
    }
  }, 60_000);
});
