import { Migration } from '@mikro-orm/migrations';

export class Migration20261124020057 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "push_subscriptions" ("id" serial primary key, "user_id" int not null, "endpoint" text not null, "p256dh" text not null, "auth" text not null, "created_at" timestamptz not null default now());`,
    );
    this.addSql(
      `alter table "push_subscriptions" add constraint "push_subscriptions_endpoint_unique" unique ("endpoint");`,
    );

    this.addSql(
      `create table "notifications" ("id" serial primary key, "source_key" text not null, "recipient_id" int not null, "work_order_id" int null, "channel" text check ("channel" in ('IN_APP', 'EMAIL', 'SMS', 'PUSH')) not null, "template" text check ("template" in ('REQUEST_RECEIVED', 'ASSIGNED', 'SCHEDULED', 'REMINDER', 'COMPLETED', 'FOLLOW_UP', 'CANCELLED', 'NEW_MESSAGE', 'NEW_REQUEST', 'JOB_ASSIGNED', 'RESCHEDULE_REQUESTED', 'APPROVAL_NEEDED', 'APPROVAL_ESCALATED', 'SLA_AT_RISK', 'SLA_BREACHED', 'EMERGENCY')) not null, "title" text not null, "body" text not null, "url" text null, "status" text check ("status" in ('PENDING', 'SENDING', 'SENT', 'FAILED')) not null default 'PENDING', "attempts" int not null default 0, "last_error" text null, "send_after" timestamptz null, "claimed_at" timestamptz null, "created_at" timestamptz not null default now(), "sent_at" timestamptz null, "read_at" timestamptz null);`,
    );
    this.addSql(
      `create index "notifications_work_order_id_created_at_index" on "notifications" ("work_order_id", "created_at");`,
    );
    this.addSql(
      `create index "notifications_recipient_id_channel_created_at_index" on "notifications" ("recipient_id", "channel", "created_at");`,
    );
    this.addSql(
      `alter table "notifications" add constraint "notifications_source_key_recipient_id_channel_unique" unique ("source_key", "recipient_id", "channel");`,
    );

    this.addSql(
      `alter table "push_subscriptions" add constraint "push_subscriptions_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "notifications" add constraint "notifications_recipient_id_foreign" foreign key ("recipient_id") references "users" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "notifications" add constraint "notifications_work_order_id_foreign" foreign key ("work_order_id") references "work_orders" ("id") on update cascade on delete set null;`,
    );

    this.addSql(`alter table "users" add column "notification_preferences" jsonb not null default '{}';`);

    this.addSql(`alter table "work_order_events" add column "notify_fanout_at" timestamptz null;`);
    this.addSql(
      `create index "work_order_events_notify_pending_idx" on "work_order_events" ("id") where "notify_fanout_at" is null;`,
    );
    // History before notifications existed is not news: only events from now on notify anyone.
    this.addSql(`update "work_order_events" set "notify_fanout_at" = now();`);
    this.addSql(
      `create index "notifications_sending_idx" on "notifications" ("claimed_at") where "status" = 'SENDING';`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "push_subscriptions" cascade;`);

    this.addSql(`drop table if exists "notifications" cascade;`);

    this.addSql(`alter table "users" drop column "notification_preferences";`);

    this.addSql(`drop index "work_order_events_notify_pending_idx";`);
    this.addSql(`alter table "work_order_events" drop column "notify_fanout_at";`);
  }
}
