import type { ResourceProps } from 'react-admin';
import type { Role } from '../providers/session';
import regions, { regionsLabelKey } from './regions';
import users from './users';

export type ResourceDefinition = Omit<ResourceProps, 'name'>;

/** Every console resource by its react-admin name (also its list query, e.g. `regions`). */
export const resources: Record<string, ResourceDefinition> = { regions, users };

/** The menu label (and list title) of a resource for a tier. */
export function resourceLabelKey(name: string, role: Role | undefined): string {
  if (name === 'regions') return regionsLabelKey(role);
  return `fq.menu.${name}`;
}
