import { Migration } from '@mikro-orm/migrations';

export class Migration20261202022925_settings_per_region extends Migration {

  override name = 'Migration20261202022925_settings_per_region';

  override up(): void | Promise<void> {
    this.addSql(`alter table "setting" drop constraint "setting_pkey";`);
    this.addSql(`alter table "setting" add "region_id" uuid null;`);
    // Settings were installation-wide: they become the root region's, the default of every county under it, so
    // nothing changes for anyone until a county or city sets its own. Without a region there is nobody to apply them to.
    this.addSql(`update "setting" set "region_id" = (select "id" from "region" where "parent_id" is null order by "code", "id" limit 1);`);
    this.addSql(`delete from "setting" where "region_id" is null;`);
    this.addSql(`alter table "setting" alter column "region_id" set not null;`);
    this.addSql(`alter table "setting" add constraint "setting_region_id_foreign" foreign key ("region_id") references "region" ("id") on delete cascade;`);
    this.addSql(`alter table "setting" add primary key ("region_id", "key");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "setting" drop constraint "setting_region_id_foreign";`);

    this.addSql(`alter table "setting" drop constraint "setting_pkey";`);
    // Back to one value per key: the root's (the nearest thing to installation-wide) wins.
    this.addSql(`delete from "setting" s using "region" r where r."id" = s."region_id" and r."parent_id" is not null and exists (select 1 from "setting" o join "region" ro on ro."id" = o."region_id" where o."key" = s."key" and ro."parent_id" is null);`);
    this.addSql(`delete from "setting" s where exists (select 1 from "setting" o where o."key" = s."key" and o."region_id" < s."region_id");`);
    this.addSql(`alter table "setting" drop column "region_id";`);
    this.addSql(`alter table "setting" add primary key ("key");`);
  }

}
