import { usePermissions } from 'react-admin';
import { canAccess } from './canAccess';
import type { Role } from './session';

/** Whether the signed-in tier may do an action, from the canAccess table (synchronous once the role is known). */
export function useCan(resource: string, action: string): boolean {
  const { permissions } = usePermissions<Role>();
  return canAccess(permissions, resource, action);
}

export function useRole(): Role | undefined {
  return usePermissions<Role>().permissions;
}
