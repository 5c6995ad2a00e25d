import { Migration } from '@mikro-orm/migrations';

export class Migration20261127180900_agreement_review_comment extends Migration {

  override name = 'Migration20261127180900_agreement_review_comment';

  override up(): void | Promise<void> {
    this.addSql(`alter table "agreement" add "review_comment_sealed" text null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "agreement" drop column "review_comment_sealed";`);
  }

}
