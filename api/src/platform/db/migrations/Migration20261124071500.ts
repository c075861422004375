import { Migration } from '@mikro-orm/migrations';

/**
 * Monthly rollups of the maintenance report's time-to-close and SLA figures (see docs/OPERATIONS.md, "Report
 * rollups"): one row per (UTC month of completion, property — 0 for the whole portfolio, dimension, key) with the
 * exact count, sum of seconds and SLA counts, and a sparse log-bucket histogram of the hours to close (1 % relative
 * accuracy). Triggers append a dirty mark for every change that moves a closed order's figures, in the same
 * transaction as the change; the report reads dirty months from the orders themselves, and
 * report_refresh_rollups() (run by the report's refresher in a REPEATABLE READ transaction) rebuilds them.
 */
export class Migration20261124071500 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create index "work_orders_completed_idx" on "work_orders" ("completed_at") where "completed_at" is not null;`,
    );
    this.addSql(`create table "report_close_rollups" (
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
      primary key ("month", "dim", "property_id", "key"));`);
    this.addSql(`create table "report_rollup_dirty" (
      "id" bigserial primary key,
      "month" date not null,
      "property_id" int not null);`);
    this.addSql(
      `create index "report_rollup_dirty_month_idx" on "report_rollup_dirty" ("month", "property_id");`,
    );
    this.addSql(
      `create index "work_orders_assigned_idx" on "work_orders" ("assigned_at") where "assigned_at" is not null;`,
    );
    // vendor performance: per (UTC month of assignment, property — 0 for all, assignee); sums and counts, exact
    this.addSql(`create table "report_vendor_rollups" (
      "month" date not null,
      "property_id" int not null,
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
      primary key ("month", "property_id", "kind", "assignee_id"));`);

    // gamma = 101/99: a bucket's representative 2·gamma^i/(gamma+1) is within 1 % of every value in it
    this
      .addSql(`create function report_hours_bucket(hours float8) returns int language sql immutable parallel safe as
      $$ select ceil(ln(greatest(hours, 0.0001)) / ln(101.0 / 99.0))::int $$;`);
    this.addSql(`create view report_close_facts as
      select w.id, w.property_id, w.completed_at,
             date_trunc('month', w.completed_at at time zone 'UTC')::date as month,
             to_char(date_trunc('week', w.completed_at at time zone 'UTC'), 'YYYY-MM-DD') as week,
             w.category_id, w.priority, w.assignee_vendor_id, w.assignee_technician_id,
             extract(epoch from (w.completed_at - w.created_at)) as secs,
             report_hours_bucket((extract(epoch from (w.completed_at - w.created_at)) / 3600.0)::float8) as bucket,
             b.response is not true as response_met, b.resolution is not true as resolution_met
        from work_orders w
        left join lateral (
          select bool_or(e.data->>'clock' = 'response') as response, bool_or(e.data->>'clock' = 'resolution') as resolution
            from work_order_events e
           where e.work_order_id = w.id and e.kind = 'SLA_CHANGED' and e.data->>'state' = 'BREACHED') b on true
       where w.completed_at is not null;`);
    // per-property rows of the orders completed in [p_from, p_to) (of p_properties; null: all)
    this
      .addSql(`create function report_build_rollups(p_from timestamptz, p_to timestamptz, p_properties int[])
      returns void language sql as $$
      insert into report_close_rollups (month, dim, property_id, key, n, secs, response_met, resolution_met, buckets, counts)
      select month, dim, property_id, key, sum(n)::int, sum(secs), sum(rm)::int, sum(sm)::int,
             coalesce(array_agg(bucket order by bucket) filter (where dim <> 'w'), '{}'),
             coalesce(array_agg(n order by bucket) filter (where dim <> 'w'), '{}')
        from (
          select f.month, d.dim, f.property_id, d.key, f.bucket, count(*)::int as n, sum(f.secs) as secs,
                 count(*) filter (where f.response_met) as rm, count(*) filter (where f.resolution_met) as sm
            from report_close_facts f
           cross join lateral (values ('a', ''), ('c', f.category_id::text),
             (case when f.assignee_vendor_id is not null then 'v' when f.assignee_technician_id is not null then 't' else 'u' end,
              coalesce(f.assignee_vendor_id, f.assignee_technician_id, 0)::text),
             ('p', f.priority), ('w', f.week)) d(dim, key)
           where f.completed_at >= p_from and f.completed_at < p_to
             and (p_properties is null or f.property_id = any(p_properties))
           group by 1, 2, 3, 4, 5) g
       group by 1, 2, 3, 4 $$;`);
    // the portfolio rows (property 0) of a month, merged from its property rows
    this.addSql(`create function report_build_portfolio(p_month date) returns void language sql as $$
      insert into report_close_rollups (month, dim, property_id, key, n, secs, response_met, resolution_met, buckets, counts)
      select p_month, t.dim, 0, t.key, t.n, t.secs, t.rm, t.sm, coalesce(h.buckets, '{}'), coalesce(h.counts, '{}')
        from (select dim, key, sum(n)::int as n, sum(secs) as secs, sum(response_met)::int as rm, sum(resolution_met)::int as sm
                from report_close_rollups where month = p_month and property_id <> 0 group by 1, 2) t
        left join (
          select dim, key, array_agg(b order by b) as buckets, array_agg(c order by b) as counts
            from (select r.dim, r.key, u.b, sum(u.c)::int as c
                    from report_close_rollups r cross join unnest(r.buckets, r.counts) u(b, c)
                   where r.month = p_month and r.property_id <> 0 group by 1, 2, 3) x
           group by 1, 2) h on h.dim = t.dim and h.key = t.key $$;`);
    // an assigned order's vendor-performance figures; first-time fix: completed, never reopened, and no new order
    // for the same unit and category within 30 days of completion
    this.addSql(`create view report_assignment_facts as
      select w.id, w.property_id, w.assigned_at, date_trunc('month', w.assigned_at at time zone 'UTC')::date as month,
             case when w.assignee_vendor_id is not null then 'v' else 't' end as kind,
             coalesce(w.assignee_vendor_id, w.assignee_technician_id) as assignee_id,
             w.status in ('COMPLETED', 'CLOSED') as done, w.status in ('COMPLETED', 'CLOSED', 'CANCELLED') as finished,
             extract(epoch from (w.assigned_at - w.created_at)) as response_secs, w.rating_score, w.actual_cost_cents,
             w.status in ('COMPLETED', 'CLOSED')
               and not exists (select 1 from work_order_events e where e.work_order_id = w.id and e.kind = 'REOPENED')
               and not exists (select 1 from work_orders o where o.unit_id = w.unit_id and o.category_id = w.category_id
                                 and o.created_at > w.completed_at and o.created_at <= w.completed_at + interval '30 days')
               as first_time
        from work_orders w
       where w.assigned_at is not null and coalesce(w.assignee_vendor_id, w.assignee_technician_id) is not null;`);
    this
      .addSql(`create function report_build_vendor_rollups(p_from timestamptz, p_to timestamptz, p_properties int[])
      returns void language sql as $$
      insert into report_vendor_rollups (month, property_id, kind, assignee_id, jobs, done, finished, response_secs,
                                         rating_sum, rating_n, cost_sum, cost_n, first_time)
      select month, property_id, kind, assignee_id, count(*), count(*) filter (where done), count(*) filter (where finished),
             sum(response_secs), coalesce(sum(rating_score), 0), count(rating_score), coalesce(sum(actual_cost_cents), 0),
             count(actual_cost_cents), count(*) filter (where first_time)
        from report_assignment_facts f
       where f.assigned_at >= p_from and f.assigned_at < p_to and (p_properties is null or f.property_id = any(p_properties))
       group by 1, 2, 3, 4 $$;`);
    this.addSql(`create function report_build_vendor_portfolio(p_month date) returns void language sql as $$
      insert into report_vendor_rollups (month, property_id, kind, assignee_id, jobs, done, finished, response_secs,
                                         rating_sum, rating_n, cost_sum, cost_n, first_time)
      select p_month, 0, kind, assignee_id, sum(jobs), sum(done), sum(finished), sum(response_secs), sum(rating_sum),
             sum(rating_n), sum(cost_sum), sum(cost_n), sum(first_time)
        from report_vendor_rollups where month = p_month and property_id <> 0 group by kind, assignee_id $$;`);
    this.addSql(`create function report_rebuild_all_rollups() returns void language plpgsql as $$
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
    // Rebuilds the months with dirty marks and removes exactly the marks it saw. Needs one snapshot for all of it
    // (REPEATABLE READ): a change not yet committed then is neither read nor has its mark removed.
    this.addSql(`create function report_refresh_rollups() returns int language plpgsql as $$
      declare
        ids bigint[];
        m record;
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
        delete from report_rollup_dirty where id = any(ids);
        return cardinality(ids);
      end $$;`);
    // marks the month of `at` (completion or assignment) of a property dirty
    this.addSql(`create function report_mark(p_at timestamptz, p_property int) returns void language sql as $$
      insert into report_rollup_dirty (month, property_id)
      select date_trunc('month', p_at at time zone 'UTC')::date, p_property where p_at is not null $$;`);
    // an order created for a unit and category changes the first-time fix of the orders completed there in the
    // 30 days before: their assignment months are dirty
    this
      .addSql(`create function report_mark_earlier(p_unit int, p_category int, p_created timestamptz) returns void
      language sql as $$
      insert into report_rollup_dirty (month, property_id)
      select distinct date_trunc('month', w.assigned_at at time zone 'UTC')::date, w.property_id
        from work_orders w
       where w.unit_id = p_unit and w.category_id = p_category and w.assigned_at is not null
         and w.completed_at >= p_created - interval '30 days' and w.completed_at < p_created $$;`);
    this.addSql(`create function report_mark_order() returns trigger language plpgsql as $$
      begin
        if tg_op = 'UPDATE' then
          if (old.completed_at, old.created_at, old.property_id, old.category_id, old.priority, old.assignee_vendor_id,
              old.assignee_technician_id, old.assigned_at, old.status, old.rating_score, old.actual_cost_cents, old.unit_id)
             is not distinct from
             (new.completed_at, new.created_at, new.property_id, new.category_id, new.priority, new.assignee_vendor_id,
              new.assignee_technician_id, new.assigned_at, new.status, new.rating_score, new.actual_cost_cents, new.unit_id)
          then
            return null;
          end if;
        end if;
        if tg_op in ('UPDATE', 'DELETE') then
          perform report_mark(old.completed_at, old.property_id);
          perform report_mark(old.assigned_at, old.property_id);
          if tg_op = 'DELETE' or (old.created_at, old.unit_id, old.category_id)
                                  is distinct from (new.created_at, new.unit_id, new.category_id) then
            perform report_mark_earlier(old.unit_id, old.category_id, old.created_at);
          end if;
        end if;
        if tg_op in ('UPDATE', 'INSERT') then
          perform report_mark(new.completed_at, new.property_id);
          perform report_mark(new.assigned_at, new.property_id);
          if tg_op = 'INSERT' or (old.created_at, old.unit_id, old.category_id)
                                  is distinct from (new.created_at, new.unit_id, new.category_id) then
            perform report_mark_earlier(new.unit_id, new.category_id, new.created_at);
          end if;
        end if;
        return null;
      end $$;`);
    this
      .addSql(`create trigger report_rollup_mark after insert or delete or update of completed_at, created_at, property_id,
      category_id, priority, assignee_vendor_id, assignee_technician_id, assigned_at, status, rating_score,
      actual_cost_cents, unit_id on work_orders
      for each row execute function report_mark_order();`);
    // SLA breaches (time-to-close SLA figures) and reopenings (first-time fix) of an order
    this.addSql(`create function report_mark_event() returns trigger language plpgsql as $$
      declare
        e record;
        w record;
      begin
        if tg_op = 'DELETE' then e := old; else e := new; end if;
        select completed_at, assigned_at, property_id into w from work_orders where id = e.work_order_id;
        if found then
          perform report_mark(w.completed_at, w.property_id);
          perform report_mark(w.assigned_at, w.property_id);
        end if;
        return null;
      end $$;`);
    this.addSql(`create trigger report_rollup_mark_event after insert on work_order_events
      for each row when (new.kind in ('SLA_CHANGED', 'REOPENED')) execute function report_mark_event();`);
    this.addSql(`create trigger report_rollup_unmark_event after delete on work_order_events
      for each row when (old.kind in ('SLA_CHANGED', 'REOPENED')) execute function report_mark_event();`);
    this.addSql(`select report_rebuild_all_rollups();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger report_rollup_unmark_event on work_order_events;`);
    this.addSql(`drop trigger report_rollup_mark_event on work_order_events;`);
    this.addSql(`drop trigger report_rollup_mark on work_orders;`);
    this
      .addSql(`drop function report_mark_event(), report_mark_order(), report_mark_earlier(int, int, timestamptz),
      report_mark(timestamptz, int), report_refresh_rollups(), report_rebuild_all_rollups(),
      report_build_vendor_portfolio(date), report_build_vendor_rollups(timestamptz, timestamptz, int[]),
      report_build_portfolio(date), report_build_rollups(timestamptz, timestamptz, int[]);`);
    this.addSql(`drop view report_assignment_facts, report_close_facts;`);
    this.addSql(`drop function report_hours_bucket(float8);`);
    this.addSql(`drop table report_rollup_dirty, report_vendor_rollups, report_close_rollups;`);
    this.addSql(`drop index "work_orders_assigned_idx";`);
    this.addSql(`drop index "work_orders_completed_idx";`);
  }
}
