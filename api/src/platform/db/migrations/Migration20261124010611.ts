import { Migration } from '@mikro-orm/migrations';

export class Migration20261124010611 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "message_reads" ("id" serial primary key, "user_id" int not null, "work_order_id" int not null, "last_read_message_id" int not null);`,
    );
    this.addSql(`create index "message_reads_work_order_id_index" on "message_reads" ("work_order_id");`);
    this.addSql(
      `alter table "message_reads" add constraint "message_reads_user_id_work_order_id_unique" unique ("user_id", "work_order_id");`,
    );

    this.addSql(
      `create table "messages" ("id" serial primary key, "work_order_id" int not null, "author_id" int not null, "body" text not null, "internal" boolean not null default false, "created_at" timestamptz(3) not null default now(), "search_vector" tsvector generated always as (to_tsvector('english', coalesce(body, ''))) stored null);`,
    );
    this.addSql(`create index "messages_search_idx" on "messages" using gin ("search_vector");`);
    this.addSql(`create index "messages_work_order_id_id_index" on "messages" ("work_order_id", "id");`);

    this.addSql(
      `alter table "message_reads" add constraint "message_reads_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "message_reads" add constraint "message_reads_work_order_id_foreign" foreign key ("work_order_id") references "work_orders" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "messages" add constraint "messages_work_order_id_foreign" foreign key ("work_order_id") references "work_orders" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "messages" add constraint "messages_author_id_foreign" foreign key ("author_id") references "users" ("id") on update cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "message_reads" cascade;`);

    this.addSql(`drop table if exists "messages" cascade;`);
  }
}
