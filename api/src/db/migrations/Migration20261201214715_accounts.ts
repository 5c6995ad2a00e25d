import { Migration } from '@mikro-orm/migrations';

export class Migration20261201214715_accounts extends Migration {

  override name = 'Migration20261201214715_accounts';

  override up(): void | Promise<void> {
    this.addSql(`alter table "app_user" add "sessions_ended_by" varchar(40) null, add "must_change_password" boolean not null default false, add "version" int not null default 1;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "app_user" drop column "sessions_ended_by", drop column "must_change_password", drop column "version";`);
  }

}
