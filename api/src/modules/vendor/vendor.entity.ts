import { Collection, Entity, ManyToMany, OneToMany, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../../platform/graphql/node';
import { Category } from '../category/category.entity';
import { VendorService } from './vendor-service.entity';

@Entity({ tableName: 'vendors' })
@ObjectType({ implements: Node, description: 'An outside company that takes jobs.' })
export class Vendor extends Node {
  @PrimaryKey({ type: 'int' })
  id!: number;

  @Field({ description: 'Company name.' })
  @Property({ type: 'text' })
  name!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  contactName?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  notes?: string | null;

  @Property({ type: 'int', nullable: true })
  hourlyRateCents?: number | null;

  @Property({ type: 'int', nullable: true })
  calloutFeeCents?: number | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; dispatch is refused once it has passed.' })
  @Property({ type: 'date', nullable: true })
  insuranceExpiresOn?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  licenseNumber?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' })
  @Property({ type: 'date', nullable: true })
  licenseExpiresOn?: string | null;

  @Field(() => Int, { description: 'Jobs per week the vendor can take.' })
  @Property({ type: 'int', default: 10 })
  weeklyCapacity: Opt<number> = 10;

  @ManyToMany(() => Category, undefined, { pivotEntity: () => VendorService })
  categories = new Collection<Category>(this);

  @OneToMany(() => VendorService, (s) => s.vendor)
  services = new Collection<VendorService>(this);

  @Field(() => Boolean)
  @Property({ type: 'boolean', default: true })
  active: Opt<boolean> = true;
}
