import { Migration } from '@mikro-orm/migrations';

export class Migration20261124011257 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "attachments" ("id" serial primary key, "work_order_id" int null, "message_id" int null, "uploaded_by_id" int not null, "kind" text check ("kind" in ('IMAGE', 'VIDEO')) not null, "content_type" text not null, "size" int not null, "sha256" text not null, "storage_key" text not null, "thumbnail_key" text null, "original_name" text not null, "created_at" timestamptz not null default now());`,
    );
    this.addSql(`create index "attachments_work_order_id_index" on "attachments" ("work_order_id");`);

    this.addSql(
      `alter table "attachments" add constraint "attachments_work_order_id_foreign" foreign key ("work_order_id") references "work_orders" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "attachments" add constraint "attachments_message_id_foreign" foreign key ("message_id") references "messages" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "attachments" add constraint "attachments_uploaded_by_id_foreign" foreign key ("uploaded_by_id") references "users" ("id") on update cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "attachments" cascade;`);
  }
}
