import type { GqlResponse, TestApp } from './app.js';

/** The settings' version as `token` reads it (the bureau and offices may read the settings). */
export async function settingsVersion(app: TestApp, token: string): Promise<number> {
  const res = await app.gql<{ settings: { version: number } }>('{ settings { version } }', {}, token);
  if (!res.data?.settings) throw new Error(`reading the settings failed: ${JSON.stringify(res.errors)}`);
  return res.data.settings.version;
}

/**
 * `updateSettings` as a client does it: read the settings' version, then send it back with the change. `version`
 * overrides what is sent (a stale version, for the tests of CONFLICT).
 */
export async function updateSettings(
  app: TestApp,
  token: string,
  input: Record<string, unknown>,
  fields = 'adviserLoadCap',
  version?: number,
): Promise<GqlResponse> {
  const read = version ?? (await settingsVersion(app, token));
  return app.gql(`mutation($input: SettingsInput!) { updateSettings(input: $input) { ${fields} } }`, { input: { ...input, version: read } }, token);
}
