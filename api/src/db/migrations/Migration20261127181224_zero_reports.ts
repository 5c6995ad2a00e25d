import { Migration } from '@mikro-orm/migrations';

export class Migration20261127181224_zero_reports extends Migration {

  override name = 'Migration20261127181224_zero_reports';

  override up(): void | Promise<void> {
    this.addSql(`create table "zero_report" ("id" uuid not null, "village_id" uuid not null, "month" varchar(7) not null, "reported_by_id" uuid not null, "reported_at" timestamptz not null default now(), primary key ("id"));`);
    this.addSql(`alter table "zero_report" add constraint "zero_report_village_month_unique" unique ("village_id", "month");`);

    this.addSql(`alter table "zero_report" add constraint "zero_report_village_id_foreign" foreign key ("village_id") references "region" ("id") on delete restrict;`);
    this.addSql(`alter table "zero_report" add constraint "zero_report_reported_by_id_foreign" foreign key ("reported_by_id") references "app_user" ("id") on delete restrict;`);
    this.addSql(`alter table "zero_report" add constraint "zero_report_month_format" check ("month" ~ '^[0-9]{4}-(0[1-9]|1[0-2])\$');`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "zero_report" cascade;`);
  }

}
