import { Migration } from '@mikro-orm/migrations';

export class Migration20261201043211_version_columns extends Migration {

  override name = 'Migration20261201043211_version_columns';

  override up(): void | Promise<void> {
    this.addSql(`alter table "provider" add "version" int not null default 1;`);

    this.addSql(`alter table "committee_member" add "version" int not null default 1;`);

    this.addSql(`alter table "setting" add "version" int not null default 1;`);

    this.addSql(`alter table "consultation_meeting" add "version" int not null default 1;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "committee_member" drop column "version";`);

    this.addSql(`alter table "consultation_meeting" drop column "version";`);

    this.addSql(`alter table "provider" drop column "version";`);

    this.addSql(`alter table "setting" drop column "version";`);
  }

}
