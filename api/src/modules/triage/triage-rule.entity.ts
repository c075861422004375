import { Entity, Enum, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../../platform/graphql/node';
import { Severity } from './severity';

/** One row of the editable triage rules table (defaults: triage.rules.ts). */
@Entity({ tableName: 'triage_rules' })
@ObjectType({ implements: Node, description: 'A signal in a request that raises its priority.' })
export class TriageRule extends Node {
  @PrimaryKey({ type: 'int' })
  id!: number;

  @Field()
  @Property({ type: 'text', unique: true })
  key!: string;

  @Field({ description: 'What the reason says after "Description mentions …".' })
  @Property({ type: 'text' })
  signal!: string;

  @Field(() => Severity)
  @Enum({ items: () => Severity })
  priority!: Severity;

  @Field(() => [String], {
    description:
      'Regular expressions (case-insensitive) on title + description; negated mentions never count.',
  })
  @Property({ type: 'json' })
  patterns!: string[];

  @Field(() => String, {
    nullable: true,
    description: 'WINTER or EXTREME_HEAT: only in those months at the property.',
  })
  @Property({ type: 'text', nullable: true })
  condition?: string | null;

  @Field(() => Boolean)
  @Property({ type: 'boolean', default: true })
  active: Opt<boolean> = true;

  @Field(() => Int)
  @Property({ type: 'int', default: 0 })
  sortOrder: Opt<number> = 0;
}
