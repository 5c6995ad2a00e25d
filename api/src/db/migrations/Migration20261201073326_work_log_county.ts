import { Migration } from '@mikro-orm/migrations';

export class Migration20261201073326_work_log_county extends Migration {

  override name = 'Migration20261201073326_work_log_county';

  override up(): void | Promise<void> {
    // The county is the township's parent: filled in for every existing entry before it becomes required.
    this.addSql(`alter table "work_log_entry" add "county_id" uuid null;`);
    this.addSql(`update "work_log_entry" w set "county_id" = t."parent_id" from "region" t where t."id" = w."township_id";`);
    this.addSql(`alter table "work_log_entry" alter column "county_id" set not null;`);
    this.addSql(`alter table "work_log_entry" add constraint "work_log_entry_county_id_foreign" foreign key ("county_id") references "region" ("id") on delete restrict;`);
    this.addSql(`create index "work_log_entry_county_at_idx" on "work_log_entry" ("county_id", "at" desc, "id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "work_log_entry" drop constraint "work_log_entry_county_id_foreign";`);

    this.addSql(`drop index "work_log_entry_county_at_idx";`);
    this.addSql(`alter table "work_log_entry" drop column "county_id";`);
  }

}
