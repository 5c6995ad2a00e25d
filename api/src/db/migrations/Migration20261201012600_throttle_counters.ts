import { Migration } from '@mikro-orm/migrations';

export class Migration20261201012600_throttle_counters extends Migration {

  override name = 'Migration20261201012600_throttle_counters';

  override up(): void | Promise<void> {
    this.addSql(`create table "throttle_counter" ("key" varchar(80) not null, "attempts" int not null, "retry_at" timestamptz not null, "expires_at" timestamptz not null, primary key ("key"));`);
    this.addSql(`create index "throttle_counter_expires_at_idx" on "throttle_counter" ("expires_at");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "throttle_counter" cascade;`);
  }

}
