import { Migration } from '@mikro-orm/migrations';

/** Notifications to tenants who said "me too" when a common-area request is fixed or closed. */
export class Migration20261124045850 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "notifications" drop constraint if exists "notifications_template_check";`);

    this.addSql(
      `alter table "notifications" add constraint "notifications_template_check" check("template" in ('REQUEST_RECEIVED', 'ASSIGNED', 'SCHEDULED', 'REMINDER', 'COMPLETED', 'FOLLOW_UP', 'CANCELLED', 'NEW_MESSAGE', 'NEW_REQUEST', 'JOB_ASSIGNED', 'RESCHEDULE_REQUESTED', 'APPROVAL_NEEDED', 'APPROVAL_ESCALATED', 'SLA_AT_RISK', 'SLA_BREACHED', 'EMERGENCY', 'RENT_DUE', 'TENANT_INVITE', 'COMMON_AREA_FIXED', 'COMMON_AREA_CLOSED'));`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "notifications" drop constraint if exists "notifications_template_check";`);

    this.addSql(
      `alter table "notifications" add constraint "notifications_template_check" check("template" in ('REQUEST_RECEIVED', 'ASSIGNED', 'SCHEDULED', 'REMINDER', 'COMPLETED', 'FOLLOW_UP', 'CANCELLED', 'NEW_MESSAGE', 'NEW_REQUEST', 'JOB_ASSIGNED', 'RESCHEDULE_REQUESTED', 'APPROVAL_NEEDED', 'APPROVAL_ESCALATED', 'SLA_AT_RISK', 'SLA_BREACHED', 'EMERGENCY', 'RENT_DUE', 'TENANT_INVITE'));`,
    );
  }
}
