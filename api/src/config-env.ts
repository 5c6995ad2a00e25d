import { readFileSync } from 'node:fs';

/** A setting that stops the server from starting; its message names the variable to fix. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Environment variables, or a stand-in for them in tests. */
export type EnvVars = Record<string, string | undefined>;

/** A variable's trimmed value; unset and blank are the same. */
export function readEnv(name: string, vars: EnvVars = process.env): string | undefined {
  const value = vars[name];
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

/**
 * A secret from NAME, or from the file that NAME_FILE names (Docker and Kubernetes secrets are mounted as files).
 * Setting both is refused: one of them would be silently ignored.
 */
export function readSecretEnv(name: string, vars: EnvVars = process.env): string | undefined {
  const direct = readEnv(name, vars);
  const file = readEnv(`${name}_FILE`, vars);
  if (direct !== undefined && file !== undefined) throw new ConfigError(`set ${name} or ${name}_FILE, not both`);
  if (file === undefined) return direct;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new ConfigError(`${name}_FILE names ${file}, which cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  const value = text.trim();
  if (value === '') throw new ConfigError(`${name}_FILE names ${file}, which is empty`);
  return value;
}
