import { Migration } from '@mikro-orm/migrations';

/** report_refresh_rollups() as Migration20261125090000 left it (restored by down()). */
const REFRESH_BY_MONTH = `create or replace function report_refresh_rollups() returns int language plpgsql as $$
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
      end $$;`;

/** report_rebuild_all_rollups() as Migration20261125090000 left it (restored by down()). */
const REBUILD_ALL_BY_MONTH = `create or replace function report_rebuild_all_rollups() returns void language plpgsql as $$
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
      end $$;`;

/**
 * Day-granular rollups for whole-portfolio reports (see docs/OPERATIONS.md, "Report rollups"), so a range ending on
 * any day reads rollups instead of half a month of orders at each end:
 * - report_close_days: per UTC day of completion the rows of property 0 (every dimension but weeks) and each
 *   property's overall row (dimension 'a'), with histograms, as the monthly rows;
 * - report_close_mtd: per day d with orders and group the month-to-date sums of those day rows (the first of d's
 *   month to d, inclusive), for every group with rows since the first; with report_close_cumulative (month
 *   boundaries) a report reads the figures before any midnight from two rows per group: the cumulative rows of its
 *   month and the month-to-date rows of the month's last day with orders before it;
 * - report_vendor_days: per UTC day of assignment and assignee the portfolio's vendor sums (no histograms: a report
 *   sums the day rows of its partial months).
 * Dirty marks now carry the day (report_rollup_dirty.day; null: every day of the month, as marks written before).
 * A whole-portfolio report subtracts the stale day rows of its dirty days and reads those days from the orders;
 * report_refresh_rollups() rebuilds the dirty days' rows and the month-to-date rows after them, in the same
 * transaction as the months.
 */
export class Migration20261126090000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "report_rollup_dirty" add column "day" date;`);
    this.addSql(`create table "report_close_days" (
      "day" date not null,
      "dim" text not null,
      "property_id" int not null,
      "key" text not null,
      "n" int not null,
      "secs" numeric not null,
      "response_met" int not null,
      "resolution_met" int not null,
      "buckets" int[] not null,
      "counts" int[] not null,
      primary key ("dim", "property_id", "key", "day"));`);
    this.addSql(`create index "report_close_days_day_idx" on "report_close_days" ("day");`);
    // the same columns, key and day index: month-to-date sums of the day rows
    this.addSql(`create table "report_close_mtd" (like "report_close_days" including all);`);
    this.addSql(`create table "report_vendor_days" (
      "day" date not null,
      "kind" text not null,
      "assignee_id" int not null,
      "jobs" int not null,
      "done" int not null,
      "finished" int not null,
      "response_secs" numeric not null,
      "rating_sum" bigint not null,
      "rating_n" int not null,
      "cost_sum" bigint not null,
      "cost_n" int not null,
      "first_time" int not null,
      primary key ("day", "kind", "assignee_id"));`);

    // the day rows of the orders completed in [p_from, p_to): property 0 (all dimensions but weeks) and every
    // property's dimension 'a'
    this
      .addSql(`create function report_build_close_days(p_from timestamptz, p_to timestamptz) returns void language sql as $$
      insert into report_close_days (day, dim, property_id, key, n, secs, response_met, resolution_met, buckets, counts)
      select day, dim, property_id, key, sum(n)::int, sum(secs), sum(rm)::int, sum(sm)::int,
             array_agg(bucket order by bucket), array_agg(n order by bucket)
        from (
          select g.day, d.dim, d.property_id, d.key, g.bucket, sum(g.n)::int as n, sum(g.secs) as secs,
                 sum(g.rm) as rm, sum(g.sm) as sm
            from (
              select (f.completed_at at time zone 'UTC')::date as day, f.property_id, f.category_id, f.priority,
                     case when f.assignee_vendor_id is not null then 'v' when f.assignee_technician_id is not null then 't'
                          else 'u' end as kind,
                     coalesce(f.assignee_vendor_id, f.assignee_technician_id, 0) as assignee, f.bucket,
                     count(*) as n, sum(f.secs) as secs, count(*) filter (where f.response_met) as rm,
                     count(*) filter (where f.resolution_met) as sm
                from report_close_facts f
               where f.completed_at >= p_from and f.completed_at < p_to
               group by 1, 2, 3, 4, 5, 6, 7) g
           cross join lateral (values ('a', 0, ''), ('c', 0, g.category_id::text), (g.kind, 0, g.assignee::text),
                                      ('p', 0, g.priority), ('a', g.property_id, '')) d(dim, property_id, key)
           group by 1, 2, 3, 4, 5) x
       group by 1, 2, 3, 4 $$;`);
    // the month-to-date rows of the days in [p_from, p_to) that have day rows, in order: each day's rows from the
    // previous such day's in its month and its own day rows, so a day has a row for every group with rows since the
    // first of its month (the caller deleted those from p_from on)
    this
      .addSql(`create function report_build_close_mtd(p_from date, p_to date) returns void language plpgsql as $$
      declare
        d date;
        prev date;
      begin
        for d in select distinct r.day from report_close_days r where r.day >= p_from and r.day < p_to order by 1 loop
          select max(c.day) into prev from report_close_mtd c where c.day < d and c.day >= date_trunc('month', d)::date;
          insert into report_close_mtd (day, dim, property_id, key, n, secs, response_met, resolution_met, buckets, counts)
          with parts as (
            select r.dim, r.property_id, r.key, r.n, r.secs, r.response_met, r.resolution_met, r.buckets, r.counts
              from report_close_days r where r.day = d
            union all
            select c.dim, c.property_id, c.key, c.n, c.secs, c.response_met, c.resolution_met, c.buckets, c.counts
              from report_close_mtd c where c.day = prev
          )
          select d, t.dim, t.property_id, t.key, t.n, t.secs, t.rm, t.sm, h.buckets, h.counts
            from (select dim, property_id, key, sum(n)::int as n, sum(secs) as secs, sum(response_met)::int as rm,
                         sum(resolution_met)::int as sm
                    from parts group by 1, 2, 3) t
            join (select dim, property_id, key, array_agg(b order by b) as buckets, array_agg(c order by b) as counts
                    from (select p.dim, p.property_id, p.key, u.b, sum(u.c)::int as c
                            from parts p cross join unnest(p.buckets, p.counts) u(b, c) group by 1, 2, 3, 4) x
                   group by 1, 2, 3) h on h.dim = t.dim and h.property_id = t.property_id and h.key = t.key;
        end loop;
      end $$;`);
    this
      .addSql(`create function report_build_vendor_days(p_from timestamptz, p_to timestamptz) returns void language sql as $$
      insert into report_vendor_days (day, kind, assignee_id, jobs, done, finished, response_secs, rating_sum, rating_n,
                                      cost_sum, cost_n, first_time)
      select (f.assigned_at at time zone 'UTC')::date, kind, assignee_id, count(*), count(*) filter (where done),
             count(*) filter (where finished), sum(response_secs), coalesce(sum(rating_score), 0), count(rating_score),
             coalesce(sum(actual_cost_cents), 0), count(actual_cost_cents), count(*) filter (where first_time)
        from report_assignment_facts f
       where f.assigned_at >= p_from and f.assigned_at < p_to
       group by 1, 2, 3 $$;`);
    // every day row and month-to-date row
    this.addSql(`create function report_build_all_days() returns void language plpgsql as $$
      begin
        truncate report_close_days, report_close_mtd, report_vendor_days;
        perform report_build_close_days('-infinity', 'infinity');
        perform report_build_vendor_days('-infinity', 'infinity');
        perform report_build_close_mtd('-infinity', 'infinity');
      end $$;`);
    // a mark names the day too
    this
      .addSql(`create or replace function report_mark(p_at timestamptz, p_property int) returns void language sql as $$
      insert into report_rollup_dirty (month, day, property_id)
      select date_trunc('month', p_at at time zone 'UTC')::date, (p_at at time zone 'UTC')::date, p_property
       where p_at is not null $$;`);
    this
      .addSql(`create or replace function report_mark_earlier(p_unit int, p_category int, p_created timestamptz) returns void
      language sql as $$
      insert into report_rollup_dirty (month, day, property_id)
      select distinct date_trunc('month', w.assigned_at at time zone 'UTC')::date, (w.assigned_at at time zone 'UTC')::date,
             w.property_id
        from work_orders w
       where w.unit_id = p_unit and w.category_id = p_category and w.assigned_at is not null
         and w.completed_at >= p_created - interval '30 days' and w.completed_at < p_created $$;`);
    // Rebuilds what the marks `ids` say: their months (as before), then their days' rows and the month-to-date
    // rows after them, then the cumulative rows. The caller removes the marks.
    this.addSql(`create function report_refresh_marks(ids bigint[]) returns void language plpgsql as $$
      declare
        m record;
        d date;
        days date[];
        first_month date;
        props int[];
      begin
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
        -- the dirty days (a mark without a day: every day of its month), every property's orders of each
        select array_agg(distinct x.day) into days from (
          select r.day from report_rollup_dirty r where r.id = any(ids) and r.day is not null
          union all
          select generate_series(r.month, (r.month + interval '1 month' - interval '1 day')::date, interval '1 day')::date
            from report_rollup_dirty r where r.id = any(ids) and r.day is null) x;
        for d in select u.day from unnest(days) u(day) order by 1 loop
          delete from report_close_days where day = d;
          delete from report_vendor_days where day = d;
          perform report_build_close_days(d::timestamp at time zone 'UTC', (d + 1)::timestamp at time zone 'UTC');
          perform report_build_vendor_days(d::timestamp at time zone 'UTC', (d + 1)::timestamp at time zone 'UTC');
        end loop;
        for m in select date_trunc('month', u.day)::date as month, min(u.day) as first from unnest(days) u(day) group by 1 loop
          delete from report_close_mtd where day >= m.first and day < (m.month + interval '1 month')::date;
          perform report_build_close_mtd(m.first, (m.month + interval '1 month')::date);
        end loop;
        select min(month), array_agg(distinct property_id) into first_month, props from report_rollup_dirty where id = any(ids);
        delete from report_close_cumulative
         where month > first_month and (property_id = 0 or (dim = 'a' and property_id = any(props)));
        perform report_build_cumulative(first_month, props);
      end $$;`);
    this.addSql(`create or replace function report_refresh_rollups() returns int language plpgsql as $$
      declare
        ids bigint[];
      begin
        if current_setting('transaction_isolation') not in ('repeatable read', 'serializable') then
          raise exception 'report_refresh_rollups() needs a REPEATABLE READ transaction';
        end if;
        -- one refresher at a time (several api instances): the others skip this round
        if not pg_try_advisory_xact_lock(hashtext('report_close_rollups')) then return 0; end if;
        select array_agg(id) into ids from report_rollup_dirty;
        if ids is null then return 0; end if;
        perform report_refresh_marks(ids);
        delete from report_rollup_dirty where id = any(ids);
        return cardinality(ids);
      end $$;`);
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
        perform report_build_all_days();
        perform report_rebuild_repeat_rollups();
      end $$;`);
    // Build the day rows from the orders as they are now and bring the months to the same state: no refresher runs
    // meanwhile (its lock), and no change that moves a figure commits (its mark waits for the dirty table's lock).
    this.addSql(`select pg_advisory_xact_lock(hashtext('report_close_rollups'));`);
    this.addSql(`lock table "report_rollup_dirty" in exclusive mode;`);
    this.addSql(`select report_build_all_days();`);
    this.addSql(`do $$
      declare ids bigint[];
      begin
        select array_agg(id) into ids from report_rollup_dirty;
        if ids is not null then
          perform report_refresh_marks(ids);
          delete from report_rollup_dirty where id = any(ids);
        end if;
      end $$;`);
    this.addSql(`analyze report_close_days, report_close_mtd, report_vendor_days;`);
  }

  override async down(): Promise<void> {
    this.addSql(REFRESH_BY_MONTH);
    this.addSql(REBUILD_ALL_BY_MONTH);
    this
      .addSql(`create or replace function report_mark(p_at timestamptz, p_property int) returns void language sql as $$
      insert into report_rollup_dirty (month, property_id)
      select date_trunc('month', p_at at time zone 'UTC')::date, p_property where p_at is not null $$;`);
    this
      .addSql(`create or replace function report_mark_earlier(p_unit int, p_category int, p_created timestamptz) returns void
      language sql as $$
      insert into report_rollup_dirty (month, property_id)
      select distinct date_trunc('month', w.assigned_at at time zone 'UTC')::date, w.property_id
        from work_orders w
       where w.unit_id = p_unit and w.category_id = p_category and w.assigned_at is not null
         and w.completed_at >= p_created - interval '30 days' and w.completed_at < p_created $$;`);
    this.addSql(`drop function report_refresh_marks(bigint[]), report_build_all_days(),
      report_build_vendor_days(timestamptz, timestamptz), report_build_close_mtd(date, date),
      report_build_close_days(timestamptz, timestamptz);`);
    this.addSql(`drop table report_vendor_days, report_close_mtd, report_close_days;`);
    this.addSql(`alter table "report_rollup_dirty" drop column "day";`);
  }
}
