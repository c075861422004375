import { Migration } from '@mikro-orm/migrations';
import { TRIAGE_RULES } from '../../../modules/triage/triage.rules';

export class Migration20261124004917 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "settings" ("key" text not null, "value" jsonb not null, "updated_at" timestamptz not null default now(), constraint "settings_pkey" primary key ("key"));`,
    );

    this.addSql(
      `create table "triage_rules" ("id" serial primary key, "key" text not null, "signal" text not null, "priority" text check ("priority" in ('EMERGENCY', 'URGENT', 'ROUTINE', 'LOW')) not null, "patterns" jsonb not null, "condition" text null, "active" boolean not null default true, "sort_order" int not null default 0);`,
    );
    this.addSql(`alter table "triage_rules" add constraint "triage_rules_key_unique" unique ("key");`);
    // the shipped defaults (triage.rules.ts), now editable by managers
    TRIAGE_RULES.forEach((rule, i) => {
      const row = {
        key: rule.key,
        signal: rule.signal,
        priority: rule.priority,
        patterns: JSON.stringify(rule.patterns.map((p) => p.source)),
        condition: rule.when ?? null,
        active: true,
        sort_order: i,
      };
      this.addSql(this.getKnex().insert(row).into('triage_rules').toQuery());
    });

    this.addSql(
      `alter table "webhook_deliveries" drop constraint if exists "webhook_deliveries_event_kind_check";`,
    );

    this.addSql(`alter table "work_order_events" drop constraint if exists "work_order_events_kind_check";`);

    this.addSql(
      `alter table "webhook_deliveries" add constraint "webhook_deliveries_event_kind_check" check("event_kind" in ('CREATED', 'TRIAGED', 'ASSIGNED', 'SCHEDULED', 'RESCHEDULE_REQUESTED', 'COST_APPROVAL', 'COMPLETED', 'CLOSED', 'REOPENED', 'CANCELLED', 'MESSAGE_POSTED', 'SLA_CHANGED', 'UPDATED', 'UNASSIGNED', 'RUNNING_LATE', 'REMINDER', 'OWNER_NOTIFIED', 'PAGED', 'ACKNOWLEDGED'));`,
    );

    this.addSql(
      `alter table "work_order_events" add constraint "work_order_events_kind_check" check("kind" in ('CREATED', 'TRIAGED', 'ASSIGNED', 'SCHEDULED', 'RESCHEDULE_REQUESTED', 'COST_APPROVAL', 'COMPLETED', 'CLOSED', 'REOPENED', 'CANCELLED', 'MESSAGE_POSTED', 'SLA_CHANGED', 'UPDATED', 'UNASSIGNED', 'RUNNING_LATE', 'REMINDER', 'OWNER_NOTIFIED', 'PAGED', 'ACKNOWLEDGED'));`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "settings" cascade;`);

    this.addSql(`drop table if exists "triage_rules" cascade;`);

    this.addSql(
      `alter table "webhook_deliveries" drop constraint if exists "webhook_deliveries_event_kind_check";`,
    );

    this.addSql(`alter table "work_order_events" drop constraint if exists "work_order_events_kind_check";`);

    this.addSql(
      `alter table "webhook_deliveries" add constraint "webhook_deliveries_event_kind_check" check("event_kind" in ('CREATED', 'TRIAGED', 'ASSIGNED', 'SCHEDULED', 'RESCHEDULE_REQUESTED', 'COST_APPROVAL', 'COMPLETED', 'CLOSED', 'REOPENED', 'CANCELLED', 'MESSAGE_POSTED', 'SLA_CHANGED', 'UPDATED', 'UNASSIGNED', 'RUNNING_LATE', 'REMINDER', 'OWNER_NOTIFIED'));`,
    );

    this.addSql(
      `alter table "work_order_events" add constraint "work_order_events_kind_check" check("kind" in ('CREATED', 'TRIAGED', 'ASSIGNED', 'SCHEDULED', 'RESCHEDULE_REQUESTED', 'COST_APPROVAL', 'COMPLETED', 'CLOSED', 'REOPENED', 'CANCELLED', 'MESSAGE_POSTED', 'SLA_CHANGED', 'UPDATED', 'UNASSIGNED', 'RUNNING_LATE', 'REMINDER', 'OWNER_NOTIFIED'));`,
    );
  }
}
