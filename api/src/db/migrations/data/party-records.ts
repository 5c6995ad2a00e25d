// Data steps of Migration20261201005006_party_records_and_revocation. Like the migration, frozen once landed.
import { randomUUID } from 'node:crypto';
import { maskName } from '../../../common/validation/mask.js';
import type { DataSecrets } from '../../migration-secrets.js';

export type Run = (sql: string, params?: unknown[]) => Promise<Record<string, unknown>[]>;

const at = (column: string, rowId: string) => ({ table: 'person', column, rowId });

/** Seals every plain address into `address_sealed`, bound to its row; the plain column is dropped afterwards. */
export async function sealAddresses(run: Run, secrets: () => DataSecrets): Promise<number> {
  const rows = await run(`select id, address from person where address is not null and address <> ''`);
  for (const r of rows) {
    const id = String(r.id);
    await run(`update person set address_sealed = ? where id = ?`, [secrets().cipher.seal(String(r.address), at('address_sealed', id)), id]);
  }
  return rows.length;
}

/**
 * Before this migration a registration reused any stored person whose ID number matched, so one person row could
 * stand in several cases and each case showed what the first one recorded. Each such person is split: the earliest
 * case keeps the row; every later case gets its own copy, in full only where the user who registered it was an
 * adviser of the earlier case (and could read that party anyway), otherwise only what the registrant must have typed
 * (the ID number) with the name masked. Each later case is listed in id_number_reuse for the bureau's review.
 */
export async function splitSharedPersons(run: Run, secrets: () => DataSecrets): Promise<number> {
  const rows = await run(`
    select cp.id as party_id, cp.case_id, cp.person_id, c.created_by_id
      from case_party cp join mediation_case c on c.id = cp.case_id
     where cp.person_id in (select person_id from case_party group by person_id having count(*) > 1)
     order by cp.person_id, c.created_at, c.id`);
  let split = 0;
  let first: Record<string, unknown> | undefined;
  for (const row of rows) {
    if (!first || first.person_id !== row.person_id) {
      first = row;
      continue;
    }
    const personId = String(row.person_id);
    const [person] = await run(`select * from person where id = ?`, [personId]);
    const [entitled] = await run(
      `select 1 from app_user u join case_adviser ca on ca.adviser_id = u.adviser_id where u.id = ? and ca.case_id = ?`,
      [row.created_by_id ?? null, first.case_id],
    );
    const copyId = randomUUID();
    const reseal = (column: string, value: unknown) =>
      typeof value === 'string' ? secrets().cipher.seal(secrets().cipher.open(value, at(column, personId)), at(column, copyId)) : null;
    await run(
      `insert into person (id, name, phone, id_number_sealed, id_number_hash, id_number_masked, address_sealed, demo, created_at)
       values (?, ?, ?, ?, ?, ?, ?, ?, now())`,
      [copyId, entitled ? person!.name : maskName(String(person!.name)), entitled ? (person!.phone ?? null) : null,
        reseal('id_number_sealed', person!.id_number_sealed), person!.id_number_hash ?? null, person!.id_number_masked ?? null,
        entitled ? reseal('address_sealed', person!.address_sealed) : null, person!.demo],
    );
    await run(`update case_party set person_id = ? where id = ?`, [copyId, row.party_id]);
    await run(`insert into id_number_reuse (id, case_id, earlier_case_id) values (?, ?, ?) on conflict do nothing`, [randomUUID(), row.case_id, first.case_id]);
    split += 1;
  }
  return split;
}
