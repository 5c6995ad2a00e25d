import { Migration } from '@mikro-orm/migrations';

export class Migration20261202064500_work_log_client_key extends Migration {

  override name = 'Migration20261202064500_work_log_client_key';

  override up(): void | Promise<void> {
    // An entry saved offline is sent with the key its device chose; a repeat of it finds the entry by that key.
    this.addSql(`alter table "work_log_entry" add "client_key" uuid null, add "client_payload" varchar(64) null;`);
    this.addSql(`alter table "work_log_entry" add constraint "work_log_entry_adviser_client_key_uniq" unique ("adviser_id", "client_key");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "work_log_entry" drop constraint "work_log_entry_adviser_client_key_uniq";`);
    this.addSql(`alter table "work_log_entry" drop column "client_key", drop column "client_payload";`);
  }

}
