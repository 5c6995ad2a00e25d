import type { Role } from '../../providers/session';

/** One list, three names: the county's villages, a township's, an adviser's paired ones. */
export function villagesLabelKey(role: Role | undefined): string {
  if (role === 'OFFICE_STAFF') return 'fq.menu.township_villages';
  if (role === 'ADVISER') return 'fq.menu.my_villages';
  return 'fq.menu.villages';
}
