import { Migration } from '@mikro-orm/migrations';

type Run = (sql: string, params?: unknown[]) => Promise<Record<string, unknown>[]>;

/** How many leading digits name a region at each level, in SQL: a child's code starts with its parent's. */
const significant = (alias: string) =>
  `left(${alias}."code", case ${alias}."level" when 'PROVINCE' then 2 when 'CITY' then 4 when 'COUNTY' then 6 when 'TOWNSHIP' then 9 else 12 end)`;

/** Stops the migration, naming the first regions that break a rule, when the query finds any. */
async function refuseAny(run: Run, problem: string, query: string): Promise<void> {
  const rows = await run(`${query} order by r."code", r."id" limit 6`);
  if (!rows.length) return;
  const named = rows.slice(0, 5).map((r) => `${String(r.name)} (${String(r.level)} ${String(r.code)})`).join(', ');
  throw new Error(`Region codes: ${problem}: ${named}${rows.length > 5 ? ', …' : ''}. Correct these regions and migrate again.`);
}

/**
 * A province may sit above the cities, and region codes become the 12-digit statistical division codes
 * (统计用区划代码). Until now a city was always the root and codes were stored as given: the seeds wrote the 6-digit
 * division code for cities and counties, 9 digits for townships and 12 for villages. Each is padded with zeros to
 * 12 digits; then every code must match its level and start with its parent's digits, or the migration stops
 * naming the regions to correct and writes nothing. A city-rooted tree stays valid; no province is added here.
 */
export class Migration20261201063706_province_and_region_codes extends Migration {

  override name = 'Migration20261201063706_province_and_region_codes';

  override async up(): Promise<void> {
    const run: Run = (sql, params) => this.execute(sql, params) as Promise<Record<string, unknown>[]>;

    await run(`alter table "region" drop constraint "region_root_is_city";`);
    await run(`alter table "region" drop constraint "region_level_check";`);
    await run(`alter table "region" add constraint "region_level_check" check ("level" in ('PROVINCE', 'CITY', 'COUNTY', 'TOWNSHIP', 'VILLAGE'));`);
    await run(`alter table "region" add constraint "region_root_is_province_or_city" check ("parent_id" is not null or "level" in ('PROVINCE', 'CITY'));`);
    await run(`alter table "region" add constraint "region_province_is_root" check ("level" <> 'PROVINCE' or "parent_id" is null);`);

    await refuseAny(run, 'not a 6-, 9- or 12-digit division code',
      `select r.* from "region" r where r."code" !~ '^([0-9]{6}|[0-9]{9}|[0-9]{12})$'`);
    await refuseAny(run, 'two regions would share one 12-digit code',
      `select r.* from "region" r where rpad(r."code", 12, '0') in (select rpad("code", 12, '0') from "region" group by 1 having count(*) > 1)`);
    await run(`update "region" set "code" = rpad("code", 12, '0') where length("code") < 12;`);
    await refuseAny(run, 'the code does not match the level (a province ends in 10 zeros, a city in 8 but is not a province code, a county in 6, a township in 3; a village does not end in 000)',
      `select r.* from "region" r where not (
        (r."level" = 'PROVINCE' and r."code" ~ '^[0-9]{2}0{10}$')
        or (r."level" = 'CITY' and r."code" ~ '^[0-9]{4}0{8}$' and r."code" !~ '^[0-9]{2}0{10}$')
        or (r."level" = 'COUNTY' and r."code" ~ '^[0-9]{6}0{6}$')
        or (r."level" = 'TOWNSHIP' and r."code" ~ '^[0-9]{9}000$')
        or (r."level" = 'VILLAGE' and r."code" !~ '000$'))`);
    await refuseAny(run, 'the code does not start with the digits of the parent region',
      `select r.* from "region" r join "region" p on p."id" = r."parent_id" where left(r."code", length(${significant('p')})) <> ${significant('p')}`);

    await run(`alter table "region" add constraint "region_code_matches_level" check (("level" = 'PROVINCE' and "code" ~ '^[0-9]{2}0{10}$')
    or ("level" = 'CITY' and "code" ~ '^[0-9]{4}0{8}$' and "code" !~ '^[0-9]{2}0{10}$')
    or ("level" = 'COUNTY' and "code" ~ '^[0-9]{6}0{6}$')
    or ("level" = 'TOWNSHIP' and "code" ~ '^[0-9]{9}000$')
    or ("level" = 'VILLAGE' and "code" !~ '000$'));`);
    await run(`alter table "region" add constraint "region_code_12_digits" check ("code" ~ '^[0-9]{12}$');`);
  }

  override async down(): Promise<void> {
    const run: Run = (sql, params) => this.execute(sql, params) as Promise<Record<string, unknown>[]>;
    const [province] = await run(`select "name" from "region" where "level" = 'PROVINCE' limit 1`);
    if (province) throw new Error(`Irreversible while a province exists (${String(province.name)}): the previous release has no province level`);
    await run(`alter table "region" drop constraint "region_code_matches_level";`);
    await run(`alter table "region" drop constraint "region_code_12_digits";`);
    await run(`alter table "region" drop constraint "region_province_is_root";`);
    await run(`alter table "region" drop constraint "region_root_is_province_or_city";`);
    await run(`alter table "region" drop constraint "region_level_check";`);
    await run(`update "region" set "code" = left("code", case "level" when 'TOWNSHIP' then 9 when 'VILLAGE' then 12 else 6 end);`);
    await run(`alter table "region" add constraint "region_root_is_city" check (("level" = 'CITY') = ("parent_id" is null));`);
    await run(`alter table "region" add constraint "region_level_check" check ("level" in ('CITY', 'COUNTY', 'TOWNSHIP', 'VILLAGE'));`);
  }

}
