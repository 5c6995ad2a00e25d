import { Migration } from '@mikro-orm/migrations';

export class Migration20261201221001_assessment_publication extends Migration {

  override name = 'Migration20261201221001_assessment_publication';

  override up(): void | Promise<void> {
    this.addSql(`create table "assessment_publication" ("id" uuid not null, "county_id" uuid not null, "year" smallint not null, "scheme" jsonb not null, "through" date not null, "objections_until" date not null, "closed_early_reason" text null, "published_at" timestamptz not null, "published_by_id" uuid not null, primary key ("id"));`);
    this.addSql(`alter table "assessment_publication" add constraint "assessment_publication_county_year_unique" unique ("county_id", "year");`);

    this.addSql(`create table "assessment_result" ("id" uuid not null, "publication_id" uuid not null, "adviser_id" uuid not null, "township_ids" jsonb not null, "indicators" jsonb not null, "computed_total" numeric(5,2) null, "adjustment_points" numeric(5,2) not null default 0, "adjustment_reason" text null, "total" numeric(5,2) null, "grade" text null, "capped_from_excellent" boolean not null, "exempt_from_cap" boolean not null default false, "version" int not null default 1, primary key ("id"));`);
    this.addSql(`create index "assessment_result_adviser_id_index" on "assessment_result" ("adviser_id");`);
    this.addSql(`alter table "assessment_result" add constraint "assessment_result_publication_adviser_unique" unique ("publication_id", "adviser_id");`);

    this.addSql(`create table "assessment_objection" ("id" uuid not null, "result_id" uuid not null, "reason" text not null, "raised_by_id" uuid not null, "raised_at" timestamptz not null, "status" text not null default 'OPEN', "decision_reason" text null, "adjustment_points" numeric(5,2) not null default 0, "decided_by_id" uuid null, "decided_at" timestamptz null, "version" int not null default 1, primary key ("id"));`);
    this.addSql(`alter table "assessment_objection" add constraint "assessment_objection_result_unique" unique ("result_id");`);

    this.addSql(`alter table "assessment_publication" add constraint "assessment_publication_county_id_foreign" foreign key ("county_id") references "region" ("id") on delete restrict;`);
    this.addSql(`alter table "assessment_publication" add constraint "assessment_publication_published_by_id_foreign" foreign key ("published_by_id") references "app_user" ("id") on delete restrict;`);

    this.addSql(`alter table "assessment_result" add constraint "assessment_result_publication_id_foreign" foreign key ("publication_id") references "assessment_publication" ("id") on delete cascade;`);
    this.addSql(`alter table "assessment_result" add constraint "assessment_result_adviser_id_foreign" foreign key ("adviser_id") references "legal_adviser" ("id") on delete restrict;`);
    this.addSql(`alter table "assessment_result" add constraint "assessment_result_adjustment_reason" check ("adjustment_points" = 0 or "adjustment_reason" is not null);`);
    this.addSql(`alter table "assessment_result" add constraint "assessment_result_grade_check" check ("grade" in ('EXCELLENT', 'PASS', 'BASIC_PASS', 'FAIL'));`);

    this.addSql(`alter table "assessment_objection" add constraint "assessment_objection_result_id_foreign" foreign key ("result_id") references "assessment_result" ("id") on delete cascade;`);
    this.addSql(`alter table "assessment_objection" add constraint "assessment_objection_raised_by_id_foreign" foreign key ("raised_by_id") references "app_user" ("id") on delete restrict;`);
    this.addSql(`alter table "assessment_objection" add constraint "assessment_objection_decided_by_id_foreign" foreign key ("decided_by_id") references "app_user" ("id") on delete restrict;`);
    this.addSql(`alter table "assessment_objection" add constraint "assessment_objection_status_check" check ("status" in ('OPEN', 'UPHELD', 'REJECTED'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "assessment_result" drop constraint "assessment_result_publication_id_foreign";`);
    this.addSql(`alter table "assessment_objection" drop constraint "assessment_objection_result_id_foreign";`);

    this.addSql(`drop table if exists "assessment_publication" cascade;`);
    this.addSql(`drop table if exists "assessment_result" cascade;`);
    this.addSql(`drop table if exists "assessment_objection" cascade;`);
  }

}
