import { Migration } from '@mikro-orm/migrations';

export class Migration20261123235842 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "assignment_rules" ("id" serial primary key, "category_id" int null, "property_id" int null, "vendor_id" int null, "technician_id" int null, "apply_at_intake" boolean not null default true, "active" boolean not null default true, "created_at" timestamptz not null default now());`,
    );

    this.addSql(
      `alter table "assignment_rules" add constraint "assignment_rules_category_id_foreign" foreign key ("category_id") references "categories" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "assignment_rules" add constraint "assignment_rules_property_id_foreign" foreign key ("property_id") references "properties" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "assignment_rules" add constraint "assignment_rules_vendor_id_foreign" foreign key ("vendor_id") references "vendors" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "assignment_rules" add constraint "assignment_rules_technician_id_foreign" foreign key ("technician_id") references "technicians" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(`alter table "work_order_events" drop constraint if exists "work_order_events_kind_check";`);

    this.addSql(`alter table "technicians" add column "weekly_capacity" int not null default 15;`);

    this.addSql(
      `alter table "owners" add column "approval_policy" jsonb not null default '{"managerApprovesBelowCents":20000,"ownerApprovalAboveCents":50000,"emergencyManagerMayApprove":true}';`,
    );

    this.addSql(
      `alter table "vendors" add column "contact_name" text null, add column "notes" text null, add column "hourly_rate_cents" int null, add column "callout_fee_cents" int null, add column "insurance_expires_on" date null, add column "license_number" text null, add column "license_expires_on" date null, add column "weekly_capacity" int not null default 10;`,
    );

    this.addSql(`alter table "vendor_categories" add column "rank" int not null default 1;`);

    this.addSql(
      `alter table "work_orders" add column "appointment" jsonb null, add column "reschedule_request" jsonb null, add column "cost_approval_record" jsonb null, add column "approval_state" text check ("approval_state" in ('NOT_REQUIRED', 'PENDING_OWNER', 'APPROVED', 'REJECTED')) null, add column "actual_cost_cents" int null, add column "completion_notes" text null, add column "rating_score" int null, add column "rating_comment" text null, add column "rated_at" timestamptz null;`,
    );
    this.addSql(
      `alter table "work_orders" alter column "created_at" type timestamptz(3) using ("created_at"::timestamptz(3));`,
    );
    this.addSql(
      `alter table "work_orders" alter column "updated_at" type timestamptz(3) using ("updated_at"::timestamptz(3));`,
    );
    this.addSql(`create index "work_orders_approval_state_index" on "work_orders" ("approval_state");`);

    this.addSql(
      `alter table "work_order_events" add constraint "work_order_events_kind_check" check("kind" in ('CREATED', 'TRIAGED', 'ASSIGNED', 'SCHEDULED', 'RESCHEDULE_REQUESTED', 'COST_APPROVAL', 'COMPLETED', 'CLOSED', 'REOPENED', 'CANCELLED', 'MESSAGE_POSTED', 'SLA_CHANGED', 'UPDATED', 'UNASSIGNED', 'RUNNING_LATE', 'REMINDER', 'OWNER_NOTIFIED'));`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "assignment_rules" cascade;`);

    this.addSql(`alter table "work_order_events" drop constraint if exists "work_order_events_kind_check";`);

    this.addSql(`alter table "owners" drop column "approval_policy";`);

    this.addSql(`alter table "technicians" drop column "weekly_capacity";`);

    this.addSql(`alter table "vendor_categories" drop column "rank";`);

    this.addSql(
      `alter table "vendors" drop column "contact_name", drop column "notes", drop column "hourly_rate_cents", drop column "callout_fee_cents", drop column "insurance_expires_on", drop column "license_number", drop column "license_expires_on", drop column "weekly_capacity";`,
    );

    this.addSql(
      `alter table "work_order_events" add constraint "work_order_events_kind_check" check("kind" in ('CREATED', 'TRIAGED', 'ASSIGNED', 'SCHEDULED', 'RESCHEDULE_REQUESTED', 'COST_APPROVAL', 'COMPLETED', 'CLOSED', 'REOPENED', 'CANCELLED', 'MESSAGE_POSTED', 'SLA_CHANGED', 'UPDATED'));`,
    );

    this.addSql(`drop index "work_orders_approval_state_index";`);
    this.addSql(
      `alter table "work_orders" drop column "appointment", drop column "reschedule_request", drop column "cost_approval_record", drop column "approval_state", drop column "actual_cost_cents", drop column "completion_notes", drop column "rating_score", drop column "rating_comment", drop column "rated_at";`,
    );

    this.addSql(
      `alter table "work_orders" alter column "created_at" type timestamptz(6) using ("created_at"::timestamptz(6));`,
    );
    this.addSql(
      `alter table "work_orders" alter column "updated_at" type timestamptz(6) using ("updated_at"::timestamptz(6));`,
    );
  }
}
