import { Collection, Entity, ManyToMany, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Node } from '../../platform/graphql/node';
import { Category } from '../category/category.entity';

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
  email?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  phone?: string | null;

  @ManyToMany(() => Category, undefined, { pivotTable: 'vendor_categories' })
  categories = new Collection<Category>(this);

  @Field(() => Boolean)
  @Property({ type: 'boolean', default: true })
  active: Opt<boolean> = true;
}
