import { Migration } from '@mikro-orm/migrations';

/** Tenant documents, rent ledgers, common-area "me too", tenant invites (passwords may be unset until accepted). */
export class Migration20261124044910 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "rent_entries" ("id" serial primary key, "tenancy_id" int not null, "kind" text check ("kind" in ('CHARGE', 'PAYMENT')) not null, "amount_cents" int not null, "date" date not null, "description" text not null, "reference" text null, "recorded_by_id" int not null, "reminded_at" timestamptz null, "created_at" timestamptz not null default now());`,
    );
    this.addSql(
      `create index "rent_entries_tenancy_id_date_index" on "rent_entries" ("tenancy_id", "date");`,
    );
    this.addSql(
      `alter table "rent_entries" add constraint "rent_entries_tenancy_id_kind_reference_unique" unique ("tenancy_id", "kind", "reference");`,
    );

    this.addSql(
      `create table "documents" ("id" serial primary key, "unit_id" int not null, "tenancy_id" int null, "kind" text check ("kind" in ('LEASE', 'CONDITION_REPORT', 'RECEIPT', 'CERTIFICATE', 'NOTICE', 'OTHER')) not null, "title" text not null, "uploaded_by_id" int not null, "created_at" timestamptz not null default now());`,
    );
    this.addSql(`create index "documents_tenancy_id_index" on "documents" ("tenancy_id");`);
    this.addSql(
      `create index "documents_unit_id_created_at_index" on "documents" ("unit_id", "created_at");`,
    );

    this.addSql(
      `create table "common_area_reports" ("id" serial primary key, "work_order_id" int not null, "user_id" int not null, "created_at" timestamptz not null default now());`,
    );
    this.addSql(`create index "common_area_reports_user_id_index" on "common_area_reports" ("user_id");`);
    this.addSql(
      `alter table "common_area_reports" add constraint "common_area_reports_work_order_id_user_id_unique" unique ("work_order_id", "user_id");`,
    );

    this.addSql(
      `alter table "rent_entries" add constraint "rent_entries_tenancy_id_foreign" foreign key ("tenancy_id") references "tenancies" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "rent_entries" add constraint "rent_entries_recorded_by_id_foreign" foreign key ("recorded_by_id") references "users" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "documents" add constraint "documents_unit_id_foreign" foreign key ("unit_id") references "units" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "documents" add constraint "documents_tenancy_id_foreign" foreign key ("tenancy_id") references "tenancies" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "documents" add constraint "documents_uploaded_by_id_foreign" foreign key ("uploaded_by_id") references "users" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "common_area_reports" add constraint "common_area_reports_work_order_id_foreign" foreign key ("work_order_id") references "work_orders" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "common_area_reports" add constraint "common_area_reports_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade;`,
    );

    this.addSql(`alter table "notifications" drop constraint if exists "notifications_template_check";`);

    this.addSql(`alter table "attachments" drop constraint if exists "attachments_kind_check";`);

    this.addSql(
      `alter table "users" add column "invite_token_hash" text null, add column "invited_at" timestamptz null, add column "invite_expires_at" timestamptz null, add column "invites_sent" int not null default 0;`,
    );
    this.addSql(`alter table "users" alter column "password_hash" type text using ("password_hash"::text);`);
    this.addSql(`alter table "users" alter column "password_hash" drop not null;`);
    this.addSql(
      `alter table "users" add constraint "users_invite_token_hash_unique" unique ("invite_token_hash");`,
    );

    this.addSql(
      `alter table "notifications" add constraint "notifications_template_check" check("template" in ('REQUEST_RECEIVED', 'ASSIGNED', 'SCHEDULED', 'REMINDER', 'COMPLETED', 'FOLLOW_UP', 'CANCELLED', 'NEW_MESSAGE', 'NEW_REQUEST', 'JOB_ASSIGNED', 'RESCHEDULE_REQUESTED', 'APPROVAL_NEEDED', 'APPROVAL_ESCALATED', 'SLA_AT_RISK', 'SLA_BREACHED', 'EMERGENCY', 'RENT_DUE', 'TENANT_INVITE'));`,
    );

    this.addSql(`alter table "attachments" add column "document_id" int null;`);
    this.addSql(
      `alter table "attachments" add constraint "attachments_kind_check" check("kind" in ('IMAGE', 'VIDEO', 'DOCUMENT'));`,
    );
    this.addSql(`create index "attachments_document_id_index" on "attachments" ("document_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "rent_entries" cascade;`);

    this.addSql(`drop table if exists "documents" cascade;`);

    this.addSql(`drop table if exists "common_area_reports" cascade;`);

    this.addSql(`alter table "attachments" drop constraint if exists "attachments_kind_check";`);

    this.addSql(`alter table "notifications" drop constraint if exists "notifications_template_check";`);

    this.addSql(`drop index "attachments_document_id_index";`);
    this.addSql(`alter table "attachments" drop column "document_id";`);

    this.addSql(
      `alter table "attachments" add constraint "attachments_kind_check" check("kind" in ('IMAGE', 'VIDEO'));`,
    );

    this.addSql(
      `alter table "notifications" add constraint "notifications_template_check" check("template" in ('REQUEST_RECEIVED', 'ASSIGNED', 'SCHEDULED', 'REMINDER', 'COMPLETED', 'FOLLOW_UP', 'CANCELLED', 'NEW_MESSAGE', 'NEW_REQUEST', 'JOB_ASSIGNED', 'RESCHEDULE_REQUESTED', 'APPROVAL_NEEDED', 'APPROVAL_ESCALATED', 'SLA_AT_RISK', 'SLA_BREACHED', 'EMERGENCY'));`,
    );

    this.addSql(`alter table "users" drop constraint "users_invite_token_hash_unique";`);
    this.addSql(
      `alter table "users" drop column "invite_token_hash", drop column "invited_at", drop column "invite_expires_at", drop column "invites_sent";`,
    );

    this.addSql(`alter table "users" alter column "password_hash" type text using ("password_hash"::text);`);
    this.addSql(`alter table "users" alter column "password_hash" set not null;`);
  }
}
