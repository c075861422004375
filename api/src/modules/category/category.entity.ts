import { Entity, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../../platform/graphql/node';

@Entity({ tableName: 'categories' })
@ObjectType({ implements: Node, description: 'A kind of problem; routes requests and sets expectations.' })
export class Category extends Node {
  @PrimaryKey({ type: 'int' })
  id!: number;

  @Field({ description: 'Stable key, e.g. PLUMBING.' })
  @Property({ type: 'text', unique: true })
  key!: string;

  @Field()
  @Property({ type: 'text' })
  name!: string;

  @Field(() => [String], { description: 'Examples shown to tenants, e.g. "Leaks", "Clogs".' })
  @Property({ type: 'json' })
  examples: Opt<string[]> = [];

  /** Extra words that make triage treat a request of this category as an emergency. */
  @Property({ type: 'json' })
  emergencyKeywords: Opt<string[]> = [];

  @Field(() => Boolean)
  @Property({ type: 'boolean', default: true })
  active: Opt<boolean> = true;

  @Field(() => Int)
  @Property({ type: 'int', default: 0 })
  sortOrder: Opt<number> = 0;
}
