import {
  Collection,
  Entity,
  ManyToMany,
  ManyToOne,
  PrimaryKey,
  Property,
  type Ref,
  type Opt,
} from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../../platform/graphql/node';
import { Category } from '../category/category.entity';
import { User } from '../identity/user.entity';

@Entity({ tableName: 'technicians' })
@ObjectType({ implements: Node, description: 'An in-house member of the maintenance staff.' })
export class Technician extends Node {
  @PrimaryKey({ type: 'int' })
  id!: number;

  @ManyToOne(() => User, { ref: true, unique: true })
  user!: Ref<User>;

  @Field()
  @Property({ type: 'text' })
  name!: string;

  @Field(() => Int, { description: 'Jobs per week the technician can take.' })
  @Property({ type: 'int', default: 15 })
  weeklyCapacity: Opt<number> = 15;

  @ManyToMany(() => Category, undefined, { pivotTable: 'technician_categories' })
  categories = new Collection<Category>(this);

  @Field(() => Boolean)
  @Property({ type: 'boolean', default: true })
  active: Opt<boolean> = true;
}
