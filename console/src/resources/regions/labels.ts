import type { Role } from '../../providers/session';

/** The region tree reads the same for every tier that has it (villages have their own, tier-named list). */
export function regionsLabelKey(_role?: Role | undefined): string {
  return 'fq.menu.regions';
}
