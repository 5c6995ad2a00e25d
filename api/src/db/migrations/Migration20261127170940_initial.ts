import { Migration } from '@mikro-orm/migrations';

export class Migration20261127170940_initial extends Migration {

  override name = 'Migration20261127170940_initial';

  override up(): void | Promise<void> {
    this.addSql(`create table "person" ("id" uuid not null, "name" varchar(50) not null, "phone" varchar(20) null, "demo" boolean not null default false, "created_at" timestamptz not null default now(), primary key ("id"));`);

    this.addSql(`create table "region" ("id" uuid not null, "parent_id" uuid null, "level" text not null, "name" varchar(100) not null, "code" varchar(20) not null, "path" varchar(400) not null, "terrain" text null, "kind" text null, "demo" boolean not null default false, "created_at" timestamptz not null default now(), primary key ("id"));`);
    this.addSql(`create index "region_parent_id_index" on "region" ("parent_id");`);
    this.addSql(`alter table "region" add constraint "region_code_unique" unique ("code");`);
    this.addSql(`alter table "region" add constraint "region_path_unique" unique ("path");`);
    this.addSql(`create index "region_path_prefix_idx" on "region" ("path" text_pattern_ops);`);

    this.addSql(`create table "legal_adviser" ("id" uuid not null, "county_id" uuid not null, "name" varchar(50) not null, "gender" text not null, "phone" varchar(20) not null, "profession" text not null, "licence_no" varchar(40) not null, "status" text not null default 'ACTIVE', "demo" boolean not null default false, "created_at" timestamptz not null default now(), primary key ("id"));`);
    this.addSql(`create index "legal_adviser_county_id_index" on "legal_adviser" ("county_id");`);
    this.addSql(`alter table "legal_adviser" add constraint "legal_adviser_licence_no_unique" unique ("licence_no");`);

    this.addSql(`create table "app_user" ("id" uuid not null, "username" varchar(64) not null, "password_hash" varchar(200) not null, "role" text not null, "display_name" varchar(100) not null, "scope_region_id" uuid null, "adviser_id" uuid null, "person_id" uuid null, "disabled_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), primary key ("id"));`);
    this.addSql(`alter table "app_user" add constraint "app_user_username_unique" unique ("username");`);
    this.addSql(`create index "app_user_scope_region_id_index" on "app_user" ("scope_region_id");`);
    this.addSql(`alter table "app_user" add constraint "app_user_adviser_id_unique" unique ("adviser_id");`);
    this.addSql(`alter table "app_user" add constraint "app_user_person_id_unique" unique ("person_id");`);

    this.addSql(`alter table "region" add constraint "region_parent_id_foreign" foreign key ("parent_id") references "region" ("id") on delete restrict;`);
    this.addSql(`alter table "region" add constraint "region_root_is_city" check (("level" = 'CITY') = ("parent_id" is null));`);
    this.addSql(`alter table "region" add constraint "region_kind_only_villages" check (("level" = 'VILLAGE') = ("kind" is not null));`);
    this.addSql(`alter table "region" add constraint "region_terrain_only_townships" check (("level" = 'TOWNSHIP') = ("terrain" is not null));`);
    this.addSql(`alter table "region" add constraint "region_level_check" check ("level" in ('CITY', 'COUNTY', 'TOWNSHIP', 'VILLAGE'));`);
    this.addSql(`alter table "region" add constraint "region_terrain_check" check ("terrain" in ('MOUNTAIN', 'PLAIN'));`);
    this.addSql(`alter table "region" add constraint "region_kind_check" check ("kind" in ('VILLAGE', 'COMMUNITY'));`);

    this.addSql(`alter table "legal_adviser" add constraint "legal_adviser_county_id_foreign" foreign key ("county_id") references "region" ("id") on delete restrict;`);
    this.addSql(`alter table "legal_adviser" add constraint "legal_adviser_gender_check" check ("gender" in ('MALE', 'FEMALE'));`);
    this.addSql(`alter table "legal_adviser" add constraint "legal_adviser_profession_check" check ("profession" in ('LAWYER', 'GRASSROOTS_LEGAL_WORKER', 'LEGAL_AID', 'NOTARY', 'OTHER'));`);
    this.addSql(`alter table "legal_adviser" add constraint "legal_adviser_status_check" check ("status" in ('ACTIVE', 'SUSPENDED', 'REMOVED'));`);

    this.addSql(`alter table "app_user" add constraint "app_user_scope_region_id_foreign" foreign key ("scope_region_id") references "region" ("id") on delete restrict;`);
    this.addSql(`alter table "app_user" add constraint "app_user_adviser_id_foreign" foreign key ("adviser_id") references "legal_adviser" ("id") on delete restrict;`);
    this.addSql(`alter table "app_user" add constraint "app_user_person_id_foreign" foreign key ("person_id") references "person" ("id") on delete restrict;`);
    this.addSql(`alter table "app_user" add constraint "app_user_scope_matches_role" check (("role" in ('BUREAU_ADMIN', 'OFFICE_STAFF', 'ANALYST')) = ("scope_region_id" is not null)
    and ("role" = 'ADVISER') = ("adviser_id" is not null)
    and ("role" = 'PARTY') = ("person_id" is not null));`);
    this.addSql(`alter table "app_user" add constraint "app_user_role_check" check ("role" in ('BUREAU_ADMIN', 'OFFICE_STAFF', 'ADVISER', 'PARTY', 'ANALYST'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "app_user" drop constraint "app_user_person_id_foreign";`);
    this.addSql(`alter table "region" drop constraint "region_parent_id_foreign";`);
    this.addSql(`alter table "legal_adviser" drop constraint "legal_adviser_county_id_foreign";`);
    this.addSql(`alter table "app_user" drop constraint "app_user_scope_region_id_foreign";`);
    this.addSql(`alter table "app_user" drop constraint "app_user_adviser_id_foreign";`);

    this.addSql(`drop table if exists "person" cascade;`);
    this.addSql(`drop table if exists "region" cascade;`);
    this.addSql(`drop table if exists "legal_adviser" cascade;`);
    this.addSql(`drop table if exists "app_user" cascade;`);
  }

}
