import { Migration } from '@mikro-orm/migrations';

export class Migration20261202064600_agreement_scan extends Migration {

  override name = 'Migration20261202064600_agreement_scan';

  override up(): void | Promise<void> {
    this.addSql(`create table "agreement_scan" ("id" uuid not null, "agreement_id" uuid not null, "mime" varchar(100) not null, "size" int not null, "content_sealed" text not null, "uploaded_by_id" uuid not null, "uploaded_at" timestamptz not null default now(), primary key ("id"));`);
    this.addSql(`alter table "agreement_scan" add constraint "agreement_scan_agreement_unique" unique ("agreement_id");`);

    this.addSql(`alter table "agreement_scan" add constraint "agreement_scan_agreement_id_foreign" foreign key ("agreement_id") references "agreement" ("id") on delete cascade;`);
    this.addSql(`alter table "agreement_scan" add constraint "agreement_scan_uploaded_by_id_foreign" foreign key ("uploaded_by_id") references "app_user" ("id") on delete restrict;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "agreement_scan" cascade;`);
  }

}
