import { Entity, PrimaryKey, Property, type Opt } from '@mikro-orm/core';

/** Portfolio-wide settings managers edit (SLA targets, severity definitions, on-call rota, …), one JSON per key. */
@Entity({ tableName: 'settings' })
export class Setting {
  @PrimaryKey({ type: 'text' })
  key!: string;

  @Property({ type: 'json' })
  value!: unknown;

  @Property({ type: 'timestamptz', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Opt<Date> = new Date();
}
