import { Migration } from '@mikro-orm/migrations';

/** The report finds reopened orders and SLA breaches among millions of events through these small indexes. */
export class Migration20261124061527 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create index "work_order_events_breached_idx" on "work_order_events" ("work_order_id") where "kind" = 'SLA_CHANGED' and "data"->>'state' = 'BREACHED';`,
    );
    this.addSql(
      `create index "work_order_events_reopened_idx" on "work_order_events" ("work_order_id") where "kind" = 'REOPENED';`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "work_order_events_breached_idx";`);
    this.addSql(`drop index "work_order_events_reopened_idx";`);
  }
}
