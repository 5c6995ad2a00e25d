import type { Role } from './session';

export type Action = 'list' | 'show' | 'create' | 'edit' | 'delete' | 'export' | 'access';

/*
 * What each tier may open in the console: the menu, the registered resources and the buttons all follow this one
 * table. Hiding is courtesy; the API is the guard (it scopes and refuses on its own).
 */
const READ: readonly Action[] = ['list', 'show'];
const RULES: Record<Role, Record<string, readonly Action[]>> = {
  BUREAU_ADMIN: { dashboard: ['access'], regions: READ, users: READ, graphiql: ['access'] },
  OFFICE_STAFF: { dashboard: ['access'], regions: READ },
  ADVISER: { dashboard: ['access'], regions: READ },
  PARTY: { dashboard: ['access'] },
  ANALYST: { dashboard: ['access'], regions: READ, graphiql: ['access'] },
};

export function canAccess(role: Role | null | undefined, resource: string, action: string): boolean {
  if (!role || !(role in RULES)) return false;
  // react-admin asks about fields as `regions.name`; a field follows its resource.
  const base = resource.split('.')[0]!;
  return (RULES[role][base] as readonly string[] | undefined)?.includes(action) ?? false;
}

/** The resources a role sees, in menu order. */
export const RESOURCE_ORDER = ['regions', 'users'] as const;
export function resourcesFor(role: Role | null | undefined): string[] {
  return RESOURCE_ORDER.filter((r) => canAccess(role, r, 'list'));
}
