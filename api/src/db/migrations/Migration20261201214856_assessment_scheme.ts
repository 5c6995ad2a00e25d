import { Migration } from '@mikro-orm/migrations';

export class Migration20261201214856_assessment_scheme extends Migration {

  override name = 'Migration20261201214856_assessment_scheme';

  override up(): void | Promise<void> {
    this.addSql(`create table "assessment_scheme" ("id" uuid not null, "county_id" uuid not null, "year" smallint not null, "indicators" jsonb not null, "excellent_from" smallint not null, "pass_from" smallint not null, "basic_pass_from" smallint not null, "excellent_cap_percent" smallint null, "rating_scores" jsonb not null, "objection_days" smallint not null, "version" int not null default 1, "updated_at" timestamptz not null default now(), "updated_by_id" uuid not null, primary key ("id"));`);
    this.addSql(`alter table "assessment_scheme" add constraint "assessment_scheme_county_year_unique" unique ("county_id", "year");`);

    this.addSql(`alter table "assessment_scheme" add constraint "assessment_scheme_county_id_foreign" foreign key ("county_id") references "region" ("id") on delete restrict;`);
    this.addSql(`alter table "assessment_scheme" add constraint "assessment_scheme_updated_by_id_foreign" foreign key ("updated_by_id") references "app_user" ("id") on delete restrict;`);
    this.addSql(`alter table "assessment_scheme" add constraint "assessment_scheme_cap_percent" check ("excellent_cap_percent" is null or ("excellent_cap_percent" >= 0 and "excellent_cap_percent" <= 100));`);
    this.addSql(`alter table "assessment_scheme" add constraint "assessment_scheme_thresholds_descend" check ("excellent_from" > "pass_from" and "pass_from" > "basic_pass_from" and "basic_pass_from" >= 0 and "excellent_from" <= 100);`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "assessment_scheme" cascade;`);
  }

}
