import { Migration } from '@mikro-orm/migrations';

/**
 * Exact work-order counts by status, property and priority, kept by a trigger in the writing transaction, so a
 * board column or filter counts a few rows instead of every matching order (901k closed ones on a large portfolio).
 * Each change adds +1/-1 to one of 16 striped rows per key, chosen at random: concurrent submissions for one
 * building rarely wait for each other's row lock, and the two rows of a status change are always taken in key
 * order, so two single-order transactions cannot deadlock.
 */
export class Migration20261124072000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "work_order_counts" (
      "status" text not null, "property_id" int not null, "priority" text not null, "slot" smallint not null,
      "n" bigint not null,
      primary key ("status", "property_id", "priority", "slot"));`);
    this.addSql(`create function work_order_counts_track() returns trigger language plpgsql as $$
      declare
        stripe smallint := floor(random() * 16)::smallint;
      begin
        if tg_op = 'UPDATE' and (old.status, old.property_id, old.priority)
            is not distinct from (new.status, new.property_id, new.priority) then
          return null;
        end if;
        if tg_op = 'INSERT' then
          insert into work_order_counts as c values (new.status, new.property_id, new.priority, stripe, 1)
            on conflict (status, property_id, priority, slot) do update set n = c.n + 1;
        elsif tg_op = 'DELETE' then
          insert into work_order_counts as c values (old.status, old.property_id, old.priority, stripe, -1)
            on conflict (status, property_id, priority, slot) do update set n = c.n - 1;
        else
          insert into work_order_counts as c
          select k.status, k.property_id, k.priority, stripe, k.d
            from (values (old.status, old.property_id, old.priority, -1),
                         (new.status, new.property_id, new.priority, 1)) k (status, property_id, priority, d)
           order by k.status, k.property_id, k.priority
          on conflict (status, property_id, priority, slot) do update set n = c.n + excluded.n;
        end if;
        return null;
      end $$;`);
    this
      .addSql(`create trigger work_order_counts_track after insert or delete or update of status, property_id, priority
      on work_orders for each row execute function work_order_counts_track();`);
    this.addSql(`insert into work_order_counts (status, property_id, priority, slot, n)
      select status, property_id, priority, 0, count(*) from work_orders group by 1, 2, 3;`);
  }

  override async down(): Promise<void> {
    this.addSql('drop trigger work_order_counts_track on work_orders;');
    this.addSql('drop function work_order_counts_track();');
    this.addSql('drop table "work_order_counts";');
  }
}
