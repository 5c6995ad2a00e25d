import { Migration } from '@mikro-orm/migrations';
import { migrationSecrets } from '../migration-secrets.js';
import { sealAddresses, splitSharedPersons } from './data/party-records.js';

/**
 * Parties are kept per case (a person row is never shared between cases), their addresses sealed, ID numbers masked
 * to region and check character; party accounts reach cases through a verified phone; tokens can be revoked; case
 * assignments can end, with case events recording reassignments. Data steps run between the schema steps, in order,
 * inside the migration's transaction.
 */
export class Migration20261201005006_party_records_and_revocation extends Migration {

  override name = 'Migration20261201005006_party_records_and_revocation';

  override async up(): Promise<void> {
    const run = (sql: string, params?: unknown[]) => this.execute(sql, params) as Promise<Record<string, unknown>[]>;
    const secrets = () => migrationSecrets(this.config);

    await run(`create table "id_number_reuse" ("id" uuid not null, "case_id" uuid not null, "earlier_case_id" uuid not null, "found_at" timestamptz not null default now(), primary key ("id"));`);
    await run(`create index "id_number_reuse_case_id_index" on "id_number_reuse" ("case_id");`);
    await run(`alter table "id_number_reuse" add constraint "id_number_reuse_case_earlier_unique" unique ("case_id", "earlier_case_id");`);
    await run(`alter table "id_number_reuse" add constraint "id_number_reuse_case_id_foreign" foreign key ("case_id") references "mediation_case" ("id") on delete cascade;`);
    await run(`alter table "id_number_reuse" add constraint "id_number_reuse_earlier_case_id_foreign" foreign key ("earlier_case_id") references "mediation_case" ("id") on delete cascade;`);

    await run(`create table "case_event" ("id" uuid not null, "case_id" uuid not null, "kind" text not null, "at" timestamptz not null default now(), "actor_id" uuid not null, "reason" varchar(500) not null, "ended_advisers" jsonb not null, "added_adviser" jsonb null, primary key ("id"));`);
    await run(`create index "case_event_case_at_idx" on "case_event" ("case_id", "at");`);
    await run(`alter table "case_event" add constraint "case_event_case_id_foreign" foreign key ("case_id") references "mediation_case" ("id") on delete cascade;`);
    await run(`alter table "case_event" add constraint "case_event_actor_id_foreign" foreign key ("actor_id") references "app_user" ("id") on delete restrict;`);
    await run(`alter table "case_event" add constraint "case_event_kind_check" check ("kind" in ('ADVISER_REASSIGNED'));`);

    await run(`alter table "case_adviser" add "ended_at" timestamptz null;`);

    // A party account's verified phone is, to begin with, the phone of the person it was created from.
    await run(`alter table "app_user" drop constraint "app_user_scope_matches_role";`);
    await run(`alter table "app_user" add "verified_phone" varchar(20) null, add "token_version" int not null default 0;`);
    await run(`update "app_user" u set "verified_phone" = p."phone" from "person" p where p."id" = u."person_id" and u."role" = 'PARTY'`);
    await run(`alter table "app_user" add constraint "app_user_verified_phone_unique" unique ("verified_phone");`);
    await run(`alter table "app_user" add constraint "app_user_scope_matches_role" check (("role" in ('BUREAU_ADMIN', 'OFFICE_STAFF', 'ANALYST')) = ("scope_region_id" is not null)
    and ("role" = 'ADVISER') = ("adviser_id" is not null)
    and ("role" = 'PARTY') = ("verified_phone" is not null)
    and ("person_id" is null or "role" = 'PARTY'));`);

    // 141122********1234 showed birth date's neighbours and the sequence: keep the region and the check character.
    await run(`update "person" set "id_number_masked" = left("id_number_masked", 6) || repeat('*', length("id_number_masked") - 7) || right("id_number_masked", 1) where "id_number_masked" is not null`);

    await run(`create index "person_phone_idx" on "person" ("phone");`);
    await run(`alter table "person" add "address_sealed" text null;`);
    await sealAddresses(run, secrets);
    await splitSharedPersons(run, secrets);
    await run(`alter table "person" drop column "address";`);
  }

  override down(): void | Promise<void> {
    throw new Error('Irreversible: addresses are sealed and shared persons were split; restore a backup instead');
  }

}
