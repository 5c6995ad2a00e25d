import { Migration } from '@mikro-orm/migrations';

export class Migration20261127182052_return_visits extends Migration {

  override name = 'Migration20261127182052_return_visits';

  override up(): void | Promise<void> {
    this.addSql(`create table "return_visit" ("id" uuid not null, "case_id" uuid not null, "visited_on" date not null, "carried_out" boolean not null, "performance" text not null, "satisfaction" text null, "recorded_by_id" uuid not null, "created_at" timestamptz not null default now(), primary key ("id"));`);
    this.addSql(`create index "return_visit_case_id_index" on "return_visit" ("case_id");`);

    this.addSql(`alter table "return_visit" add constraint "return_visit_case_id_foreign" foreign key ("case_id") references "mediation_case" ("id") on delete cascade;`);
    this.addSql(`alter table "return_visit" add constraint "return_visit_recorded_by_id_foreign" foreign key ("recorded_by_id") references "app_user" ("id") on delete restrict;`);
    this.addSql(`alter table "return_visit" add constraint "return_visit_performance_check" check ("performance" in ('PENDING', 'PERFORMED', 'PARTIAL', 'NOT_PERFORMED'));`);
    this.addSql(`alter table "return_visit" add constraint "return_visit_satisfaction_check" check ("satisfaction" in ('SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "return_visit" cascade;`);
  }

}
