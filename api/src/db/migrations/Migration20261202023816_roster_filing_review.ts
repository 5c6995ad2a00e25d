import { Migration } from '@mikro-orm/migrations';

export class Migration20261202023816_roster_filing_review extends Migration {

  override name = 'Migration20261202023816_roster_filing_review';

  override up(): void | Promise<void> {
    this.addSql(`create table "roster_filing_review" ("id" uuid not null, "filing_id" uuid not null, "decision" text not null, "comment" text null, "reviewer_id" uuid not null, "reviewed_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "roster_filing_review" add constraint "roster_filing_review_filing_unique" unique ("filing_id");`);

    this.addSql(`alter table "roster_filing_review" add constraint "roster_filing_review_filing_id_foreign" foreign key ("filing_id") references "roster_filing" ("id") on delete restrict;`);
    this.addSql(`alter table "roster_filing_review" add constraint "roster_filing_review_reviewer_id_foreign" foreign key ("reviewer_id") references "app_user" ("id") on delete restrict;`);
    this.addSql(`alter table "roster_filing_review" add constraint "roster_filing_review_decision_check" check ("decision" in ('FILED', 'ACKNOWLEDGED', 'RETURNED'));`);
    this.addSql(`create or replace function "roster_filing_review_roster_filing_review_immutable_fn"() returns trigger as \$\$ begin raise exception 'roster filing decisions are final' using errcode = 'restrict_violation'; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "roster_filing_review_immutable" BEFORE UPDATE OR DELETE on "roster_filing_review" for each ROW execute function "roster_filing_review_roster_filing_review_immutable_fn"();`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop trigger if exists "roster_filing_review_immutable" on "roster_filing_review";`);
    this.addSql(`drop function if exists "roster_filing_review_roster_filing_review_immutable_fn"();`);
    this.addSql(`drop table if exists "roster_filing_review" cascade;`);
  }

}
