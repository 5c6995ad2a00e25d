import { resolve } from 'node:path';
import { describeInternal } from '../common/errors/format-error.js';

/** A path the operator typed, from where they typed it (npm runs scripts from the package's folder). */
export function fromOperator(path: string): string {
  return resolve(process.env.INIT_CWD ?? process.cwd(), path);
}

export const say = (message: string) => void process.stderr.write(`${message}\n`);

/**
 * Ends a backup or restore command that failed. Its own errors say what to do; a database error's text can quote
 * rows, so those are told by their code only.
 */
export function fail(error: unknown): never {
  const e = error as { name?: unknown; code?: unknown; message?: unknown };
  const fromDatabase = /^[0-9A-Z]{5}$/.test(String(e?.code)) || String(e?.name).endsWith('Exception');
  if (fromDatabase) say(`failed: ${JSON.stringify(describeInternal(error))}`);
  else say(`failed: ${String(e?.message ?? error).slice(0, 1000)}`);
  process.exit(1);
}
