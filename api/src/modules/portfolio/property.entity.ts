import { Entity, ManyToOne, PrimaryKey, Property as Column, type Ref, type Opt } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';

/** Stored per property: ISO weekdays, local opening hours and holiday dates. */
export interface PropertyCalendar {
  days: number[];
  opens: string;
  closes: string;
  holidays: string[];
}
import { Node } from '../../platform/graphql/node';
import { Owner } from './owner.entity';

@Entity({ tableName: 'properties' })
@ObjectType({ implements: Node, description: 'A building or site with units and common areas.' })
export class Property extends Node {
  @PrimaryKey({ type: 'int' })
  id!: number;

  @ManyToOne(() => Owner, { ref: true, index: true })
  owner!: Ref<Owner>;

  @Field()
  @Column({ type: 'text' })
  name!: string;

  @Field()
  @Column({ type: 'text' })
  address!: string;

  @Field({ description: 'IANA time zone, e.g. America/Chicago.' })
  @Column({ type: 'text' })
  timezone!: string;

  @Field({ description: 'Phone number tenants call for an emergency.' })
  @Column({ type: 'text' })
  emergencyHotline!: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  afterHoursInstructions?: string | null;

  /** AES-256-GCM sealed; exposed through a field resolver to staff only. */
  @Column({ type: 'text', nullable: true, hidden: true })
  gateCodeSealed?: string | null;

  @Field(() => [String], {
    description: 'Common areas tenants can report problems in (hallway, laundry, …).',
  })
  @Column({ type: 'json' })
  commonAreas: Opt<string[]> = [];

  /** Working days, hours and holidays for SLA targets in business days (see sla/business-calendar.ts). */
  @Column({ type: 'json' })
  businessCalendar: Opt<PropertyCalendar> = {
    days: [1, 2, 3, 4, 5],
    opens: '08:00',
    closes: '17:00',
    holidays: [],
  };
}
