import { Entity, ManyToOne, PrimaryKey, Property, type Opt, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Node } from '../../platform/graphql/node';
import { Category } from '../category/category.entity';
import { Property as Building } from '../portfolio/property.entity';
import { Technician } from './technician.entity';
import { Vendor } from './vendor.entity';

/** Category and/or property → a vendor or technician; the most specific active rule wins at intake. */
@Entity({ tableName: 'assignment_rules' })
@ObjectType({
  implements: Node,
  description: 'Routes new requests of a category and/or property to an assignee.',
})
export class AssignmentRule extends Node {
  @PrimaryKey({ type: 'int' })
  id!: number;

  @ManyToOne(() => Category, { ref: true, nullable: true, deleteRule: 'cascade' })
  category?: Ref<Category> | null;

  @ManyToOne(() => Building, { ref: true, nullable: true, deleteRule: 'cascade' })
  property?: Ref<Building> | null;

  @ManyToOne(() => Vendor, { ref: true, nullable: true, deleteRule: 'cascade' })
  vendor?: Ref<Vendor> | null;

  @ManyToOne(() => Technician, { ref: true, nullable: true, deleteRule: 'cascade' })
  technician?: Ref<Technician> | null;

  @Field(() => Boolean, { description: 'Applied automatically when a request comes in.' })
  @Property({ type: 'boolean', default: true })
  applyAtIntake: Opt<boolean> = true;

  @Field(() => Boolean)
  @Property({ type: 'boolean', default: true })
  active: Opt<boolean> = true;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Opt<Date> = new Date();
}
