import { Migration } from '@mikro-orm/migrations';

export class Migration20261201215554_monthly_report_times_returned extends Migration {

  override name = 'Migration20261201215554_monthly_report_times_returned';

  override up(): void | Promise<void> {
    this.addSql(`alter table "monthly_report" add "times_returned" smallint not null default 0;`);
    // Reports returned before the counter existed: each one that stands returned was returned at least once.
    this.addSql(`update "monthly_report" set "times_returned" = 1 where "status" = 'RETURNED';`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "monthly_report" drop column "times_returned";`);
  }

}
