import type { Role } from './role.js';

/** The signed-in user as the API sees them for one request. */
export interface Viewer {
  id: string;
  username: string;
  role: Role;
  displayName: string;
  /** BUREAU_ADMIN, ANALYST: a county or city; OFFICE_STAFF: a township. */
  scopeRegionId: string | null;
  /** Materialised path of the scope region, for prefix filters. */
  scopePath: string | null;
  /** Level of the scope region (PROVINCE, CITY, COUNTY, TOWNSHIP): which column the jurisdiction helper filters on. */
  scopeLevel: string | null;
  adviserId: string | null;
  /** PARTY: the account's verified phone; their cases are those that record it for a party. */
  partyPhone: string | null;
  /** Signed in with a one-time password: nothing but `me` and `changePassword` until they choose their own. */
  mustChangePassword: boolean;
}
