import type { Role } from '../../providers/session';

/** Same list, three names: the county's regions, a township's villages, an adviser's paired villages. */
export function regionsLabelKey(role: Role | undefined): string {
  if (role === 'OFFICE_STAFF') return 'fq.menu.township_villages';
  if (role === 'ADVISER') return 'fq.menu.my_villages';
  return 'fq.menu.regions';
}
