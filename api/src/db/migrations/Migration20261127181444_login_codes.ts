import { Migration } from '@mikro-orm/migrations';

export class Migration20261127181444_login_codes extends Migration {

  override name = 'Migration20261127181444_login_codes';

  override up(): void | Promise<void> {
    this.addSql(`create table "login_code" ("id" uuid not null, "phone" varchar(20) not null, "code_hash" varchar(64) not null, "expires_at" timestamptz not null, "attempts" int not null default 0, "consumed_at" timestamptz null, "created_at" timestamptz not null default now(), primary key ("id"));`);
    this.addSql(`create index "login_code_phone_created_idx" on "login_code" ("phone", "created_at");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "login_code" cascade;`);
  }

}
