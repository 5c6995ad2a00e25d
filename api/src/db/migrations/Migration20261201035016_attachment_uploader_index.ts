import { Migration } from '@mikro-orm/migrations';

export class Migration20261201035016_attachment_uploader_index extends Migration {

  override name = 'Migration20261201035016_attachment_uploader_index';

  override up(): void | Promise<void> {
    this.addSql(`create index "attachment_uploader_created_idx" on "attachment" ("uploaded_by_id", "created_at");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "attachment_uploader_created_idx";`);
  }

}
