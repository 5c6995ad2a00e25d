import { Migration } from '@mikro-orm/migrations';

export class Migration20261127175955_mediation_cases extends Migration {

  override name = 'Migration20261127175955_mediation_cases';

  override up(): void | Promise<void> {
    this.addSql(`create table "case_number_counter" ("county_id" uuid not null, "year" int not null, "last" int not null, primary key ("county_id", "year"));`);

    this.addSql(`create table "mediation_case" ("id" uuid not null, "county_id" uuid not null, "township_id" uuid not null, "village_id" uuid not null, "year" int not null, "seq" int not null, "case_no" varchar(40) not null, "source" text not null, "referrer_kind" text null, "referrer_name" varchar(100) null, "dispute_type" text not null, "amount_fen" int not null default 0, "tier" text not null, "status" text not null default 'REGISTERED', "level" text not null default 'VILLAGE', "resolved_level" text null, "received_on" date not null, "accepted_on" date null, "closed_on" date null, "closure_reason" text null, "summary_sealed" text null, "created_by_id" uuid null, "version" int not null default 1, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), primary key ("id"));`);
    this.addSql(`create index "mediation_case_county_id_index" on "mediation_case" ("county_id");`);
    this.addSql(`create index "mediation_case_village_id_index" on "mediation_case" ("village_id");`);
    this.addSql(`alter table "mediation_case" add constraint "mediation_case_case_no_unique" unique ("case_no");`);
    this.addSql(`create index "mediation_case_township_status_idx" on "mediation_case" ("township_id", "status");`);
    this.addSql(`alter table "mediation_case" add constraint "mediation_case_county_year_seq_unique" unique ("county_id", "year", "seq");`);

    this.addSql(`create table "mediation_session" ("id" uuid not null, "case_id" uuid not null, "at" timestamptz not null, "place" varchar(100) not null, "mode" text not null, "participants" varchar(200) not null, "record_sealed" text null, "created_at" timestamptz not null default now(), primary key ("id"));`);
    this.addSql(`create index "mediation_session_case_id_index" on "mediation_session" ("case_id");`);

    this.addSql(`create table "case_party" ("id" uuid not null, "case_id" uuid not null, "person_id" uuid not null, "role" text not null, primary key ("id"));`);
    this.addSql(`create index "case_party_case_id_index" on "case_party" ("case_id");`);
    this.addSql(`create index "case_party_person_id_index" on "case_party" ("person_id");`);
    this.addSql(`alter table "case_party" add constraint "case_party_case_person_unique" unique ("case_id", "person_id");`);

    this.addSql(`create table "case_mediator" ("id" uuid not null, "case_id" uuid not null, "member_id" uuid not null, primary key ("id"));`);
    this.addSql(`create index "case_mediator_case_id_index" on "case_mediator" ("case_id");`);
    this.addSql(`alter table "case_mediator" add constraint "case_mediator_case_member_unique" unique ("case_id", "member_id");`);

    this.addSql(`create table "audit_event" ("id" uuid not null, "at" timestamptz not null default now(), "actor_id" uuid not null, "county_id" uuid null, "action" varchar(40) not null, "entity_type" varchar(40) not null, "entity_id" uuid not null, "field" varchar(60) null, "request_id" varchar(64) not null, "ip" varchar(64) not null, primary key ("id"));`);
    this.addSql(`create index "audit_event_at_index" on "audit_event" ("at");`);
    this.addSql(`create index "audit_event_county_id_index" on "audit_event" ("county_id");`);
    this.addSql(`create index "audit_event_actor_at_idx" on "audit_event" ("actor_id", "at");`);
    this.addSql(`create index "audit_event_entity_idx" on "audit_event" ("entity_type", "entity_id");`);

    this.addSql(`create table "case_adviser" ("id" uuid not null, "case_id" uuid not null, "adviser_id" uuid not null, primary key ("id"));`);
    this.addSql(`create index "case_adviser_case_id_index" on "case_adviser" ("case_id");`);
    this.addSql(`create index "case_adviser_adviser_id_index" on "case_adviser" ("adviser_id");`);
    this.addSql(`alter table "case_adviser" add constraint "case_adviser_case_adviser_unique" unique ("case_id", "adviser_id");`);

    this.addSql(`create table "agreement" ("id" uuid not null, "case_id" uuid not null, "form" text not null, "content_sealed" text null, "amount_fen" int not null default 0, "signed_at" date null, "review_status" text not null default 'PENDING', "reviewed_by_id" uuid null, "reviewed_at" timestamptz null, "confirmation_applied_on" date null, "confirmation_court" varchar(100) null, "confirmation_result" text null, "confirmation_ruling_no" varchar(60) null, "confirmation_decided_on" date null, "performance" text not null default 'PENDING', "version" int not null default 1, "created_at" timestamptz not null default now(), primary key ("id"));`);
    this.addSql(`alter table "agreement" add constraint "agreement_case_id_unique" unique ("case_id");`);

    this.addSql(`alter table "person" add "id_number_sealed" text null, add "id_number_hash" varchar(64) null, add "id_number_masked" varchar(18) null, add "address" varchar(200) null;`);
    this.addSql(`create index "person_id_number_hash_index" on "person" ("id_number_hash");`);

    this.addSql(`alter table "case_number_counter" add constraint "case_number_counter_county_id_foreign" foreign key ("county_id") references "region" ("id") on delete restrict;`);

    this.addSql(`alter table "mediation_case" add constraint "mediation_case_county_id_foreign" foreign key ("county_id") references "region" ("id") on delete restrict;`);
    this.addSql(`alter table "mediation_case" add constraint "mediation_case_township_id_foreign" foreign key ("township_id") references "region" ("id") on delete restrict;`);
    this.addSql(`alter table "mediation_case" add constraint "mediation_case_village_id_foreign" foreign key ("village_id") references "region" ("id") on delete restrict;`);
    this.addSql(`alter table "mediation_case" add constraint "mediation_case_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on delete restrict;`);
    this.addSql(`alter table "mediation_case" add constraint "mediation_case_amount_not_negative" check ("amount_fen" >= 0);`);
    this.addSql(`alter table "mediation_case" add constraint "mediation_case_source_check" check ("source" in ('SCREENING', 'APPLICATION', 'REFERRAL'));`);
    this.addSql(`alter table "mediation_case" add constraint "mediation_case_referrer_kind_check" check ("referrer_kind" in ('COURT', 'POLICE', 'PETITION_OFFICE', 'GOVERNMENT', 'OTHER'));`);
    this.addSql(`alter table "mediation_case" add constraint "mediation_case_dispute_type_check" check ("dispute_type" in ('MARRIAGE_FAMILY', 'NEIGHBOUR', 'HOUSING_HOMESTEAD', 'CONTRACT', 'PRODUCTION_BUSINESS', 'DAMAGES', 'FOREST_LAND', 'LAND_EXPROPRIATION', 'ENVIRONMENT', 'LABOUR', 'CONSUMER', 'MEDICAL', 'TRAFFIC_ACCIDENT', 'PROPERTY_MANAGEMENT', 'OTHER'));`);
    this.addSql(`alter table "mediation_case" add constraint "mediation_case_tier_check" check ("tier" in ('ORDINARY', 'DIFFICULT', 'MAJOR'));`);
    this.addSql(`alter table "mediation_case" add constraint "mediation_case_status_check" check ("status" in ('REGISTERED', 'ACCEPTED', 'DECLINED', 'IN_MEDIATION', 'AGREEMENT_REACHED', 'FAILED', 'WITHDRAWN', 'REFERRED'));`);
    this.addSql(`alter table "mediation_case" add constraint "mediation_case_level_check" check ("level" in ('VILLAGE', 'TOWNSHIP', 'COUNTY'));`);
    this.addSql(`alter table "mediation_case" add constraint "mediation_case_resolved_level_check" check ("resolved_level" in ('VILLAGE', 'TOWNSHIP', 'COUNTY'));`);
    this.addSql(`alter table "mediation_case" add constraint "mediation_case_closure_reason_check" check ("closure_reason" in ('NOT_ACCEPTED', 'WITHDRAWN', 'AGREEMENT_SIGNED', 'FAILED', 'REFERRED_ARBITRATION', 'REFERRED_LITIGATION', 'REFERRED_ADMINISTRATIVE'));`);

    this.addSql(`alter table "mediation_session" add constraint "mediation_session_case_id_foreign" foreign key ("case_id") references "mediation_case" ("id") on delete cascade;`);
    this.addSql(`alter table "mediation_session" add constraint "mediation_session_mode_check" check ("mode" in ('ONLINE', 'OFFLINE'));`);

    this.addSql(`alter table "case_party" add constraint "case_party_case_id_foreign" foreign key ("case_id") references "mediation_case" ("id") on delete cascade;`);
    this.addSql(`alter table "case_party" add constraint "case_party_person_id_foreign" foreign key ("person_id") references "person" ("id") on delete restrict;`);
    this.addSql(`alter table "case_party" add constraint "case_party_role_check" check ("role" in ('APPLICANT', 'RESPONDENT', 'THIRD_PARTY'));`);

    this.addSql(`alter table "case_mediator" add constraint "case_mediator_case_id_foreign" foreign key ("case_id") references "mediation_case" ("id") on delete cascade;`);
    this.addSql(`alter table "case_mediator" add constraint "case_mediator_member_id_foreign" foreign key ("member_id") references "committee_member" ("id") on delete restrict;`);

    this.addSql(`alter table "audit_event" add constraint "audit_event_actor_id_foreign" foreign key ("actor_id") references "app_user" ("id") on delete restrict;`);
    this.addSql(`alter table "audit_event" add constraint "audit_event_county_id_foreign" foreign key ("county_id") references "region" ("id") on delete restrict;`);
    this.addSql(`create or replace function "audit_event_audit_event_insert_only_fn"() returns trigger as \$\$ begin raise exception 'audit events are insert-only' using errcode = 'restrict_violation'; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "audit_event_insert_only" BEFORE UPDATE OR DELETE on "audit_event" for each ROW execute function "audit_event_audit_event_insert_only_fn"();`);

    this.addSql(`alter table "case_adviser" add constraint "case_adviser_case_id_foreign" foreign key ("case_id") references "mediation_case" ("id") on delete cascade;`);
    this.addSql(`alter table "case_adviser" add constraint "case_adviser_adviser_id_foreign" foreign key ("adviser_id") references "legal_adviser" ("id") on delete restrict;`);

    this.addSql(`alter table "agreement" add constraint "agreement_case_id_foreign" foreign key ("case_id") references "mediation_case" ("id") on delete cascade;`);
    this.addSql(`alter table "agreement" add constraint "agreement_reviewed_by_id_foreign" foreign key ("reviewed_by_id") references "app_user" ("id") on delete restrict;`);
    this.addSql(`alter table "agreement" add constraint "agreement_form_check" check ("form" in ('WRITTEN', 'ORAL'));`);
    this.addSql(`alter table "agreement" add constraint "agreement_review_status_check" check ("review_status" in ('PENDING', 'APPROVED', 'CHANGES_REQUESTED'));`);
    this.addSql(`alter table "agreement" add constraint "agreement_confirmation_result_check" check ("confirmation_result" in ('CONFIRMED', 'REJECTED'));`);
    this.addSql(`alter table "agreement" add constraint "agreement_performance_check" check ("performance" in ('PENDING', 'PERFORMED', 'PARTIAL', 'NOT_PERFORMED'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "mediation_session" drop constraint "mediation_session_case_id_foreign";`);
    this.addSql(`alter table "case_party" drop constraint "case_party_case_id_foreign";`);
    this.addSql(`alter table "case_mediator" drop constraint "case_mediator_case_id_foreign";`);
    this.addSql(`alter table "case_adviser" drop constraint "case_adviser_case_id_foreign";`);
    this.addSql(`alter table "agreement" drop constraint "agreement_case_id_foreign";`);

    this.addSql(`drop table if exists "case_number_counter" cascade;`);
    this.addSql(`drop table if exists "mediation_case" cascade;`);
    this.addSql(`drop table if exists "mediation_session" cascade;`);
    this.addSql(`drop table if exists "case_party" cascade;`);
    this.addSql(`drop table if exists "case_mediator" cascade;`);
    this.addSql(`drop trigger if exists "audit_event_insert_only" on "audit_event";`);
    this.addSql(`drop function if exists "audit_event_audit_event_insert_only_fn"();`);
    this.addSql(`drop table if exists "audit_event" cascade;`);
    this.addSql(`drop table if exists "case_adviser" cascade;`);
    this.addSql(`drop table if exists "agreement" cascade;`);

    this.addSql(`drop index "person_id_number_hash_index";`);
    this.addSql(`alter table "person" drop column "id_number_sealed", drop column "id_number_hash", drop column "id_number_masked", drop column "address";`);
  }

}
