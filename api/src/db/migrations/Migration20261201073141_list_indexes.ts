import { Migration } from '@mikro-orm/migrations';

export class Migration20261201073141_list_indexes extends Migration {

  override name = 'Migration20261201073141_list_indexes';

  override up(): void | Promise<void> {
    this.addSql(`create index "mediation_case_received_idx" on "mediation_case" ("received_on" desc, "id");`);
    this.addSql(`create index "mediation_case_county_received_idx" on "mediation_case" ("county_id", "received_on" desc, "id");`);

    this.addSql(`create index "work_log_entry_at_idx" on "work_log_entry" ("at" desc, "id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "mediation_case_received_idx";`);
    this.addSql(`drop index "mediation_case_county_received_idx";`);

    this.addSql(`drop index "work_log_entry_at_idx";`);
  }

}
