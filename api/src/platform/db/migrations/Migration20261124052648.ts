import { Migration } from '@mikro-orm/migrations';

/** The board's filters by priority, property or assignee walk an index in created order (not sort all matches). */
export class Migration20261124052648 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`drop index "work_orders_assignee_technician_id_index";`);
    this.addSql(`drop index "work_orders_assignee_vendor_id_index";`);
    this.addSql(`drop index "work_orders_priority_index";`);
    this.addSql(`drop index "work_orders_property_id_index";`);

    this.addSql(
      `create index "work_orders_technician_created_idx" on "work_orders" ("assignee_technician_id", "created_at", "id");`,
    );
    this.addSql(
      `create index "work_orders_vendor_created_idx" on "work_orders" ("assignee_vendor_id", "created_at", "id");`,
    );
    this.addSql(
      `create index "work_orders_property_created_idx" on "work_orders" ("property_id", "created_at", "id");`,
    );
    this.addSql(
      `create index "work_orders_priority_created_idx" on "work_orders" ("priority", "created_at", "id");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "work_orders_technician_created_idx";`);
    this.addSql(`drop index "work_orders_vendor_created_idx";`);
    this.addSql(`drop index "work_orders_property_created_idx";`);
    this.addSql(`drop index "work_orders_priority_created_idx";`);

    this.addSql(
      `create index "work_orders_assignee_technician_id_index" on "work_orders" ("assignee_technician_id");`,
    );
    this.addSql(
      `create index "work_orders_assignee_vendor_id_index" on "work_orders" ("assignee_vendor_id");`,
    );
    this.addSql(`create index "work_orders_priority_index" on "work_orders" ("priority");`);
    this.addSql(`create index "work_orders_property_id_index" on "work_orders" ("property_id");`);
  }
}
