import type { CompleteSetupInput } from '../generated/graphql';
import type { CompleteSetupMutation, SetupStatusQuery } from '../generated/operations';
import { anonymousMutation, saveSession } from '../providers/session';

const SETUP_STATUS = /* GraphQL */ `query setupStatus { setupStatus { needed } }`;

const COMPLETE_SETUP = /* GraphQL */ `mutation completeSetup($input: CompleteSetupInput!) {
  completeSetup(input: $input) {
    token
    user { id username role displayName scopeRegion { id name level } }
  }
}`;

type Fetch = typeof fetch;
const defaultFetch: Fetch = (...args) => fetch(...args);

/** Whether the installation awaits its first run (asked before sign-in; anyone may ask). */
export async function setupNeeded(fetchImpl: Fetch = defaultFetch): Promise<boolean> {
  const status = await anonymousMutation<SetupStatusQuery['setupStatus']>('setupStatus', SETUP_STATUS, {}, fetchImpl);
  return status.needed;
}

/** Sets the installation up and signs its first administrator in. */
export async function completeSetup(input: CompleteSetupInput, fetchImpl: Fetch = defaultFetch): Promise<void> {
  const result = await anonymousMutation<CompleteSetupMutation['completeSetup']>('completeSetup', COMPLETE_SETUP, { input }, fetchImpl);
  saveSession(result.token, result.user);
}

/** The level a root code names, as the server reads it: a county needs its city's name too. */
export function rootLevelOf(code: string): 'PROVINCE' | 'CITY' | 'COUNTY' | null {
  if (!/^[0-9]{12}$/.test(code) || code.startsWith('00')) return null;
  if (/^[0-9]{2}0{10}$/.test(code)) return 'PROVINCE';
  if (/^[0-9]{4}0{8}$/.test(code)) return 'CITY';
  if (/^[0-9]{6}0{6}$/.test(code)) return 'COUNTY';
  return null;
}
