import { Migration } from '@mikro-orm/migrations';

export class Migration20261201222013_regions_from_official_codes extends Migration {

  override name = 'Migration20261201222013_regions_from_official_codes';

  override up(): void | Promise<void> {
    this.addSql(`create table "region_change" ("id" uuid not null, "region_id" uuid not null, "kind" text not null, "old_value" text null, "new_value" text null, "effective_on" date not null, "actor_id" uuid null, "at" timestamptz not null default now(), primary key ("id"));`);
    this.addSql(`create index "region_change_region_idx" on "region_change" ("region_id", "effective_on");`);

    this.addSql(`alter table "region" add "township_kind" text null, add "urban_rural_code" varchar(3) null, add "retired_on" date null, add "merged_into_id" uuid null, add "version" int not null default 1;`);
    this.addSql(`alter table "region" add constraint "region_merged_into_id_foreign" foreign key ("merged_into_id") references "region" ("id") on delete restrict;`);
    this.addSql(`alter table "region" add constraint "region_merged_only_when_retired" check ("merged_into_id" is null or "retired_on" is not null);`);
    this.addSql(`alter table "region" add constraint "region_retired_only_villages" check ("retired_on" is null or "level" = 'VILLAGE');`);
    this.addSql(`alter table "region" add constraint "region_township_kind_only_townships" check ("township_kind" is null or "level" = 'TOWNSHIP');`);
    this.addSql(`alter table "region" add constraint "region_urban_rural_code" check ("urban_rural_code" is null or "urban_rural_code" in ('111', '112', '121', '122', '123', '210', '220'));`);
    this.addSql(`alter table "region" add constraint "region_township_kind_check" check ("township_kind" in ('TOWN', 'TOWNSHIP', 'SUBDISTRICT'));`);

    this.addSql(`alter table "region_change" add constraint "region_change_region_id_foreign" foreign key ("region_id") references "region" ("id") on delete restrict;`);
    this.addSql(`alter table "region_change" add constraint "region_change_actor_id_foreign" foreign key ("actor_id") references "app_user" ("id") on delete restrict;`);
    this.addSql(`alter table "region_change" add constraint "region_change_kind_check" check ("kind" in ('CREATED', 'RENAMED', 'MOVED', 'RETIRED'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "region_change" cascade;`);

    this.addSql(`alter table "region" drop constraint "region_merged_into_id_foreign";`);

    this.addSql(`alter table "region" drop constraint "region_merged_only_when_retired";`);
    this.addSql(`alter table "region" drop constraint "region_retired_only_villages";`);
    this.addSql(`alter table "region" drop constraint "region_township_kind_only_townships";`);
    this.addSql(`alter table "region" drop constraint "region_urban_rural_code";`);
    this.addSql(`alter table "region" drop constraint "region_township_kind_check";`);
    this.addSql(`alter table "region" drop column "township_kind", drop column "urban_rural_code", drop column "retired_on", drop column "merged_into_id", drop column "version";`);
  }

}
