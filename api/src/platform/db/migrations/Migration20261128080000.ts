import { Migration } from '@mikro-orm/migrations';

/**
 * A board filtered by assignee and status ("Acme Plumbing's assigned jobs") read every job of the assignee from
 * `(assignee, created_at)` and kept those of the status: 24,000 index entries for a busy vendor on the benchmark's
 * 1,000,000 orders, twice (the page and its count), 6.5 ms each. With the status second, both read the 185 that
 * match (0.4–0.6 ms). Only assigned orders are indexed.
 */
export class Migration20261128080000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create index "work_orders_vendor_status_idx" on "work_orders" ("assignee_vendor_id", "status", "created_at", "id") where "assignee_vendor_id" is not null;`,
    );
    this.addSql(
      `create index "work_orders_technician_status_idx" on "work_orders" ("assignee_technician_id", "status", "created_at", "id") where "assignee_technician_id" is not null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "work_orders_technician_status_idx";`);
    this.addSql(`drop index if exists "work_orders_vendor_status_idx";`);
  }
}
