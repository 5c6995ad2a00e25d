import { Migration } from '@mikro-orm/migrations';

export class Migration20261127195941_work_log extends Migration {

  override name = 'Migration20261127195941_work_log';

  override up(): void | Promise<void> {
    this.addSql(`create table "monthly_report" ("id" uuid not null, "adviser_id" uuid not null, "month" varchar(7) not null, "township_id" uuid not null, "status" text not null, "deadline" date not null, "submitted_at" timestamptz not null, "late" boolean not null default false, "submitted_by_id" uuid not null, "review_comment" text null, "reviewed_by_id" uuid null, "reviewed_at" timestamptz null, "created_at" timestamptz not null default now(), "version" int not null default 1, primary key ("id"));`);
    this.addSql(`create index "monthly_report_township_status_idx" on "monthly_report" ("township_id", "status");`);
    this.addSql(`alter table "monthly_report" add constraint "monthly_report_adviser_month_unique" unique ("adviser_id", "month");`);

    this.addSql(`create table "monthly_check" ("id" uuid not null, "adviser_id" uuid not null, "month" varchar(7) not null, "township_id" uuid not null, "log_complete" boolean not null, "training_on_track" boolean not null, "notice_board_posted" boolean not null, "cases_followed_up" boolean not null, "rating" text not null, "notes" text not null default '', "checked_by_id" uuid not null, "checked_at" timestamptz not null default now(), "version" int not null default 1, primary key ("id"));`);
    this.addSql(`create index "monthly_check_township_month_idx" on "monthly_check" ("township_id", "month");`);
    this.addSql(`alter table "monthly_check" add constraint "monthly_check_adviser_month_unique" unique ("adviser_id", "month");`);

    this.addSql(`create table "highlight" ("id" uuid not null, "check_id" uuid not null, "township_id" uuid not null, "title" varchar(100) not null, "text" text not null, "model_case" boolean not null default false, "marked_by_id" uuid null, "marked_at" timestamptz null, "created_at" timestamptz not null default now(), primary key ("id"));`);
    this.addSql(`create index "highlight_check_id_index" on "highlight" ("check_id");`);
    this.addSql(`create index "highlight_township_id_index" on "highlight" ("township_id");`);

    this.addSql(`create table "work_log_entry" ("id" uuid not null, "adviser_id" uuid not null, "village_id" uuid not null, "township_id" uuid not null, "at" timestamptz not null, "month" varchar(7) not null, "category" text not null, "mode" text not null, "person_served" varchar(50) not null, "phone" varchar(30) null, "matter" varchar(200) not null, "content" text not null, "duration_min" int not null, "case_id" uuid null, "venue" varchar(100) null, "attendee_count" int null, "created_by_id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, primary key ("id"));`);
    this.addSql(`create index "work_log_entry_village_id_index" on "work_log_entry" ("village_id");`);
    this.addSql(`create index "work_log_entry_case_id_index" on "work_log_entry" ("case_id");`);
    this.addSql(`create index "work_log_entry_township_at_idx" on "work_log_entry" ("township_id", "at");`);
    this.addSql(`create index "work_log_entry_adviser_month_idx" on "work_log_entry" ("adviser_id", "month");`);

    this.addSql(`alter table "monthly_report" add constraint "monthly_report_adviser_id_foreign" foreign key ("adviser_id") references "legal_adviser" ("id") on delete restrict;`);
    this.addSql(`alter table "monthly_report" add constraint "monthly_report_township_id_foreign" foreign key ("township_id") references "region" ("id") on delete restrict;`);
    this.addSql(`alter table "monthly_report" add constraint "monthly_report_submitted_by_id_foreign" foreign key ("submitted_by_id") references "app_user" ("id") on delete restrict;`);
    this.addSql(`alter table "monthly_report" add constraint "monthly_report_reviewed_by_id_foreign" foreign key ("reviewed_by_id") references "app_user" ("id") on delete restrict;`);
    this.addSql(`alter table "monthly_report" add constraint "monthly_report_month_format" check ("month" ~ '^[0-9]{4}-(0[1-9]|1[0-2])\$');`);
    this.addSql(`alter table "monthly_report" add constraint "monthly_report_status_check" check ("status" in ('DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED'));`);

    this.addSql(`alter table "monthly_check" add constraint "monthly_check_adviser_id_foreign" foreign key ("adviser_id") references "legal_adviser" ("id") on delete restrict;`);
    this.addSql(`alter table "monthly_check" add constraint "monthly_check_township_id_foreign" foreign key ("township_id") references "region" ("id") on delete restrict;`);
    this.addSql(`alter table "monthly_check" add constraint "monthly_check_checked_by_id_foreign" foreign key ("checked_by_id") references "app_user" ("id") on delete restrict;`);
    this.addSql(`alter table "monthly_check" add constraint "monthly_check_month_format" check ("month" ~ '^[0-9]{4}-(0[1-9]|1[0-2])\$');`);
    this.addSql(`alter table "monthly_check" add constraint "monthly_check_rating_check" check ("rating" in ('EXCELLENT', 'GOOD', 'FAIR', 'POOR'));`);

    this.addSql(`alter table "highlight" add constraint "highlight_check_id_foreign" foreign key ("check_id") references "monthly_check" ("id") on delete cascade;`);
    this.addSql(`alter table "highlight" add constraint "highlight_township_id_foreign" foreign key ("township_id") references "region" ("id") on delete restrict;`);
    this.addSql(`alter table "highlight" add constraint "highlight_marked_by_id_foreign" foreign key ("marked_by_id") references "app_user" ("id") on delete restrict;`);

    this.addSql(`alter table "work_log_entry" add constraint "work_log_entry_adviser_id_foreign" foreign key ("adviser_id") references "legal_adviser" ("id") on delete restrict;`);
    this.addSql(`alter table "work_log_entry" add constraint "work_log_entry_village_id_foreign" foreign key ("village_id") references "region" ("id") on delete restrict;`);
    this.addSql(`alter table "work_log_entry" add constraint "work_log_entry_township_id_foreign" foreign key ("township_id") references "region" ("id") on delete restrict;`);
    this.addSql(`alter table "work_log_entry" add constraint "work_log_entry_case_id_foreign" foreign key ("case_id") references "mediation_case" ("id") on delete restrict;`);
    this.addSql(`alter table "work_log_entry" add constraint "work_log_entry_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on delete restrict;`);
    this.addSql(`alter table "work_log_entry" add constraint "work_log_entry_duration_range" check ("duration_min" >= 1 and "duration_min" <= 1440);`);
    this.addSql(`alter table "work_log_entry" add constraint "work_log_entry_month_format" check ("month" ~ '^[0-9]{4}-(0[1-9]|1[0-2])\$');`);
    this.addSql(`alter table "work_log_entry" add constraint "work_log_entry_category_check" check ("category" in ('CONSULTATION', 'MEDIATION', 'LECTURE', 'AGREEMENT_REVIEW', 'SCREENING', 'DOCUMENT_DRAFTING', 'LEGAL_OPINION', 'OTHER'));`);
    this.addSql(`alter table "work_log_entry" add constraint "work_log_entry_mode_check" check ("mode" in ('ONLINE', 'OFFLINE'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "highlight" drop constraint "highlight_check_id_foreign";`);

    this.addSql(`drop table if exists "monthly_report" cascade;`);
    this.addSql(`drop table if exists "monthly_check" cascade;`);
    this.addSql(`drop table if exists "highlight" cascade;`);
    this.addSql(`drop table if exists "work_log_entry" cascade;`);
  }

}
