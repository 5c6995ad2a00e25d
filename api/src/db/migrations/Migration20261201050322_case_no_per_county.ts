import { Migration } from '@mikro-orm/migrations';

export class Migration20261201050322_case_no_per_county extends Migration {

  override name = 'Migration20261201050322_case_no_per_county';

  override up(): void | Promise<void> {
    this.addSql(`alter table "mediation_case" drop constraint "mediation_case_case_no_unique";`);
    this.addSql(`alter table "mediation_case" add constraint "mediation_case_county_case_no_unique" unique ("county_id", "case_no");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "mediation_case" drop constraint "mediation_case_county_case_no_unique";`);
    this.addSql(`alter table "mediation_case" add constraint "mediation_case_case_no_unique" unique ("case_no");`);
  }

}
