import { Migration } from '@mikro-orm/migrations';

/**
 * Time to close: cumulative histograms (report_close_cumulative), so a portfolio report over many months merges two
 * rows per group instead of one a month: per boundary month b and group (property 0: every dimension but weeks; each
 * property: dimension 'a', the report's by-property figures) the sums of the monthly rows before b, kept at the
 * boundaries after the months a group has rows in; a report reads the latest at or before each end of its range
 * and subtracts. report_refresh_rollups() rebuilds them after the months it rebuilt.
 *
 * Rollups of the maintenance report's repeat issues (see docs/OPERATIONS.md, "Report rollups"). Whether an order
 * is part of a repeat does not depend on the report's range (SAME_UNIT_SAME_CATEGORY: another non-cancelled order
 * of its unit and category within 180 days; SAME_ASSIGNEE_REPEAT_VISITS: another order of its unit, category and
 * assignee within 30 days), so it is kept per order, in sorted arrays:
 * - report_repeat_units: per (property, category, unit) the creation times (epoch milliseconds: created_at has
 *   millisecond precision, and width_bucket over float8[] compares without function calls) and numbers of the
 *   non-cancelled orders
 *   (SAME_CATEGORY_ACROSS_PROPERTY counts them) and of those flagged SAME_UNIT_SAME_CATEGORY; how many fall in a
 *   range is two binary searches (width_bucket). `mismatch`: the unit belongs to another property than the orders.
 * - report_repeat_assignees: per (property, category, unit, assignee) the flagged SAME_ASSIGNEE_REPEAT_VISITS orders.
 * A flag depends on the other orders of the same unit only, so a trigger marks the units of every relevant change
 * dirty (report_repeat_dirty), in the writing transaction; the report reads the dirty units' orders themselves and
 * report_refresh_repeat_rollups() (run by the report's refresher with report_refresh_rollups()) rebuilds them.
 * The windows (180 and 30 days) are REPEAT_RULES in api/src/modules/report/report.repeat.ts.
 */
export class Migration20261125090000 extends Migration {
  override async up(): Promise<void> {
    // time to close: cumulative histograms (see the class comment)
    this.addSql(`create table "report_close_cumulative" (
      "month" date not null,
      "dim" text not null,
      "property_id" int not null,
      "key" text not null,
      "n" int not null,
      "secs" numeric not null,
      "response_met" int not null,
      "resolution_met" int not null,
      "buckets" int[] not null,
      "counts" int[] not null,
      primary key ("dim", "property_id", "key", "month"));`);
    // the rows of property 0 (every dimension but weeks) and of p_properties (null: all; dimension 'a') at the
    // boundaries after p_after: the sums of their monthly rows before each boundary
    this
      .addSql(`create function report_build_cumulative(p_after date, p_properties int[]) returns void language sql as $$
      insert into report_close_cumulative (month, dim, property_id, key, n, secs, response_met, resolution_met, buckets, counts)
      with targets as (
        select distinct (r.month + interval '1 month')::date as boundary, r.dim, r.property_id, r.key
          from report_close_rollups r
         where r.month >= p_after and r.dim <> 'w'
           and (r.property_id = 0 or (r.dim = 'a' and (p_properties is null or r.property_id = any(p_properties))))
      ), parts as (
        -- the key's latest cumulative row at or before p_after (still right) and its monthly rows since
        select t.boundary, t.dim, t.property_id, t.key, c.n, c.secs, c.response_met, c.resolution_met, c.buckets, c.counts
          from targets t
          join lateral (select * from report_close_cumulative c
                         where c.dim = t.dim and c.property_id = t.property_id and c.key = t.key and c.month <= p_after
                         order by c.month desc limit 1) c on true
        union all
        select t.boundary, t.dim, t.property_id, t.key, r.n, r.secs, r.response_met, r.resolution_met, r.buckets, r.counts
          from targets t
          join report_close_rollups r on r.dim = t.dim and r.property_id = t.property_id and r.key = t.key
                                     and r.month >= p_after and r.month < t.boundary
      )
      select t.boundary, t.dim, t.property_id, t.key, t.n, t.secs, t.rm, t.sm, coalesce(h.buckets, '{}'), coalesce(h.counts, '{}')
        from (select boundary, dim, property_id, key, sum(n)::int as n, sum(secs) as secs, sum(response_met)::int as rm,
                     sum(resolution_met)::int as sm
                from parts group by 1, 2, 3, 4) t
        left join (
          select boundary, dim, property_id, key, array_agg(b order by b) as buckets, array_agg(c order by b) as counts
            from (select p.boundary, p.dim, p.property_id, p.key, u.b, sum(u.c)::int as c
                    from parts p cross join unnest(p.buckets, p.counts) u(b, c) group by 1, 2, 3, 4, 5) x
           group by 1, 2, 3, 4) h
          on h.boundary = t.boundary and h.dim = t.dim and h.property_id = t.property_id and h.key = t.key $$;`);
    // the months' refresh as before, then the cumulative rows after the first of them
    this.addSql(`create or replace function report_refresh_rollups() returns int language plpgsql as $$
      declare
        ids bigint[];
        m record;
        first_month date;
        props int[];
      begin
        if current_setting('transaction_isolation') not in ('repeatable read', 'serializable') then
          raise exception 'report_refresh_rollups() needs a REPEATABLE READ transaction';
        end if;
        -- one refresher at a time (several api instances): the others skip this round
        if not pg_try_advisory_xact_lock(hashtext('report_close_rollups')) then return 0; end if;
        select array_agg(id) into ids from report_rollup_dirty;
        if ids is null then return 0; end if;
        for m in select month, array_agg(distinct property_id) as props from report_rollup_dirty where id = any(ids) group by month loop
          delete from report_close_rollups where month = m.month and (property_id = 0 or property_id = any(m.props));
          perform report_build_rollups(m.month::timestamp at time zone 'UTC',
                                       (m.month + interval '1 month')::timestamp at time zone 'UTC', m.props);
          perform report_build_portfolio(m.month);
          delete from report_vendor_rollups where month = m.month and (property_id = 0 or property_id = any(m.props));
          perform report_build_vendor_rollups(m.month::timestamp at time zone 'UTC',
                                              (m.month + interval '1 month')::timestamp at time zone 'UTC', m.props);
          perform report_build_vendor_portfolio(m.month);
        end loop;
        select min(month), array_agg(distinct property_id) into first_month, props from report_rollup_dirty where id = any(ids);
        delete from report_close_cumulative
         where month > first_month and (property_id = 0 or (dim = 'a' and property_id = any(props)));
        perform report_build_cumulative(first_month, props);
        delete from report_rollup_dirty where id = any(ids);
        return cardinality(ids);
      end $$;`);
    this.addSql(`create table "report_repeat_units" (
      "property_id" int not null,
      "category_id" int not null,
      "unit_id" int not null,
      "mismatch" boolean not null,
      "created" float8[] not null,
      "numbers" int[] not null,
      "flagged" float8[] not null,
      "flagged_numbers" int[] not null,
      primary key ("property_id", "category_id", "unit_id"));`);
    this.addSql(`create index "report_repeat_units_unit_idx" on "report_repeat_units" ("unit_id");`);
    this.addSql(
      `create index "report_repeat_units_mismatch_idx" on "report_repeat_units" ("property_id") where "mismatch";`,
    );
    this.addSql(`create table "report_repeat_assignees" (
      "property_id" int not null,
      "category_id" int not null,
      "unit_id" int not null,
      "kind" text not null,
      "assignee_id" int not null,
      "created" float8[] not null,
      "numbers" int[] not null,
      primary key ("property_id", "category_id", "unit_id", "kind", "assignee_id"));`);
    this.addSql(`create index "report_repeat_assignees_unit_idx" on "report_repeat_assignees" ("unit_id");`);
    this.addSql(`create table "report_repeat_dirty" (
      "id" bigserial primary key,
      "unit_id" int not null);`);

    // the orders with a unit: all of them (p_units null: one scan) or those of p_units (by the unit index)
    this
      .addSql(`create function report_repeat_source(p_units int[]) returns setof work_orders language sql stable as $$
      select w.* from work_orders w where p_units is null and w.unit_id is not null
      union all
      select w.* from unnest(p_units) u(id) join work_orders w on w.unit_id = u.id $$;`);
    // the rows of the orders of p_units (null: all); arrays sorted by creation time (then number)
    this.addSql(`create function report_build_repeat(p_units int[]) returns void language sql as $$
      insert into report_repeat_units (property_id, category_id, unit_id, mismatch, created, numbers, flagged, flagged_numbers)
      select f.property_id, f.category_id, f.unit_id, u.property_id <> f.property_id,
             array_agg(f.ms order by f.ms, f.number), array_agg(f.number order by f.ms, f.number),
             coalesce(array_agg(f.ms order by f.ms, f.number) filter (where f.flagged), '{}'),
             coalesce(array_agg(f.number order by f.ms, f.number) filter (where f.flagged), '{}')
        from (
          select w.property_id, w.category_id, w.unit_id, (extract(epoch from w.created_at) * 1000)::float8 as ms, w.number,
                 coalesce(abs(extract(epoch from (lag(w.created_at) over k - w.created_at))) <= 180 * 86400, false)
                 or coalesce(abs(extract(epoch from (lead(w.created_at) over k - w.created_at))) <= 180 * 86400, false)
                   as flagged
            from report_repeat_source(p_units) w
           where w.status <> 'CANCELLED'
          window k as (partition by w.unit_id, w.category_id order by w.created_at)) f
        join units u on u.id = f.unit_id
       group by f.property_id, f.category_id, f.unit_id, u.property_id;
      insert into report_repeat_assignees (property_id, category_id, unit_id, kind, assignee_id, created, numbers)
      select f.property_id, f.category_id, f.unit_id, f.kind, f.assignee_id,
             array_agg(f.ms order by f.ms, f.number), array_agg(f.number order by f.ms, f.number)
        from (
          select w.property_id, w.category_id, w.unit_id, w.status, (extract(epoch from w.created_at) * 1000)::float8 as ms,
                 w.number,
                 case when w.assignee_vendor_id is not null then 'v' else 't' end as kind,
                 coalesce(w.assignee_vendor_id, w.assignee_technician_id) as assignee_id,
                 coalesce(abs(extract(epoch from (lag(w.created_at) over k - w.created_at))) <= 30 * 86400, false)
                 or coalesce(abs(extract(epoch from (lead(w.created_at) over k - w.created_at))) <= 30 * 86400, false)
                   as flagged
            from report_repeat_source(p_units) w
           where coalesce(w.assignee_vendor_id, w.assignee_technician_id) is not null
          window k as (partition by w.unit_id, w.category_id, w.assignee_vendor_id, w.assignee_technician_id
                       order by w.created_at)) f
       where f.flagged and f.status <> 'CANCELLED'
       group by f.property_id, f.category_id, f.unit_id, f.kind, f.assignee_id $$;`);
    this.addSql(`create function report_rebuild_repeat_rollups() returns void language plpgsql as $$
      begin
        truncate report_repeat_units, report_repeat_assignees, report_repeat_dirty;
        perform report_build_repeat(null);
      end $$;`);
    // the existing full rebuild (bench/generate.mjs, operations) now rebuilds these too
    this.addSql(`create or replace function report_rebuild_all_rollups() returns void language plpgsql as $$
      declare m date;
      begin
        truncate report_close_rollups, report_vendor_rollups, report_rollup_dirty;
        perform report_build_rollups('-infinity', 'infinity', null);
        perform report_build_vendor_rollups('-infinity', 'infinity', null);
        for m in select distinct month from report_close_rollups loop
          perform report_build_portfolio(m);
        end loop;
        for m in select distinct month from report_vendor_rollups loop
          perform report_build_vendor_portfolio(m);
        end loop;
        truncate report_close_cumulative;
        perform report_build_cumulative('-infinity', null);
        perform report_rebuild_repeat_rollups();
      end $$;`);
    // Rebuilds the dirty units and removes exactly the marks it saw (REPEATABLE READ, as report_refresh_rollups).
    this.addSql(`create function report_refresh_repeat_rollups() returns int language plpgsql as $$
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
      end $$;`);
    // a change to what the patterns read marks the order's old and new unit
    this.addSql(`create function report_repeat_mark_order() returns trigger language plpgsql as $$
      begin
        if tg_op = 'UPDATE' and (old.created_at, old.unit_id, old.category_id, old.property_id, old.assignee_vendor_id,
                                 old.assignee_technician_id, old.number, old.status = 'CANCELLED')
                                is not distinct from
                                (new.created_at, new.unit_id, new.category_id, new.property_id, new.assignee_vendor_id,
                                 new.assignee_technician_id, new.number, new.status = 'CANCELLED') then
          return null;
        end if;
        if tg_op in ('UPDATE', 'DELETE') and old.unit_id is not null then
          insert into report_repeat_dirty (unit_id) values (old.unit_id);
        end if;
        if tg_op = 'INSERT' and new.unit_id is not null
           or tg_op = 'UPDATE' and new.unit_id is distinct from old.unit_id and new.unit_id is not null then
          insert into report_repeat_dirty (unit_id) values (new.unit_id);
        end if;
        return null;
      end $$;`);
    this
      .addSql(`create trigger report_repeat_mark after insert or delete or update of created_at, unit_id, category_id,
      property_id, assignee_vendor_id, assignee_technician_id, number, status on work_orders
      for each row execute function report_repeat_mark_order();`);
    // a unit moved to another property changes its rows' mismatch
    this.addSql(`create function report_repeat_mark_unit() returns trigger language plpgsql as $$
      begin
        insert into report_repeat_dirty (unit_id) values (new.id);
        return null;
      end $$;`);
    this.addSql(`create trigger report_repeat_mark_unit after update of property_id on units
      for each row when (old.property_id is distinct from new.property_id) execute function report_repeat_mark_unit();`);
    this.addSql(`select report_build_cumulative('-infinity', null);`);
    this.addSql(`select report_rebuild_repeat_rollups();`);
    this.addSql(`analyze report_close_cumulative, report_repeat_units, report_repeat_assignees;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger report_repeat_mark_unit on units;`);
    this.addSql(`drop trigger report_repeat_mark on work_orders;`);
    this.addSql(
      `drop function report_repeat_mark_unit(), report_repeat_mark_order(), report_refresh_repeat_rollups();`,
    );
    this.addSql(`create or replace function report_rebuild_all_rollups() returns void language plpgsql as $$
      declare m date;
      begin
        truncate report_close_rollups, report_vendor_rollups, report_rollup_dirty;
        perform report_build_rollups('-infinity', 'infinity', null);
        perform report_build_vendor_rollups('-infinity', 'infinity', null);
        for m in select distinct month from report_close_rollups loop
          perform report_build_portfolio(m);
        end loop;
        for m in select distinct month from report_vendor_rollups loop
          perform report_build_vendor_portfolio(m);
        end loop;
      end $$;`);
    this.addSql(
      `drop function report_rebuild_repeat_rollups(), report_build_repeat(int[]), report_repeat_source(int[]);`,
    );
    this.addSql(`create or replace function report_refresh_rollups() returns int language plpgsql as $$
      declare
        ids bigint[];
        m record;
      begin
        if current_setting('transaction_isolation') not in ('repeatable read', 'serializable') then
          raise exception 'report_refresh_rollups() needs a REPEATABLE READ transaction';
        end if;
        if not pg_try_advisory_xact_lock(hashtext('report_close_rollups')) then return 0; end if;
        select array_agg(id) into ids from report_rollup_dirty;
        if ids is null then return 0; end if;
        for m in select month, array_agg(distinct property_id) as props from report_rollup_dirty where id = any(ids) group by month loop
          delete from report_close_rollups where month = m.month and (property_id = 0 or property_id = any(m.props));
          perform report_build_rollups(m.month::timestamp at time zone 'UTC',
                                       (m.month + interval '1 month')::timestamp at time zone 'UTC', m.props);
          perform report_build_portfolio(m.month);
          delete from report_vendor_rollups where month = m.month and (property_id = 0 or property_id = any(m.props));
          perform report_build_vendor_rollups(m.month::timestamp at time zone 'UTC',
                                              (m.month + interval '1 month')::timestamp at time zone 'UTC', m.props);
          perform report_build_vendor_portfolio(m.month);
        end loop;
        delete from report_rollup_dirty where id = any(ids);
        return cardinality(ids);
      end $$;`);
    this.addSql(`drop function report_build_cumulative(date, int[]);`);
    this.addSql(`drop table report_close_cumulative;`);

    this.addSql(`drop table report_repeat_dirty, report_repeat_assignees, report_repeat_units;`);
  }
}
