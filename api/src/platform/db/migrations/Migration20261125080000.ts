import { Migration } from '@mikro-orm/migrations';

/**
 * A text search on the board's open columns reads the open orders' own full-text index: ~30,000 orders on a
 * 1,000,000-order portfolio instead of all of them. A common word ("leak") matched 55,000 closed and open orders in
 * the full index, and building that bitmap took 8 ms before the status narrowed it to a few hundred. Its pending
 * list of new entries is kept to 128 kB (the default is 4 MB, which every search scans: after 12,000 submissions it
 * held 237 pages and the same search took 25 ms). Without a pending list (fastupdate off) intake lost 9-20 %.
 */
export class Migration20261125080000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create index "work_orders_open_search_idx" on "work_orders" using gin ("search_vector") with (gin_pending_list_limit = 128) where "status" in ('NEW', 'ASSIGNED', 'SCHEDULED', 'COMPLETED');`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "work_orders_open_search_idx";`);
  }
}
