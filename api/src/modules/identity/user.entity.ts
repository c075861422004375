import { Entity, Enum, Index, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import type { NotificationPreferencesValue } from '../notification/notification.settings';
import { Node } from '../../platform/graphql/node';
import { Role } from './role';

@Entity({ tableName: 'users' })
@Index({
  name: 'users_email_lower_unique',
  expression: 'create unique index users_email_lower_unique on users (lower(email))',
})
@Index({
  name: 'users_staff_role_idx',
  expression: `create index "users_staff_role_idx" on "users" ("role") where "role" <> 'TENANT'`,
})
@ObjectType({ implements: Node, description: 'A person who signs in: tenant, staff, vendor user or owner.' })
export class User extends Node {
  @PrimaryKey({ type: 'int' })
  id!: number;

  @Field()
  @Property({ type: 'text' })
  email!: string;

  @Field()
  @Property({ type: 'text' })
  name!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  phone?: string | null;

  @Field(() => Role)
  @Enum({ items: () => Role })
  role!: Role;

  /** Null until an invited tenant sets a password (nobody can sign in without one). */
  @Property({ type: 'text', hidden: true, lazy: true, nullable: true })
  passwordHash?: string | null;

  /** sha256 of the invite link's secret while an invite is open; cleared when it is accepted. */
  @Property({ type: 'text', hidden: true, nullable: true, unique: true })
  inviteTokenHash?: string | null;

  @Property({ type: 'timestamptz', nullable: true })
  invitedAt?: Date | null;

  @Property({ type: 'timestamptz', nullable: true })
  inviteExpiresAt?: Date | null;

  /** How many invite emails went out (each has its own notification source key). */
  @Property({ type: 'int', default: 0 })
  invitesSent: Opt<number> = 0;

  @Field(() => String)
  @Property({ type: 'text', default: 'en' })
  locale: Opt<string> = 'en';

  /** For VENDOR users: the vendor company they belong to. */
  @Property({ type: 'int', nullable: true })
  vendorId?: number | null;

  /** Channels per notification and quiet hours (the notification module's shape). */
  @Property({ type: 'json', default: '{}' })
  notificationPreferences: Opt<NotificationPreferencesValue> = {};

  @Property({ type: 'boolean', default: true })
  active: Opt<boolean> = true;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Opt<Date> = new Date();
}
