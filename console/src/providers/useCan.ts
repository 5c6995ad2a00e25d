import { useGetIdentity, usePermissions } from 'react-admin';
import { canAccess } from './canAccess';
import { isAboveCounty } from './cityTier';
import type { Role, SessionUser } from './session';

/** Whether the signed-in tier may do an action, from the canAccess table (synchronous once the role is known). */
export function useCan(resource: string, action: string): boolean {
  const { permissions } = usePermissions<Role>();
  return canAccess(permissions, resource, action);
}

export function useRole(): Role | undefined {
  return usePermissions<Role>().permissions;
}

/** Whether the signed-in bureau stands above the counties (a city's or province's): it receives filings, files none. */
export function useAboveCounty(): boolean {
  const role = useRole();
  const { identity } = useGetIdentity();
  const scope = (identity as Partial<Pick<SessionUser, 'scopeRegion'>> | undefined)?.scopeRegion;
  return isAboveCounty(role, scope?.level);
}
