import { Migration } from '@mikro-orm/migrations';

export class Migration20261201042545_key_rotation extends Migration {

  override name = 'Migration20261201042545_key_rotation';

  override up(): void | Promise<void> {
    this.addSql(`alter table "person" add "id_number_hash_key" varchar(16) null;`);

    this.addSql(`alter table "audit_event" add "details" jsonb null;`);
    this.addSql(`alter table "audit_event" alter column "actor_id" drop not null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "audit_event" drop column "details";`);
    this.addSql(`alter table "audit_event" alter column "actor_id" set not null;`);

    this.addSql(`alter table "person" drop column "id_number_hash_key";`);
  }

}
