import { raw } from '@mikro-orm/postgresql';
import { today } from '../../common/graphql/dates.js';
import { withPreloaded, type ListRead } from '../../common/graphql/list-engine.js';
import type { Region } from '../region/region.entity.js';

/**
 * The village list read without entities (the list engine's `ListRead`): the village's columns, its township, its
 * committee, the pairing in force today and that pairing's adviser, in the page's statement. The field rules still
 * apply (the committee and the pairing only for staff). Any other selection (the members, the pairing history, the
 * pairing's own relations) reads entities.
 */
export const VILLAGE_LIST_READ: ListRead<Region> = {
  shape: {
    id: true,
    name: true,
    code: true,
    kind: true,
    demo: true,
    township: { id: true, name: true, code: true, level: true, terrain: true },
    committee: { id: true, name: true, fixedOffice: true, mediationRoom: true, noticeBoardPosted: true, version: true },
    currentPairing: { id: true, validFrom: true, validTo: true, deputyDirector: true, createdAt: true },
    currentAdviser: { id: true, name: true, phone: true, status: true },
  },
  select: () => {
    const on = today();
    // The pairing in force today, as PairingService.currentByVillage finds it (activeOn); at most one per village.
    const current = `from pairing p where p.village_id = e.id and p.valid_from <= ? and (p.valid_to is null or p.valid_to >= ?)`;
    return [
      raw(
        `(select json_build_object('id', t.id, 'name', t.name, 'code', t.code, 'level', t.level, 'terrain', t.terrain) from region t where t.id = e.parent_id) as township_row`,
      ),
      raw(
        `(select json_build_object('id', c.id, 'name', c.name, 'fixedOffice', c.fixed_office, 'mediationRoom', c.mediation_room,
          'noticeBoardPosted', c.notice_board_posted, 'version', c.version) from mediation_committee c where c.village_id = e.id) as committee_row`,
      ),
      raw(
        `(select json_build_object('id', p.id, 'validFrom', p.valid_from, 'validTo', p.valid_to, 'deputyDirector', p.deputy_director,
          'createdAt', p.created_at) ${current} limit 1) as pairing_row`,
        [on, on],
      ),
      raw(
        `(select json_build_object('id', a.id, 'name', a.name, 'phone', a.phone, 'status', a.status)
          from legal_adviser a where a.id = (select p.adviser_id ${current} limit 1)) as adviser_row`,
        [on, on],
      ),
    ];
  },
  item: (row) => {
    const { township_row, committee_row, pairing_row, adviser_row, ...columns } = row;
    const pairing = pairing_row as { createdAt: string } | null;
    const township = township_row as { id: string };
    return withPreloaded({ ...columns, parent: { id: township.id } } as unknown as Region, {
      township,
      committee: committee_row,
      currentPairing: pairing ? { ...pairing, createdAt: new Date(pairing.createdAt) } : null,
      currentAdviser: adviser_row,
    });
  },
};
