import { Migration } from '@mikro-orm/migrations';

export class Migration20261127172128_roster_and_pairings extends Migration {

  override name = 'Migration20261127172128_roster_and_pairings';

  override up(): void | Promise<void> {
    // The pairing exclusion constraint compares uuids with = inside a GiST index.
    this.addSql(`create extension if not exists btree_gist;`);
    this.addSql(`create table "provider" ("id" uuid not null, "county_id" uuid not null, "kind" text not null, "name" varchar(100) not null, "phone" varchar(20) null, "address" varchar(200) null, "demo" boolean not null default false, "created_at" timestamptz not null default now(), primary key ("id"));`);
    this.addSql(`create index "provider_county_id_index" on "provider" ("county_id");`);
    this.addSql(`alter table "provider" add constraint "provider_county_name_unique" unique ("county_id", "name");`);

    this.addSql(`create table "mediation_committee" ("id" uuid not null, "village_id" uuid not null, "name" varchar(100) not null, "fixed_office" boolean not null default false, "mediation_room" boolean not null default false, "notice_board_posted" boolean not null default false, "version" int not null default 1, "updated_at" timestamptz not null default now(), primary key ("id"));`);
    this.addSql(`alter table "mediation_committee" add constraint "mediation_committee_village_id_unique" unique ("village_id");`);

    this.addSql(`create table "committee_member" ("id" uuid not null, "committee_id" uuid not null, "name" varchar(50) not null, "role" text not null, "phone" varchar(20) null, primary key ("id"));`);
    this.addSql(`create index "committee_member_committee_id_index" on "committee_member" ("committee_id");`);

    this.addSql(`create table "judicial_office" ("id" uuid not null, "township_id" uuid not null, "name" varchar(100) not null, "phone" varchar(20) not null, "address" varchar(200) null, "created_at" timestamptz not null default now(), primary key ("id"));`);
    this.addSql(`alter table "judicial_office" add constraint "judicial_office_township_id_unique" unique ("township_id");`);

    this.addSql(`create table "setting" ("key" varchar(60) not null, "value" jsonb not null, "updated_at" timestamptz not null default now(), primary key ("key"));`);

    this.addSql(`create table "roster_filing" ("id" uuid not null, "county_id" uuid not null, "number" int not null, "as_of" date not null, "snapshot" jsonb not null, "diff" jsonb not null, "filed_by_id" uuid not null, "filed_at" timestamptz not null default now(), primary key ("id"));`);
    this.addSql(`alter table "roster_filing" add constraint "roster_filing_county_number_unique" unique ("county_id", "number");`);

    this.addSql(`create table "attachment" ("id" uuid not null, "owner_type" varchar(40) null, "owner_id" uuid null, "mime" varchar(100) not null, "size" int not null, "sha256" varchar(64) not null, "storage_key" varchar(200) not null, "uploaded_by_id" uuid not null, "created_at" timestamptz not null default now(), primary key ("id"));`);
    this.addSql(`create index "attachment_owner_idx" on "attachment" ("owner_type", "owner_id");`);

    this.addSql(`create table "roster_event" ("id" uuid not null, "adviser_id" uuid not null, "kind" text not null, "effective_on" date not null, "reason" text not null, "changes" jsonb null, "actor_id" uuid null, "at" timestamptz not null default now(), primary key ("id"));`);
    this.addSql(`create index "roster_event_adviser_effective_idx" on "roster_event" ("adviser_id", "effective_on");`);

    this.addSql(`create table "pairing" ("id" uuid not null, "adviser_id" uuid not null, "village_id" uuid not null, "valid_from" date not null, "valid_to" date null, "deputy_director" boolean not null default false, "created_by_id" uuid null, "created_at" timestamptz not null default now(), primary key ("id"));`);
    this.addSql(`create index "pairing_adviser_idx" on "pairing" ("adviser_id", "valid_from");`);

    this.addSql(`alter table "legal_adviser" add "provider_id" uuid null, add "service_scope" text not null default '', add "photo_id" uuid null, add "version" int not null default 1;`);
    this.addSql(`alter table "legal_adviser" add constraint "legal_adviser_provider_id_foreign" foreign key ("provider_id") references "provider" ("id") on delete restrict;`);
    this.addSql(`alter table "legal_adviser" add constraint "legal_adviser_photo_id_foreign" foreign key ("photo_id") references "attachment" ("id") on delete set null;`);
    this.addSql(`create index "legal_adviser_provider_id_index" on "legal_adviser" ("provider_id");`);

    this.addSql(`alter table "provider" add constraint "provider_county_id_foreign" foreign key ("county_id") references "region" ("id") on delete restrict;`);
    this.addSql(`alter table "provider" add constraint "provider_kind_check" check ("kind" in ('LAW_FIRM', 'LEGAL_SERVICE_OFFICE', 'LEGAL_AID_CENTRE', 'NOTARY_OFFICE'));`);

    this.addSql(`alter table "mediation_committee" add constraint "mediation_committee_village_id_foreign" foreign key ("village_id") references "region" ("id") on delete restrict;`);

    this.addSql(`alter table "committee_member" add constraint "committee_member_committee_id_foreign" foreign key ("committee_id") references "mediation_committee" ("id") on delete cascade;`);
    this.addSql(`alter table "committee_member" add constraint "committee_member_role_check" check ("role" in ('DIRECTOR', 'DEPUTY', 'MEMBER'));`);

    this.addSql(`alter table "judicial_office" add constraint "judicial_office_township_id_foreign" foreign key ("township_id") references "region" ("id") on delete restrict;`);

    this.addSql(`alter table "roster_filing" add constraint "roster_filing_county_id_foreign" foreign key ("county_id") references "region" ("id") on delete restrict;`);
    this.addSql(`alter table "roster_filing" add constraint "roster_filing_filed_by_id_foreign" foreign key ("filed_by_id") references "app_user" ("id") on delete restrict;`);
    this.addSql(`create or replace function "roster_filing_roster_filing_immutable_fn"() returns trigger as \$\$ begin raise exception 'roster filings are immutable' using errcode = 'restrict_violation'; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "roster_filing_immutable" BEFORE UPDATE OR DELETE on "roster_filing" for each ROW execute function "roster_filing_roster_filing_immutable_fn"();`);

    this.addSql(`alter table "attachment" add constraint "attachment_uploaded_by_id_foreign" foreign key ("uploaded_by_id") references "app_user" ("id") on delete restrict;`);

    this.addSql(`alter table "roster_event" add constraint "roster_event_adviser_id_foreign" foreign key ("adviser_id") references "legal_adviser" ("id") on delete restrict;`);
    this.addSql(`alter table "roster_event" add constraint "roster_event_actor_id_foreign" foreign key ("actor_id") references "app_user" ("id") on delete restrict;`);
    this.addSql(`alter table "roster_event" add constraint "roster_event_kind_check" check ("kind" in ('JOINED', 'SUSPENDED', 'REINSTATED', 'REMOVED', 'CHANGED'));`);

    this.addSql(`alter table "pairing" add constraint "pairing_adviser_id_foreign" foreign key ("adviser_id") references "legal_adviser" ("id") on delete restrict;`);
    this.addSql(`alter table "pairing" add constraint "pairing_village_id_foreign" foreign key ("village_id") references "region" ("id") on delete restrict;`);
    this.addSql(`alter table "pairing" add constraint "pairing_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on delete restrict;`);
    this.addSql(`alter table "pairing" add constraint "pairing_one_adviser_per_village_per_day" exclude using gist ("village_id" with =, daterange("valid_from", "valid_to", '[]') with &&);`);
    this.addSql(`alter table "pairing" add constraint "pairing_valid_range" check ("valid_to" is null or "valid_to" >= "valid_from");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "legal_adviser" drop constraint "legal_adviser_provider_id_foreign";`);
    this.addSql(`alter table "committee_member" drop constraint "committee_member_committee_id_foreign";`);
    this.addSql(`alter table "legal_adviser" drop constraint "legal_adviser_photo_id_foreign";`);

    this.addSql(`drop table if exists "provider" cascade;`);
    this.addSql(`drop table if exists "mediation_committee" cascade;`);
    this.addSql(`drop table if exists "committee_member" cascade;`);
    this.addSql(`drop table if exists "judicial_office" cascade;`);
    this.addSql(`drop table if exists "setting" cascade;`);
    this.addSql(`drop trigger if exists "roster_filing_immutable" on "roster_filing";`);
    this.addSql(`drop function if exists "roster_filing_roster_filing_immutable_fn"();`);
    this.addSql(`drop table if exists "roster_filing" cascade;`);
    this.addSql(`drop table if exists "attachment" cascade;`);
    this.addSql(`drop table if exists "roster_event" cascade;`);
    this.addSql(`drop table if exists "pairing" cascade;`);

    this.addSql(`drop index "legal_adviser_provider_id_index";`);
    this.addSql(`alter table "legal_adviser" drop column "provider_id", drop column "service_scope", drop column "photo_id", drop column "version";`);
  }

}
