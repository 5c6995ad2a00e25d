import { Migration } from '@mikro-orm/migrations';

export class Migration20261201112713_setup_token extends Migration {

  override name = 'Migration20261201112713_setup_token';

  override up(): void | Promise<void> {
    this.addSql(`create table "setup_token" ("id" smallint not null default 1, "token_hash" varchar(64) not null, "issued_at" timestamptz not null, primary key ("id"));`);

    this.addSql(`alter table "setup_token" add constraint "setup_token_single_row" check ("id" = 1);`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "setup_token" cascade;`);
  }

}
