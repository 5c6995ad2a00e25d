import { Migration } from '@mikro-orm/migrations';

export class Migration20261202022323_subsidy_rules extends Migration {

  override name = 'Migration20261202022323_subsidy_rules';

  override up(): void | Promise<void> {
    this.addSql(`create table "subsidy_setting" ("county_id" uuid not null, "case_split" text not null, "updated_at" timestamptz not null, "version" int not null default 1, primary key ("county_id"));`);

    this.addSql(`alter table "subsidy_rate" add "grade_factors" jsonb null;`);

    this.addSql(`alter table "subsidy_line" drop constraint "subsidy_line_kind_check";`);
    this.addSql(`alter table "subsidy_line" drop constraint "subsidy_line_reason_check";`);
    this.addSql(`alter table "subsidy_line" add "note" text null, add "settles_id" uuid null;`);
    this.addSql(`alter table "subsidy_line" add constraint "subsidy_line_settles_id_foreign" foreign key ("settles_id") references "subsidy_line" ("id") on delete restrict;`);
    this.addSql(`alter table "subsidy_line" add constraint "subsidy_line_settles_unique" unique ("settles_id");`);
    this.addSql(`alter table "subsidy_line" add constraint "subsidy_line_adjustment" check (("kind" = 'ADJUSTMENT') = ("note" is not null) and ("kind" = 'ADJUSTMENT' or "amount_fen" >= 0));`);
    this.addSql(`alter table "subsidy_line" add constraint "subsidy_line_kind_check" check ("kind" in ('CASE', 'CONSULTATION', 'ADJUSTMENT'));`);
    this.addSql(`alter table "subsidy_line" add constraint "subsidy_line_reason_check" check ("reason" in ('NO_AGREEMENT', 'NO_SESSION_RECORD', 'NOT_REVIEWED', 'NO_RETURN_VISIT', 'NOT_PERFORMED', 'ALREADY_PAID', 'MONTH_NOT_APPROVED', 'NO_RATE', 'NOT_LEAD'));`);

    this.addSql(`alter table "case_adviser" add "lead" boolean not null default false;`);
    this.addSql(`create unique index "case_adviser_one_lead" on "case_adviser" ("case_id") where "lead";`);

    this.addSql(`alter table "subsidy_setting" add constraint "subsidy_setting_county_id_foreign" foreign key ("county_id") references "region" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "subsidy_setting" add constraint "subsidy_setting_case_split_check" check ("case_split" in ('EQUAL', 'LEAD'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "subsidy_setting" cascade;`);

    this.addSql(`alter table "subsidy_line" drop constraint "subsidy_line_settles_id_foreign";`);

    this.addSql(`drop index "case_adviser_one_lead";`);
    this.addSql(`alter table "case_adviser" drop column "lead";`);

    this.addSql(`alter table "subsidy_line" drop constraint "subsidy_line_settles_unique";`);
    this.addSql(`alter table "subsidy_line" drop constraint "subsidy_line_adjustment";`);
    this.addSql(`alter table "subsidy_line" drop constraint "subsidy_line_kind_check";`);
    this.addSql(`alter table "subsidy_line" drop constraint "subsidy_line_reason_check";`);
    this.addSql(`alter table "subsidy_line" drop column "note", drop column "settles_id";`);
    this.addSql(`alter table "subsidy_line" add constraint "subsidy_line_kind_check" check ("kind" in ('CASE', 'CONSULTATION'));`);
    this.addSql(`alter table "subsidy_line" add constraint "subsidy_line_reason_check" check ("reason" in ('NO_AGREEMENT', 'NO_SESSION_RECORD', 'NOT_REVIEWED', 'NO_RETURN_VISIT', 'NOT_PERFORMED', 'ALREADY_PAID', 'MONTH_NOT_APPROVED', 'NO_RATE'));`);

    this.addSql(`alter table "subsidy_rate" drop column "grade_factors";`);
  }

}
