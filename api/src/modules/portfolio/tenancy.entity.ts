import { Entity, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { User } from '../identity/user.entity';
import { Unit } from './unit.entity';

/** A tenant's lease of a unit; active from `startsOn` until `endsOn` (open-ended when null). */
@Entity({ tableName: 'tenancies' })
@Index({ properties: ['tenant', 'unit'] })
export class Tenancy {
  @PrimaryKey({ type: 'int' })
  id!: number;

  @ManyToOne(() => User, { ref: true })
  tenant!: Ref<User>;

  @ManyToOne(() => Unit, { ref: true, index: true })
  unit!: Ref<Unit>;

  @Property({ type: 'date' })
  startsOn!: string;

  @Property({ type: 'date', nullable: true })
  endsOn?: string | null;
}
