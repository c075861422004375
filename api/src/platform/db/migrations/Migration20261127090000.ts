import { Migration } from '@mikro-orm/migrations';

/** report_rebuild_repeat_rollups() as Migration20261125090000 left it (restored by down()). */
const REBUILD_UNITS = `create or replace function report_rebuild_repeat_rollups() returns void language plpgsql as $$
      begin
        truncate report_repeat_units, report_repeat_assignees, report_repeat_dirty;
        perform report_build_repeat(null);
      end $$;`;

/** report_refresh_repeat_rollups() as Migration20261125090000 left it (restored by down()). */
const REFRESH_UNITS = `create or replace function report_refresh_repeat_rollups() returns int language plpgsql as $$
      declare
        ids bigint[];
        units int[];
      begin
        if current_setting('transaction_isolation') not in ('repeatable read', 'serializable') then
          raise exception 'report_refresh_repeat_rollups() needs a REPEATABLE READ transaction';
        end if;
        if not pg_try_advisory_xact_lock(hashtext('report_repeat_rollups')) then return 0; end if;
        select array_agg(id), array_agg(distinct unit_id) into ids, units from report_repeat_dirty;
        if ids is null then return 0; end if;
        delete from report_repeat_units where unit_id = any(units);
        delete from report_repeat_assignees where unit_id = any(units);
        perform report_build_repeat(units);
        delete from report_repeat_dirty where id = any(ids);
        return cardinality(ids);
      end $$;`;

/**
 * A (property, category) level over report_repeat_units, for the repeat pattern "same category across a property":
 * each group's creation times (epoch ms, sorted, with the parallel order numbers) and its unit rows' first and last
 * creation times (each sorted). A report counts a group's orders in its range with two binary searches, and bounds
 * how many units have one: at least those whose first (or last) order is in the range, at most those whose first is
 * before its end less those whose last is before its start; only the few groups the bounds leave open (and those of
 * dirty units) are read unit by unit. Kept by the same refresh as the unit rows. The index on the number of flagged
 * orders lets the pattern "same unit and category" read only the units that can reach its list's cut.
 */
export class Migration20261127090000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "report_repeat_groups" (
      "property_id" int not null,
      "category_id" int not null,
      "created" float8[] not null,
      "numbers" int[] not null,
      "firsts" float8[] not null,
      "lasts" float8[] not null,
      primary key ("property_id", "category_id"));`);
    this.addSql(
      `create index "report_repeat_units_flagged_idx" on "report_repeat_units" (cardinality("flagged"));`,
    );
    // the groups of the pairs (p_properties[i], p_categories[i]) rebuilt from their unit rows (null: every group)
    this
      .addSql(`create function report_build_repeat_groups(p_properties int[], p_categories int[]) returns void language sql as $$
      delete from report_repeat_groups g
       where p_properties is null
          or (g.property_id, g.category_id) in (select * from unnest(p_properties, p_categories));
      insert into report_repeat_groups (property_id, category_id, created, numbers, firsts, lasts)
      select a.property_id, a.category_id, a.created, a.numbers, e.firsts, e.lasts
        from (select r.property_id, r.category_id, array_agg(x.ms order by x.ms, x.number) as created,
                     array_agg(x.number order by x.ms, x.number) as numbers
                from report_repeat_units r cross join lateral unnest(r.created, r.numbers) x(ms, number)
               where p_properties is null
                  or (r.property_id, r.category_id) in (select * from unnest(p_properties, p_categories))
               group by 1, 2) a
        join (select r.property_id, r.category_id, array_agg(r.created[1] order by r.created[1]) as firsts,
                     array_agg(r.created[cardinality(r.created)] order by r.created[cardinality(r.created)]) as lasts
                from report_repeat_units r
               where p_properties is null
                  or (r.property_id, r.category_id) in (select * from unnest(p_properties, p_categories))
               group by 1, 2) e on e.property_id = a.property_id and e.category_id = a.category_id $$;`);
    this
      .addSql(`create or replace function report_rebuild_repeat_rollups() returns void language plpgsql as $$
      begin
        truncate report_repeat_units, report_repeat_assignees, report_repeat_groups, report_repeat_dirty;
        perform report_build_repeat(null);
        perform report_build_repeat_groups(null, null);
      end $$;`);
    // the groups the dirty units' rows were in, and are in now, are rebuilt after them
    this.addSql(`create or replace function report_refresh_repeat_rollups() returns int language plpgsql as $$
      declare
        ids bigint[];
        units int[];
        properties int[];
        categories int[];
      begin
        if current_setting('transaction_isolation') not in ('repeatable read', 'serializable') then
          raise exception 'report_refresh_repeat_rollups() needs a REPEATABLE READ transaction';
        end if;
        if not pg_try_advisory_xact_lock(hashtext('report_repeat_rollups')) then return 0; end if;
        select array_agg(id), array_agg(distinct unit_id) into ids, units from report_repeat_dirty;
        if ids is null then return 0; end if;
        with gone as (delete from report_repeat_units where unit_id = any(units) returning property_id, category_id)
        select coalesce(array_agg(property_id), '{}'), coalesce(array_agg(category_id), '{}') into properties, categories
          from (select distinct property_id, category_id from gone) d;
        delete from report_repeat_assignees where unit_id = any(units);
        perform report_build_repeat(units);
        select coalesce(array_agg(property_id), '{}'), coalesce(array_agg(category_id), '{}') into properties, categories
          from (select r.property_id, r.category_id from report_repeat_units r where r.unit_id = any(units)
                union select * from unnest(properties, categories)) d;
        perform report_build_repeat_groups(properties, categories);
        delete from report_repeat_dirty where id = any(ids);
        return cardinality(ids);
      end $$;`);
    this.addSql(`select report_build_repeat_groups(null, null);`);
    this.addSql(`analyze report_repeat_groups, report_repeat_units;`);
  }

  override async down(): Promise<void> {
    this.addSql(REFRESH_UNITS);
    this.addSql(REBUILD_UNITS);
    this.addSql(`drop function report_build_repeat_groups(int[], int[]);`);
    this.addSql(`drop index "report_repeat_units_flagged_idx";`);
    this.addSql(`drop table "report_repeat_groups";`);
  }
}
