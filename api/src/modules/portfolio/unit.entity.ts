import { Entity, ManyToOne, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Node } from '../../platform/graphql/node';
import { Property as Building } from './property.entity';

@Entity({ tableName: 'units' })
@Unique({ properties: ['property', 'label'] })
@ObjectType({ implements: Node, description: 'A rentable unit of a property.' })
export class Unit extends Node {
  @PrimaryKey({ type: 'int' })
  id!: number;

  @ManyToOne(() => Building, { ref: true, index: true })
  property!: Ref<Building>;

  @Field()
  @Property({ type: 'text' })
  label!: string;

  /** AES-256-GCM sealed; exposed through a field resolver to staff only. */
  @Property({ type: 'text', nullable: true, hidden: true })
  lockboxCodeSealed?: string | null;
}
