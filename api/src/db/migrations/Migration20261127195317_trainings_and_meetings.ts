import { Migration } from '@mikro-orm/migrations';

export class Migration20261127195317_trainings_and_meetings extends Migration {

  override name = 'Migration20261127195317_trainings_and_meetings';

  override up(): void | Promise<void> {
    this.addSql(`create table "consultation_meeting" ("id" uuid not null, "county_id" uuid not null, "title" varchar(200) not null, "at" timestamptz not null, "venue" varchar(200) not null, "agenda" text not null, "minutes" text null, "decisions" text null, "created_by_id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), primary key ("id"));`);
    this.addSql(`create index "consultation_meeting_county_at_idx" on "consultation_meeting" ("county_id", "at");`);

    this.addSql(`create table "meeting_participant" ("id" uuid not null, "meeting_id" uuid not null, "kind" text not null, "office_id" uuid null, "provider_id" uuid null, "village_id" uuid null, "name" varchar(200) not null, primary key ("id"));`);
    this.addSql(`create index "meeting_participant_office_id_index" on "meeting_participant" ("office_id");`);
    this.addSql(`alter table "meeting_participant" add constraint "meeting_participant_village_unique" unique ("meeting_id", "village_id");`);
    this.addSql(`alter table "meeting_participant" add constraint "meeting_participant_provider_unique" unique ("meeting_id", "provider_id");`);
    this.addSql(`alter table "meeting_participant" add constraint "meeting_participant_office_unique" unique ("meeting_id", "office_id");`);

    this.addSql(`create table "training" ("id" uuid not null, "kind" text not null, "county_id" uuid not null, "township_id" uuid null, "village_id" uuid null, "adviser_id" uuid null, "title" varchar(200) not null, "topics" jsonb not null, "at" timestamptz not null, "year" int not null, "quarter" smallint not null, "venue" varchar(200) not null, "mode" text not null, "cadres" int not null default 0, "grid_workers" int not null default 0, "mediators" int not null default 0, "legal_understanding" int not null default 0, "others" int not null default 0, "notes" text null, "created_by_id" uuid not null, "created_at" timestamptz not null default now(), primary key ("id"));`);
    this.addSql(`create index "training_township_id_index" on "training" ("township_id");`);
    this.addSql(`create index "training_adviser_id_index" on "training" ("adviser_id");`);
    this.addSql(`create index "training_county_kind_year_idx" on "training" ("county_id", "kind", "year");`);
    this.addSql(`create index "training_village_year_quarter_idx" on "training" ("village_id", "year", "quarter");`);

    this.addSql(`create table "training_attendance" ("id" uuid not null, "training_id" uuid not null, "adviser_id" uuid not null, primary key ("id"));`);
    this.addSql(`create index "training_attendance_adviser_id_index" on "training_attendance" ("adviser_id");`);
    this.addSql(`alter table "training_attendance" add constraint "training_attendance_unique" unique ("training_id", "adviser_id");`);

    this.addSql(`create table "action_item" ("id" uuid not null, "meeting_id" uuid not null, "title" varchar(300) not null, "owner_kind" text not null, "owner_office_id" uuid null, "owner_provider_id" uuid null, "owner_name" varchar(200) not null, "due_on" date not null, "status" text not null default 'OPEN', "done_at" timestamptz null, "note" text null, "updated_by_id" uuid null, "version" int not null default 1, "created_at" timestamptz not null default now(), primary key ("id"));`);
    this.addSql(`create index "action_item_owner_office_id_index" on "action_item" ("owner_office_id");`);
    this.addSql(`create index "action_item_meeting_idx" on "action_item" ("meeting_id", "due_on");`);

    this.addSql(`alter table "consultation_meeting" add constraint "consultation_meeting_county_id_foreign" foreign key ("county_id") references "region" ("id") on delete restrict;`);
    this.addSql(`alter table "consultation_meeting" add constraint "consultation_meeting_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on delete restrict;`);

    this.addSql(`alter table "meeting_participant" add constraint "meeting_participant_meeting_id_foreign" foreign key ("meeting_id") references "consultation_meeting" ("id") on delete cascade;`);
    this.addSql(`alter table "meeting_participant" add constraint "meeting_participant_office_id_foreign" foreign key ("office_id") references "judicial_office" ("id") on delete restrict;`);
    this.addSql(`alter table "meeting_participant" add constraint "meeting_participant_provider_id_foreign" foreign key ("provider_id") references "provider" ("id") on delete restrict;`);
    this.addSql(`alter table "meeting_participant" add constraint "meeting_participant_village_id_foreign" foreign key ("village_id") references "region" ("id") on delete restrict;`);
    this.addSql(`alter table "meeting_participant" add constraint "meeting_participant_one_party" check (num_nonnulls("office_id", "provider_id", "village_id") = 1);`);
    this.addSql(`alter table "meeting_participant" add constraint "meeting_participant_kind_check" check ("kind" in ('OFFICE', 'PROVIDER', 'VILLAGE'));`);

    this.addSql(`alter table "training" add constraint "training_county_id_foreign" foreign key ("county_id") references "region" ("id") on delete restrict;`);
    this.addSql(`alter table "training" add constraint "training_township_id_foreign" foreign key ("township_id") references "region" ("id") on delete restrict;`);
    this.addSql(`alter table "training" add constraint "training_village_id_foreign" foreign key ("village_id") references "region" ("id") on delete restrict;`);
    this.addSql(`alter table "training" add constraint "training_adviser_id_foreign" foreign key ("adviser_id") references "legal_adviser" ("id") on delete restrict;`);
    this.addSql(`alter table "training" add constraint "training_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on delete restrict;`);
    this.addSql(`alter table "training" add constraint "training_attendees_not_negative" check ("cadres" >= 0 and "grid_workers" >= 0 and "mediators" >= 0 and "legal_understanding" >= 0 and "others" >= 0);`);
    this.addSql(`alter table "training" add constraint "training_quarter_range" check ("quarter" >= 1 and "quarter" <= 4);`);
    this.addSql(`alter table "training" add constraint "training_kind_shape" check (("kind" = 'VILLAGE_QUARTERLY' and "village_id" is not null and "township_id" is not null and "adviser_id" is not null)
    or ("kind" = 'BUREAU_ANNUAL' and "village_id" is null and "adviser_id" is null));`);
    this.addSql(`alter table "training" add constraint "training_kind_check" check ("kind" in ('BUREAU_ANNUAL', 'VILLAGE_QUARTERLY'));`);
    this.addSql(`alter table "training" add constraint "training_mode_check" check ("mode" in ('OFFLINE', 'ONLINE'));`);

    this.addSql(`alter table "training_attendance" add constraint "training_attendance_training_id_foreign" foreign key ("training_id") references "training" ("id") on delete cascade;`);
    this.addSql(`alter table "training_attendance" add constraint "training_attendance_adviser_id_foreign" foreign key ("adviser_id") references "legal_adviser" ("id") on delete restrict;`);

    this.addSql(`alter table "action_item" add constraint "action_item_meeting_id_foreign" foreign key ("meeting_id") references "consultation_meeting" ("id") on delete cascade;`);
    this.addSql(`alter table "action_item" add constraint "action_item_owner_office_id_foreign" foreign key ("owner_office_id") references "judicial_office" ("id") on delete restrict;`);
    this.addSql(`alter table "action_item" add constraint "action_item_owner_provider_id_foreign" foreign key ("owner_provider_id") references "provider" ("id") on delete restrict;`);
    this.addSql(`alter table "action_item" add constraint "action_item_updated_by_id_foreign" foreign key ("updated_by_id") references "app_user" ("id") on delete restrict;`);
    this.addSql(`alter table "action_item" add constraint "action_item_done_at" check (("status" = 'DONE') = ("done_at" is not null));`);
    this.addSql(`alter table "action_item" add constraint "action_item_one_owner" check (("owner_kind" = 'OFFICE') = ("owner_office_id" is not null)
  and ("owner_kind" = 'PROVIDER') = ("owner_provider_id" is not null));`);
    this.addSql(`alter table "action_item" add constraint "action_item_owner_kind_check" check ("owner_kind" in ('OFFICE', 'PROVIDER', 'BUREAU'));`);
    this.addSql(`alter table "action_item" add constraint "action_item_status_check" check ("status" in ('OPEN', 'DONE'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "meeting_participant" drop constraint "meeting_participant_meeting_id_foreign";`);
    this.addSql(`alter table "action_item" drop constraint "action_item_meeting_id_foreign";`);
    this.addSql(`alter table "training_attendance" drop constraint "training_attendance_training_id_foreign";`);

    this.addSql(`drop table if exists "consultation_meeting" cascade;`);
    this.addSql(`drop table if exists "meeting_participant" cascade;`);
    this.addSql(`drop table if exists "training" cascade;`);
    this.addSql(`drop table if exists "training_attendance" cascade;`);
    this.addSql(`drop table if exists "action_item" cascade;`);
  }

}
