import { raw } from '@mikro-orm/postgresql';
import { today } from '../../common/graphql/dates.js';
import { withPreloaded, type ListRead } from '../../common/graphql/list-engine.js';
import type { LegalAdviser } from './legal-adviser.entity.js';

/**
 * The roster read without entities (the list engine's `ListRead`): the adviser's columns, the number of villages they
 * serve today and their provider, in one statement. `overloaded` compares that number with the county's load cap
 * (the settings, read once per request). Any selection beyond these (their villages, pairings, history) reads entities.
 */
export const ADVISER_LIST_READ: ListRead<LegalAdviser> = {
  shape: {
    id: true,
    name: true,
    gender: true,
    phone: true,
    profession: true,
    licenceNo: true,
    serviceScope: true,
    status: true,
    demo: true,
    version: true,
    photoUrl: true,
    villageCount: true,
    overloaded: true,
    provider: { id: true, kind: true, name: true, phone: true, address: true, demo: true, version: true },
  },
  select: () => {
    const on = today();
    return [
      raw('e.county_id as row_county'),
      raw('e.photo_id as row_photo'),
      // Pairings in force today, as PairingService.currentByAdviser counts them (activeOn).
      raw(
        '(select count(*)::int from pairing p where p.adviser_id = e.id and p.valid_from <= ? and (p.valid_to is null or p.valid_to >= ?)) as village_count',
        [on, on],
      ),
      raw(
        `(select json_build_object('id', pr.id, 'kind', pr.kind, 'name', pr.name, 'phone', pr.phone, 'address', pr.address, 'demo', pr.demo,
          'version', pr.version) from provider pr where pr.id = e.provider_id) as provider_row`,
      ),
    ];
  },
  item: (row) => {
    const { row_county, row_photo, village_count, provider_row, ...columns } = row;
    const adviser = { ...columns, county: { id: row_county }, photo: row_photo ? { id: row_photo } : null } as unknown as LegalAdviser;
    return withPreloaded(adviser, { provider: provider_row, villageCount: village_count });
  },
};
