import { Migration } from '@mikro-orm/migrations';

/** Repeat detection (the board's repeatOf, the repeat-issues and first-time-fix reports) looks up earlier orders of a unit and category. */
export class Migration20261124033500 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create index "work_orders_repeat_idx" on "work_orders" ("unit_id", "category_id", "created_at");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "work_orders_repeat_idx";`);
  }
}
