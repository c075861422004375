import { Migration } from '@mikro-orm/migrations';

export class Migration20261123232509 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create sequence "work_order_number_seq" start with 1001;`);
    this.addSql(
      `create table "categories" ("id" serial primary key, "key" text not null, "name" text not null, "examples" jsonb not null, "emergency_keywords" jsonb not null, "active" boolean not null default true, "sort_order" int not null default 0);`,
    );
    this.addSql(`alter table "categories" add constraint "categories_key_unique" unique ("key");`);

    this.addSql(
      `create table "users" ("id" serial primary key, "email" text not null, "name" text not null, "phone" text null, "role" text check ("role" in ('TENANT', 'MANAGER', 'TECHNICIAN', 'VENDOR', 'OWNER', 'ADMIN')) not null, "password_hash" text not null, "locale" text not null default 'en', "vendor_id" int null, "active" boolean not null default true, "created_at" timestamptz not null default now());`,
    );
    this.addSql(`create unique index users_email_lower_unique on users (lower(email));`);

    this.addSql(
      `create table "technicians" ("id" serial primary key, "user_id" int not null, "name" text not null, "active" boolean not null default true);`,
    );
    this.addSql(`alter table "technicians" add constraint "technicians_user_id_unique" unique ("user_id");`);

    this.addSql(
      `create table "technician_categories" ("technician_id" int not null, "category_id" int not null, constraint "technician_categories_pkey" primary key ("technician_id", "category_id"));`,
    );

    this.addSql(
      `create table "owners" ("id" serial primary key, "name" text not null, "email" text null, "phone" text null, "user_id" int null);`,
    );
    this.addSql(`create index "owners_user_id_index" on "owners" ("user_id");`);

    this.addSql(
      `create table "properties" ("id" serial primary key, "owner_id" int not null, "name" text not null, "address" text not null, "timezone" text not null, "emergency_hotline" text not null, "after_hours_instructions" text null, "gate_code_sealed" text null, "common_areas" jsonb not null);`,
    );
    this.addSql(`create index "properties_owner_id_index" on "properties" ("owner_id");`);

    this.addSql(
      `create table "units" ("id" serial primary key, "property_id" int not null, "label" text not null, "lockbox_code_sealed" text null);`,
    );
    this.addSql(`create index "units_property_id_index" on "units" ("property_id");`);
    this.addSql(
      `alter table "units" add constraint "units_property_id_label_unique" unique ("property_id", "label");`,
    );

    this.addSql(
      `create table "tenancies" ("id" serial primary key, "tenant_id" int not null, "unit_id" int not null, "starts_on" date not null, "ends_on" date null);`,
    );
    this.addSql(`create index "tenancies_unit_id_index" on "tenancies" ("unit_id");`);
    this.addSql(`create index "tenancies_tenant_id_unit_id_index" on "tenancies" ("tenant_id", "unit_id");`);

    this.addSql(
      `create table "access_profiles" ("user_id" int not null, "pets" text null, "best_contact_method" text null, "preferred_times" text null, "notes" text null, "updated_at" timestamptz not null default now(), constraint "access_profiles_pkey" primary key ("user_id"));`,
    );

    this.addSql(
      `create table "vendors" ("id" serial primary key, "name" text not null, "email" text null, "phone" text null, "active" boolean not null default true);`,
    );

    this.addSql(
      `create table "vendor_categories" ("vendor_id" int not null, "category_id" int not null, constraint "vendor_categories_pkey" primary key ("vendor_id", "category_id"));`,
    );

    this.addSql(
      `create table "work_orders" ("id" serial primary key, "number" int not null, "property_id" int not null, "unit_id" int null, "location_kind" text check ("location_kind" in ('UNIT', 'COMMON_AREA')) not null default 'UNIT', "location_detail" text null, "requester_id" int not null, "category_id" int not null, "reported_severity" text check ("reported_severity" in ('EMERGENCY', 'URGENT', 'ROUTINE', 'LOW')) not null, "priority" text check ("priority" in ('EMERGENCY', 'URGENT', 'ROUTINE', 'LOW')) not null, "triage_reasons" jsonb not null, "needs_review" boolean not null default false, "status" text check ("status" in ('NEW', 'ASSIGNED', 'SCHEDULED', 'COMPLETED', 'CLOSED', 'CANCELLED')) not null default 'NEW', "version" int not null default 1, "title" text not null, "description" text not null, "access_snapshot" jsonb not null, "permission_to_enter" boolean not null default false, "availability_windows" jsonb not null, "assignee_vendor_id" int null, "assignee_technician_id" int null, "idempotency_key" text null, "search_vector" tsvector generated always as (to_tsvector('english', coalesce(title, '') || ' ' || coalesce(description, ''))) stored null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "assigned_at" timestamptz null, "scheduled_at" timestamptz null, "completed_at" timestamptz null, "closed_at" timestamptz null, "cancelled_at" timestamptz null);`,
    );
    this.addSql(`alter table "work_orders" add constraint "work_orders_number_unique" unique ("number");`);
    this.addSql(`create index "work_orders_property_id_index" on "work_orders" ("property_id");`);
    this.addSql(`create index "work_orders_unit_id_index" on "work_orders" ("unit_id");`);
    this.addSql(`create index "work_orders_requester_id_index" on "work_orders" ("requester_id");`);
    this.addSql(`create index "work_orders_category_id_index" on "work_orders" ("category_id");`);
    this.addSql(`create index "work_orders_priority_index" on "work_orders" ("priority");`);
    this.addSql(
      `create index "work_orders_assignee_vendor_id_index" on "work_orders" ("assignee_vendor_id");`,
    );
    this.addSql(
      `create index "work_orders_assignee_technician_id_index" on "work_orders" ("assignee_technician_id");`,
    );
    this.addSql(`create index "work_orders_search_idx" on "work_orders" using gin ("search_vector");`);
    this.addSql(`create index "work_orders_created_idx" on "work_orders" ("created_at", "id");`);
    this.addSql(`create index "work_orders_board_idx" on "work_orders" ("status", "created_at", "id");`);
    this.addSql(
      `alter table "work_orders" add constraint "work_orders_requester_idempotency_key" unique ("requester_id", "idempotency_key");`,
    );

    this.addSql(
      `create table "work_order_events" ("id" serial primary key, "work_order_id" int not null, "kind" text check ("kind" in ('CREATED', 'TRIAGED', 'ASSIGNED', 'SCHEDULED', 'RESCHEDULE_REQUESTED', 'COST_APPROVAL', 'COMPLETED', 'CLOSED', 'REOPENED', 'CANCELLED', 'MESSAGE_POSTED', 'SLA_CHANGED', 'UPDATED')) not null, "actor_id" int null, "at" timestamptz not null default now(), "summary" text not null, "data" jsonb null, "internal" boolean not null default false);`,
    );
    this.addSql(
      `create index "work_order_events_work_order_id_at_index" on "work_order_events" ("work_order_id", "at");`,
    );

    this.addSql(
      `alter table "technicians" add constraint "technicians_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "technician_categories" add constraint "technician_categories_technician_id_foreign" foreign key ("technician_id") references "technicians" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "technician_categories" add constraint "technician_categories_category_id_foreign" foreign key ("category_id") references "categories" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "owners" add constraint "owners_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "properties" add constraint "properties_owner_id_foreign" foreign key ("owner_id") references "owners" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "units" add constraint "units_property_id_foreign" foreign key ("property_id") references "properties" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "tenancies" add constraint "tenancies_tenant_id_foreign" foreign key ("tenant_id") references "users" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "tenancies" add constraint "tenancies_unit_id_foreign" foreign key ("unit_id") references "units" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "access_profiles" add constraint "access_profiles_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "vendor_categories" add constraint "vendor_categories_vendor_id_foreign" foreign key ("vendor_id") references "vendors" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "vendor_categories" add constraint "vendor_categories_category_id_foreign" foreign key ("category_id") references "categories" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "work_orders" add constraint "work_orders_property_id_foreign" foreign key ("property_id") references "properties" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "work_orders" add constraint "work_orders_unit_id_foreign" foreign key ("unit_id") references "units" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "work_orders" add constraint "work_orders_requester_id_foreign" foreign key ("requester_id") references "users" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "work_orders" add constraint "work_orders_category_id_foreign" foreign key ("category_id") references "categories" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "work_orders" add constraint "work_orders_assignee_vendor_id_foreign" foreign key ("assignee_vendor_id") references "vendors" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "work_orders" add constraint "work_orders_assignee_technician_id_foreign" foreign key ("assignee_technician_id") references "technicians" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "work_order_events" add constraint "work_order_events_work_order_id_foreign" foreign key ("work_order_id") references "work_orders" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "work_order_events" add constraint "work_order_events_actor_id_foreign" foreign key ("actor_id") references "users" ("id") on update cascade on delete set null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table "technician_categories" drop constraint "technician_categories_category_id_foreign";`,
    );

    this.addSql(`alter table "vendor_categories" drop constraint "vendor_categories_category_id_foreign";`);

    this.addSql(`alter table "work_orders" drop constraint "work_orders_category_id_foreign";`);

    this.addSql(`alter table "technicians" drop constraint "technicians_user_id_foreign";`);

    this.addSql(`alter table "owners" drop constraint "owners_user_id_foreign";`);

    this.addSql(`alter table "tenancies" drop constraint "tenancies_tenant_id_foreign";`);

    this.addSql(`alter table "access_profiles" drop constraint "access_profiles_user_id_foreign";`);

    this.addSql(`alter table "work_orders" drop constraint "work_orders_requester_id_foreign";`);

    this.addSql(`alter table "work_order_events" drop constraint "work_order_events_actor_id_foreign";`);

    this.addSql(
      `alter table "technician_categories" drop constraint "technician_categories_technician_id_foreign";`,
    );

    this.addSql(`alter table "work_orders" drop constraint "work_orders_assignee_technician_id_foreign";`);

    this.addSql(`alter table "properties" drop constraint "properties_owner_id_foreign";`);

    this.addSql(`alter table "units" drop constraint "units_property_id_foreign";`);

    this.addSql(`alter table "work_orders" drop constraint "work_orders_property_id_foreign";`);

    this.addSql(`alter table "tenancies" drop constraint "tenancies_unit_id_foreign";`);

    this.addSql(`alter table "work_orders" drop constraint "work_orders_unit_id_foreign";`);

    this.addSql(`alter table "vendor_categories" drop constraint "vendor_categories_vendor_id_foreign";`);

    this.addSql(`alter table "work_orders" drop constraint "work_orders_assignee_vendor_id_foreign";`);

    this.addSql(`alter table "work_order_events" drop constraint "work_order_events_work_order_id_foreign";`);

    this.addSql(`drop table if exists "categories" cascade;`);

    this.addSql(`drop table if exists "users" cascade;`);

    this.addSql(`drop table if exists "technicians" cascade;`);

    this.addSql(`drop table if exists "technician_categories" cascade;`);

    this.addSql(`drop table if exists "owners" cascade;`);

    this.addSql(`drop table if exists "properties" cascade;`);

    this.addSql(`drop table if exists "units" cascade;`);

    this.addSql(`drop table if exists "tenancies" cascade;`);

    this.addSql(`drop table if exists "access_profiles" cascade;`);

    this.addSql(`drop table if exists "vendors" cascade;`);

    this.addSql(`drop table if exists "vendor_categories" cascade;`);

    this.addSql(`drop table if exists "work_orders" cascade;`);

    this.addSql(`drop table if exists "work_order_events" cascade;`);
  }
}
