import { Migration } from '@mikro-orm/migrations';

export class Migration20261124001533 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "audit_log" ("id" serial primary key, "actor_id" int null, "api_key_id" int null, "action" text not null, "target" text not null, "data" jsonb null, "at" timestamptz not null default now());`,
    );
    this.addSql(`create index "audit_log_at_index" on "audit_log" ("at");`);

    this.addSql(
      `create table "api_keys" ("id" serial primary key, "name" text not null, "prefix" text not null, "secret_hash" text not null, "scopes" jsonb not null, "created_by_id" int not null, "created_at" timestamptz not null default now(), "last_used_at" timestamptz null, "revoked_at" timestamptz null);`,
    );
    this.addSql(`alter table "api_keys" add constraint "api_keys_prefix_unique" unique ("prefix");`);

    this.addSql(
      `create table "webhook_endpoints" ("id" serial primary key, "url" text not null, "description" text null, "event_kinds" jsonb not null, "secret_sealed" text not null, "active" boolean not null default true, "created_by_id" int not null, "created_at" timestamptz not null default now());`,
    );

    this.addSql(
      `create table "webhook_deliveries" ("id" serial primary key, "delivery_id" uuid not null, "endpoint_id" int not null, "event_id" int not null, "event_kind" text check ("event_kind" in ('CREATED', 'TRIAGED', 'ASSIGNED', 'SCHEDULED', 'RESCHEDULE_REQUESTED', 'COST_APPROVAL', 'COMPLETED', 'CLOSED', 'REOPENED', 'CANCELLED', 'MESSAGE_POSTED', 'SLA_CHANGED', 'UPDATED', 'UNASSIGNED', 'RUNNING_LATE', 'REMINDER', 'OWNER_NOTIFIED')) not null, "status" text check ("status" in ('PENDING', 'SUCCEEDED', 'FAILED')) not null default 'PENDING', "attempts" int not null default 0, "last_status_code" int null, "last_error" text null, "created_at" timestamptz not null default now(), "last_attempt_at" timestamptz null, "next_attempt_at" timestamptz null, "delivered_at" timestamptz null);`,
    );
    this.addSql(
      `alter table "webhook_deliveries" add constraint "webhook_deliveries_delivery_id_unique" unique ("delivery_id");`,
    );
    this.addSql(
      `create index "webhook_deliveries_endpoint_id_created_at_index" on "webhook_deliveries" ("endpoint_id", "created_at");`,
    );

    this.addSql(
      `alter table "api_keys" add constraint "api_keys_created_by_id_foreign" foreign key ("created_by_id") references "users" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "webhook_endpoints" add constraint "webhook_endpoints_created_by_id_foreign" foreign key ("created_by_id") references "users" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "webhook_deliveries" add constraint "webhook_deliveries_endpoint_id_foreign" foreign key ("endpoint_id") references "webhook_endpoints" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(`alter table "owners" alter column "approval_policy" drop default;`);
    this.addSql(
      `alter table "owners" alter column "approval_policy" type jsonb using ("approval_policy"::jsonb);`,
    );

    this.addSql(`alter table "work_order_events" add column "webhook_fanout_at" timestamptz null;`);
    // history is not sent to endpoints created later; only new events are fanned out
    this.addSql(`update "work_order_events" set "webhook_fanout_at" = now();`);
    this.addSql(
      `create index "work_order_events_webhook_pending_idx" on "work_order_events" ("id") where "webhook_fanout_at" is null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "webhook_deliveries" drop constraint "webhook_deliveries_endpoint_id_foreign";`);

    this.addSql(`drop table if exists "audit_log" cascade;`);

    this.addSql(`drop table if exists "api_keys" cascade;`);

    this.addSql(`drop table if exists "webhook_endpoints" cascade;`);

    this.addSql(`drop table if exists "webhook_deliveries" cascade;`);

    this.addSql(
      `alter table "owners" alter column "approval_policy" type jsonb using ("approval_policy"::jsonb);`,
    );
    this.addSql(
      `alter table "owners" alter column "approval_policy" set default '{"ownerApprovalAboveCents": 50000, "managerApprovesBelowCents": 20000, "emergencyManagerMayApprove": true}';`,
    );

    this.addSql(`alter table "work_order_events" drop column "webhook_fanout_at";`);
  }
}
