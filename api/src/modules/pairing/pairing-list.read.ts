import { raw } from '@mikro-orm/postgresql';
import { withPreloaded, type ListRead } from '../../common/graphql/list-engine.js';
import type { Pairing } from './pairing.entity.js';

/**
 * The pairing list read without entities (the list engine's `ListRead`): the pairing's columns with its adviser and
 * its village's name in the page's statement. `village` still loads only a village the viewer may open.
 */
export const PAIRING_LIST_READ: ListRead<Pairing> = {
  shape: {
    id: true,
    validFrom: true,
    validTo: true,
    deputyDirector: true,
    createdAt: true,
    active: true,
    villageId: true,
    villageName: true,
    village: true,
    adviser: { id: true, name: true, phone: true, status: true },
  },
  select: () => [
    raw('e.village_id as row_village'),
    raw(
      `(select json_build_object('id', a.id, 'name', a.name, 'phone', a.phone, 'status', a.status) from legal_adviser a where a.id = e.adviser_id) as adviser_row`,
    ),
    raw('(select v.name from region v where v.id = e.village_id) as village_name'),
  ],
  item: (row) => {
    const { row_village, adviser_row, village_name, ...columns } = row;
    const adviser = adviser_row as { id: string };
    const pairing = { ...columns, adviser: { id: adviser.id }, village: { id: row_village } } as unknown as Pairing;
    return withPreloaded(pairing, { adviser, villageName: village_name });
  },
};
