import { Migration } from '@mikro-orm/migrations';

export class Migration20261124003520 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "properties" add column "business_calendar" jsonb not null default '{"days":[1,2,3,4,5],"opens":"08:00","closes":"17:00","holidays":[]}';`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "properties" drop column "business_calendar";`);
  }
}
