import {
  Entity,
  Enum,
  Index,
  ManyToOne,
  PrimaryKey,
  Property,
  Unique,
  type Opt,
  type Ref,
} from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../../platform/graphql/node';
import { User } from '../identity/user.entity';
import { Tenancy } from '../portfolio/tenancy.entity';

export enum RentEntryKind {
  CHARGE = 'CHARGE',
  PAYMENT = 'PAYMENT',
}
registerEnumType(RentEntryKind, {
  name: 'RentEntryKind',
  description: 'A charge (rent or a fee, due on its date) or a payment (received on its date).',
});

/** One line of a tenancy's rent ledger, recorded by a manager by hand or from a CSV import. */
@Entity({ tableName: 'rent_entries' })
@Index({ properties: ['tenancy', 'date'] })
@Unique({ properties: ['tenancy', 'kind', 'reference'] })
@ObjectType({ implements: Node, description: 'A charge or a payment on a rent ledger.' })
export class RentEntry extends Node {
  @PrimaryKey({ type: 'int' })
  id!: number;

  @ManyToOne(() => Tenancy, { ref: true })
  tenancy!: Ref<Tenancy>;

  @Field(() => RentEntryKind)
  @Enum({ items: () => RentEntryKind })
  kind!: RentEntryKind;

  /** Always positive; the kind says which way it goes. */
  @Property({ type: 'int' })
  amountCents!: number;

  @Field({ description: 'YYYY-MM-DD: when a charge is due, or when a payment was received.' })
  @Property({ type: 'date' })
  date!: string;

  @Field()
  @Property({ type: 'text' })
  description!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Your reference (invoice or bank transaction); a repeated import skips known ones.',
  })
  @Property({ type: 'text', nullable: true })
  reference?: string | null;

  @ManyToOne(() => User, { ref: true })
  recordedBy!: Ref<User>;

  /** When the tenant was reminded of this charge (once). */
  @Property({ type: 'timestamptz', nullable: true })
  remindedAt?: Date | null;

  @Field(() => Date)
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Opt<Date> = new Date();
}
