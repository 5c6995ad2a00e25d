import type { ResourceProps } from 'react-admin';
import type { Role } from '../providers/session';
import legalAdvisers from './legalAdvisers';
import mediationCases from './mediationCases';
import pairings from './pairings';
import providers from './providers';
import regions from './regions';
import rosterFilings from './rosterFilings';
import users from './users';
import villages, { villagesLabelKey } from './villages';

export type ResourceDefinition = Omit<ResourceProps, 'name'>;

/** Every console resource by its react-admin name (also its list query, e.g. `legalAdvisers`). */
export const resources: Record<string, ResourceDefinition> = {
  mediationCases,
  villages,
  legalAdvisers,
  pairings,
  providers,
  rosterFilings,
  regions,
  users,
};

/** The menu label (and list title) of a resource or page for a tier. */
export function resourceLabelKey(name: string, role: Role | undefined): string {
  if (name === 'villages') return villagesLabelKey(role);
  if (name === 'legalAdvisers' && role === 'ADVISER') return 'fq.menu.my_record';
  if (name === 'mediationCases' && role === 'PARTY') return 'fq.menu.my_cases';
  return `fq.menu.${name}`;
}
