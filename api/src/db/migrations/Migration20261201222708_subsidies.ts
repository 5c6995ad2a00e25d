import { Migration } from '@mikro-orm/migrations';

export class Migration20261201222708_subsidies extends Migration {

  override name = 'Migration20261201222708_subsidies';

  override up(): void | Promise<void> {
    this.addSql(`create table "subsidy_rate" ("id" uuid not null, "county_id" uuid not null, "effective_from" date not null, "ordinary_fen" int not null, "difficult_fen" int not null, "major_fen" int not null, "consultation_fen" int not null, "consultation_monthly_cap_fen" int null, "created_by_id" uuid not null, "created_at" timestamptz not null, "version" int not null default 1, primary key ("id"));`);
    this.addSql(`alter table "subsidy_rate" add constraint "subsidy_rate_county_from_unique" unique ("county_id", "effective_from");`);

    this.addSql(`create table "subsidy_statement" ("id" uuid not null, "county_id" uuid not null, "adviser_id" uuid not null, "period" varchar(7) not null, "status" text not null default 'CONFIRMED', "total_fen" bigint not null, "confirmed_by_id" uuid not null, "confirmed_at" timestamptz not null, "paid_on" date null, "voucher_no" varchar(60) null, "version" int not null default 1, primary key ("id"));`);
    this.addSql(`create index "subsidy_statement_county_id_index" on "subsidy_statement" ("county_id");`);
    this.addSql(`alter table "subsidy_statement" add constraint "subsidy_statement_adviser_period_unique" unique ("adviser_id", "period");`);

    this.addSql(`create table "subsidy_line" ("id" uuid not null, "statement_id" uuid not null, "position" smallint not null, "kind" text not null, "case_id" uuid null, "case_no" varchar(40) null, "tier" text null, "closed_on" date null, "month" varchar(7) null, "count" int not null, "amount_fen" int not null, "reason" text null, primary key ("id"));`);
    this.addSql(`create index "subsidy_line_statement_id_index" on "subsidy_line" ("statement_id");`);

    this.addSql(`create table "subsidy_claim" ("id" uuid not null, "statement_id" uuid not null, "claim_key" varchar(120) not null, primary key ("id"));`);
    this.addSql(`create index "subsidy_claim_statement_id_index" on "subsidy_claim" ("statement_id");`);
    this.addSql(`alter table "subsidy_claim" add constraint "subsidy_claim_key_unique" unique ("claim_key");`);

    this.addSql(`alter table "subsidy_rate" add constraint "subsidy_rate_county_id_foreign" foreign key ("county_id") references "region" ("id") on delete restrict;`);
    this.addSql(`alter table "subsidy_rate" add constraint "subsidy_rate_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on delete restrict;`);
    this.addSql(`alter table "subsidy_rate" add constraint "subsidy_rate_amounts" check ("ordinary_fen" >= 0 and "difficult_fen" >= 0 and "major_fen" >= 0 and "consultation_fen" >= 0 and ("consultation_monthly_cap_fen" is null or "consultation_monthly_cap_fen" >= 0));`);

    this.addSql(`alter table "subsidy_statement" add constraint "subsidy_statement_county_id_foreign" foreign key ("county_id") references "region" ("id") on delete restrict;`);
    this.addSql(`alter table "subsidy_statement" add constraint "subsidy_statement_adviser_id_foreign" foreign key ("adviser_id") references "legal_adviser" ("id") on delete restrict;`);
    this.addSql(`alter table "subsidy_statement" add constraint "subsidy_statement_confirmed_by_id_foreign" foreign key ("confirmed_by_id") references "app_user" ("id") on delete restrict;`);
    this.addSql(`alter table "subsidy_statement" add constraint "subsidy_statement_paid" check (("status" = 'PAID') = ("paid_on" is not null and "voucher_no" is not null));`);
    this.addSql(`alter table "subsidy_statement" add constraint "subsidy_statement_status_check" check ("status" in ('DRAFT', 'CONFIRMED', 'PAID'));`);

    this.addSql(`alter table "subsidy_line" add constraint "subsidy_line_statement_id_foreign" foreign key ("statement_id") references "subsidy_statement" ("id") on delete cascade;`);
    this.addSql(`alter table "subsidy_line" add constraint "subsidy_line_case_id_foreign" foreign key ("case_id") references "mediation_case" ("id") on delete restrict;`);
    this.addSql(`alter table "subsidy_line" add constraint "subsidy_line_kind_check" check ("kind" in ('CASE', 'CONSULTATION'));`);
    this.addSql(`alter table "subsidy_line" add constraint "subsidy_line_tier_check" check ("tier" in ('ORDINARY', 'DIFFICULT', 'MAJOR'));`);
    this.addSql(`alter table "subsidy_line" add constraint "subsidy_line_reason_check" check ("reason" in ('NO_AGREEMENT', 'NO_SESSION_RECORD', 'NOT_REVIEWED', 'NO_RETURN_VISIT', 'NOT_PERFORMED', 'ALREADY_PAID', 'MONTH_NOT_APPROVED', 'NO_RATE'));`);

    this.addSql(`alter table "subsidy_claim" add constraint "subsidy_claim_statement_id_foreign" foreign key ("statement_id") references "subsidy_statement" ("id") on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "subsidy_line" drop constraint "subsidy_line_statement_id_foreign";`);
    this.addSql(`alter table "subsidy_claim" drop constraint "subsidy_claim_statement_id_foreign";`);

    this.addSql(`drop table if exists "subsidy_rate" cascade;`);
    this.addSql(`drop table if exists "subsidy_statement" cascade;`);
    this.addSql(`drop table if exists "subsidy_line" cascade;`);
    this.addSql(`drop table if exists "subsidy_claim" cascade;`);
  }

}
