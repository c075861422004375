import { Entity, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Node } from '../../platform/graphql/node';
import { User } from '../identity/user.entity';
import { Unit } from './unit.entity';

/** A tenant's lease of a unit; active from `startsOn` until `endsOn` (open-ended when null). */
@Entity({ tableName: 'tenancies' })
@Index({ properties: ['tenant', 'unit'] })
@ObjectType({
  implements: Node,
  description: "A tenant's lease of a unit (managers, and the tenant themself).",
})
export class Tenancy extends Node {
  @PrimaryKey({ type: 'int' })
  id!: number;

  @ManyToOne(() => User, { ref: true })
  tenant!: Ref<User>;

  @ManyToOne(() => Unit, { ref: true, index: true })
  unit!: Ref<Unit>;

  @Field({ description: 'YYYY-MM-DD' })
  @Property({ type: 'date' })
  startsOn!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; null while open-ended.' })
  @Property({ type: 'date', nullable: true })
  endsOn?: string | null;
}

/** Today's date (YYYY-MM-DD) falls inside the tenancy. */
export const isActiveTenancy = (t: Tenancy, today: string): boolean =>
  t.startsOn <= today && (t.endsOn === null || t.endsOn === undefined || t.endsOn >= today);
