import { Entity, OneToOne, Property, type Ref, type Opt } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { User } from '../identity/user.entity';
import { ContactMethod } from './contact-method';

/** What a technician needs to know to get in; stored once per tenant and pre-filled at intake. */
@Entity({ tableName: 'access_profiles' })
@ObjectType({ description: "A tenant's stored access instructions, pre-filled when they report a problem." })
export class AccessProfile {
  @OneToOne(() => User, { primary: true, ref: true, owner: true })
  user!: Ref<User>;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  pets?: string | null;

  @Field(() => ContactMethod, { nullable: true })
  @Property({ type: 'text', nullable: true })
  bestContactMethod?: ContactMethod | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  preferredTimes?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  notes?: string | null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Opt<Date> = new Date();
}
