import { Migration } from '@mikro-orm/migrations';

/**
 * The body of `fq_month_partition(parent, month_start)`: creates `<parent>_YYYY_MM` for a month (Asia/Shanghai), moving
 * any of its rows out of `<parent>_default` first; null when the month's table exists already (attached or archived).
 * Exported for the routine's declaration (db/partitions.ts), so that the two cannot differ.
 */
export const MONTH_PARTITION_BODY = `declare
  child text := parent || '_' || to_char(month_start, 'YYYY_MM');
  deflt text := parent || '_default';
  lo timestamptz := month_start::timestamp at time zone 'Asia/Shanghai';
  hi timestamptz := (month_start + interval '1 month')::timestamp at time zone 'Asia/Shanghai';
  stray boolean;
begin
  if to_regclass(quote_ident(child)) is not null then
    return null;
  end if;
  execute format('select exists (select 1 from %I where at >= $1 and at < $2)', deflt) into stray using lo, hi;
  if not stray then
    execute format('create table %I partition of %I for values from (%L) to (%L)', child, parent, lo, hi);
  else
    -- Rows of this month sit in the default partition: take it out, create the month, move them, put it back.
    execute format('alter table %I detach partition %I', parent, deflt);
    execute format('create table %I partition of %I for values from (%L) to (%L)', child, parent, lo, hi);
    execute format('alter table %I disable trigger user', deflt);
    execute format('with moved as (delete from %I where at >= $1 and at < $2 returning *) insert into %I select * from moved', deflt, child) using lo, hi;
    execute format('alter table %I enable trigger user', deflt);
    execute format('alter table %I attach partition %I default', parent, deflt);
  end if;
  return child;
end`;

/**
 * The two tables that grow without end, audit_event and work_log_entry, become range-partitioned by month of `at`
 * (declarative partitioning; months in Asia/Shanghai). The existing rows are copied into the new tables, one partition
 * per month that has rows, plus the months ahead; a DEFAULT partition takes anything no month's partition covers yet,
 * and `fq_month_partition` (which the application's partition job calls too, db/partitions.ts) creates a month's
 * partition, moving any such rows out of the default first. PostgreSQL asks every unique key of a partitioned table to
 * include the partition key: the primary keys become (id, at), the work log's idempotency key (adviser, key, at).
 * Old audit months detached by retention go to audit_event_archived; the view audit_trail reads both.
 */
export class Migration20261202184713_partitioned_growth_tables extends Migration {
  override name = 'Migration20261202184713_partitioned_growth_tables';

  override up(): void | Promise<void> {
    this.addSql(`create or replace function "fq_month_partition"(parent text, month_start date) returns text language plpgsql as $fn$\n${MONTH_PARTITION_BODY}\n$fn$;`);
    // The months a table's rows fall in, and the three ahead of today, each get a partition.
    const months = (table: string) =>
      `select date_trunc('month', m)::date from (
         select at at time zone 'Asia/Shanghai' as m from "${table}"
         union select generate_series(date_trunc('month', now() at time zone 'Asia/Shanghai'),
                                      date_trunc('month', now() at time zone 'Asia/Shanghai') + interval '3 months', interval '1 month')
       ) t group by 1 order by 1`;

    // ---- audit_event ------------------------------------------------------------------------------------------
    this.addSql(`alter table "audit_event" rename to "audit_event_unpartitioned";`);
    this.addSql(`drop trigger "audit_event_insert_only" on "audit_event_unpartitioned";`);
    this.addSql(`alter table "audit_event_unpartitioned" drop constraint "audit_event_pkey", drop constraint "audit_event_actor_id_foreign", drop constraint "audit_event_county_id_foreign";`);
    this.addSql(`drop index "audit_event_actor_at_idx", "audit_event_at_index", "audit_event_county_id_index", "audit_event_entity_idx";`);
    for (const table of ['audit_event', 'audit_event_archived']) {
      this.addSql(`create table "${table}" ("id" uuid not null, "at" timestamptz not null default now(), "actor_id" uuid null, "county_id" uuid null, "action" varchar(40) not null, "entity_type" varchar(40) not null, "entity_id" uuid not null, "field" varchar(60) null, "request_id" varchar(64) not null, "ip" varchar(64) not null, "details" jsonb null, primary key ("id", "at")) partition by range ("at");`);
      this.addSql(`create table "${table}_default" partition of "${table}" default;`);
      this.addSql(`alter table "${table}" add constraint "${table}_actor_id_foreign" foreign key ("actor_id") references "app_user" ("id") on delete restrict;`);
      this.addSql(`alter table "${table}" add constraint "${table}_county_id_foreign" foreign key ("county_id") references "region" ("id") on delete restrict;`);
      this.addSql(`create index "${table}_county_id_index" on "${table}" ("county_id");`);
      this.addSql(`create or replace function "${table}_${table}_insert_only_fn"() returns trigger as $$ begin raise exception 'audit events are insert-only' using errcode = 'restrict_violation'; end; $$ language plpgsql;`);
      this.addSql(`create trigger "${table}_insert_only" BEFORE UPDATE OR DELETE on "${table}" for each ROW execute function "${table}_${table}_insert_only_fn"();`);
    }
    this.addSql(`alter table "audit_event_archived" alter column "at" drop default;`);
    this.addSql(`create index "audit_event_at_index" on "audit_event" ("at");`);
    this.addSql(`create index "audit_event_actor_at_idx" on "audit_event" ("actor_id", "at");`);
    this.addSql(`create index "audit_event_entity_idx" on "audit_event" ("entity_type", "entity_id");`);
    this.addSql(`select "fq_month_partition"('audit_event', m) from (${months('audit_event_unpartitioned')}) as months(m);`);
    this.addSql(`insert into "audit_event" select * from "audit_event_unpartitioned";`);
    this.addSql(`drop table "audit_event_unpartitioned";`);

    this.addSql(`create table "audit_archive" ("month" varchar(7) not null, "partition" varchar(63) not null, "file" text not null, "events" int not null, "sha256" varchar(64) not null, "archived_at" timestamptz not null, "dropped_at" timestamptz null, primary key ("month"));`);
    this.addSql(`create view "audit_trail" as select * from audit_event union all select * from audit_event_archived;`);

    // ---- work_log_entry ---------------------------------------------------------------------------------------
    this.addSql(`alter table "work_log_entry" rename to "work_log_entry_unpartitioned";`);
    this.addSql(`alter table "work_log_entry_unpartitioned"
      drop constraint "work_log_entry_pkey", drop constraint "work_log_entry_adviser_client_key_uniq",
      drop constraint "work_log_entry_adviser_id_foreign", drop constraint "work_log_entry_case_id_foreign",
      drop constraint "work_log_entry_county_id_foreign", drop constraint "work_log_entry_created_by_id_foreign",
      drop constraint "work_log_entry_township_id_foreign", drop constraint "work_log_entry_village_id_foreign",
      drop constraint "work_log_entry_category_check", drop constraint "work_log_entry_duration_range",
      drop constraint "work_log_entry_mode_check", drop constraint "work_log_entry_month_format";`);
    this.addSql(`drop index "work_log_entry_adviser_month_idx", "work_log_entry_at_idx", "work_log_entry_case_id_index", "work_log_entry_county_at_idx", "work_log_entry_township_at_idx", "work_log_entry_village_id_index";`);
    this.addSql(`create table "work_log_entry" ("id" uuid not null, "adviser_id" uuid not null, "village_id" uuid not null, "township_id" uuid not null, "at" timestamptz not null, "month" varchar(7) not null, "category" text check ("category" in ('CONSULTATION', 'MEDIATION', 'LECTURE', 'AGREEMENT_REVIEW', 'SCREENING', 'DOCUMENT_DRAFTING', 'LEGAL_OPINION', 'OTHER')) not null, "mode" text check ("mode" in ('ONLINE', 'OFFLINE')) not null, "person_served" varchar(50) not null, "phone" varchar(30) null, "matter" varchar(200) not null, "content" text not null, "duration_min" int not null, "case_id" uuid null, "venue" varchar(100) null, "attendee_count" int null, "created_by_id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "county_id" uuid not null, "client_key" uuid null, "client_payload" varchar(64) null, primary key ("id", "at")) partition by range ("at");`);
    this.addSql(`create table "work_log_entry_default" partition of "work_log_entry" default;`);
    this.addSql(`alter table "work_log_entry" add constraint "work_log_entry_adviser_client_key_uniq" unique ("adviser_id", "client_key", "at");`);
    this.addSql(`alter table "work_log_entry" add constraint "work_log_entry_duration_range" check ("duration_min" >= 1 and "duration_min" <= 1440);`);
    this.addSql(`alter table "work_log_entry" add constraint "work_log_entry_month_format" check ("month" ~ '^[0-9]{4}-(0[1-9]|1[0-2])\$');`);
    this.workLogIndexesAndForeignKeys();
    this.addSql(`select "fq_month_partition"('work_log_entry', m) from (${months('work_log_entry_unpartitioned')}) as months(m);`);
    this.addSql(`insert into "work_log_entry" select * from "work_log_entry_unpartitioned";`);
    this.addSql(`drop table "work_log_entry_unpartitioned";`);
  }

  /** The work log's indexes and foreign keys, the same on the partitioned table (up) and the plain one (down). */
  private workLogIndexesAndForeignKeys(): void {
    for (const [name, columns] of [
      ['work_log_entry_village_id_index', '"village_id"'],
      ['work_log_entry_case_id_index', '"case_id"'],
      ['work_log_entry_township_at_idx', '"township_id", "at"'],
      ['work_log_entry_adviser_month_idx', '"adviser_id", "month"'],
      ['work_log_entry_at_idx', '"at" desc, "id"'],
      ['work_log_entry_county_at_idx', '"county_id", "at" desc, "id"'],
    ]) {
      this.addSql(`create index "${name}" on "work_log_entry" (${columns});`);
    }
    for (const [column, target] of [
      ['adviser_id', 'legal_adviser'],
      ['village_id', 'region'],
      ['township_id', 'region'],
      ['case_id', 'mediation_case'],
      ['created_by_id', 'app_user'],
      ['county_id', 'region'],
    ]) {
      this.addSql(`alter table "work_log_entry" add constraint "work_log_entry_${column}_foreign" foreign key ("${column}") references "${target}" ("id") on delete restrict;`);
    }
  }

  override down(): void | Promise<void> {
    // Back to plain tables, every row kept (archived audit months that were not dropped return to the live table).
    this.addSql(`drop view if exists "audit_trail";`);
    this.addSql(`create table "audit_event_plain" (like "audit_event" including defaults);`);
    this.addSql(`insert into "audit_event_plain" select * from "audit_event" union all select * from "audit_event_archived";`);
    this.addSql(`drop table "audit_event" cascade;`);
    this.addSql(`drop table "audit_event_archived" cascade;`);
    this.addSql(`drop function if exists "audit_event_archived_audit_event_archived_insert_only_fn"();`);
    this.addSql(`drop table "audit_archive";`);
    this.addSql(`alter table "audit_event_plain" rename to "audit_event";`);
    this.addSql(`alter table "audit_event" add primary key ("id");`);
    this.addSql(`create index "audit_event_at_index" on "audit_event" ("at");`);
    this.addSql(`create index "audit_event_county_id_index" on "audit_event" ("county_id");`);
    this.addSql(`create index "audit_event_actor_at_idx" on "audit_event" ("actor_id", "at");`);
    this.addSql(`create index "audit_event_entity_idx" on "audit_event" ("entity_type", "entity_id");`);
    this.addSql(`alter table "audit_event" add constraint "audit_event_actor_id_foreign" foreign key ("actor_id") references "app_user" ("id") on delete restrict;`);
    this.addSql(`alter table "audit_event" add constraint "audit_event_county_id_foreign" foreign key ("county_id") references "region" ("id") on delete restrict;`);
    this.addSql(`create trigger "audit_event_insert_only" BEFORE UPDATE OR DELETE on "audit_event" for each ROW execute function "audit_event_audit_event_insert_only_fn"();`);

    this.addSql(`create table "work_log_entry_plain" (like "work_log_entry" including defaults including constraints);`);
    this.addSql(`insert into "work_log_entry_plain" select * from "work_log_entry";`);
    this.addSql(`drop table "work_log_entry" cascade;`);
    this.addSql(`alter table "work_log_entry_plain" rename to "work_log_entry";`);
    this.addSql(`alter table "work_log_entry" add primary key ("id");`);
    this.addSql(`alter table "work_log_entry" add constraint "work_log_entry_adviser_client_key_uniq" unique ("adviser_id", "client_key");`);
    this.workLogIndexesAndForeignKeys();
    this.addSql(`drop function if exists "fq_month_partition"(text, date);`);
  }
}
