import { Entity, ManyToOne, PrimaryKey, Property, Unique, type Opt, type Ref } from '@mikro-orm/core';
import { User } from '../identity/user.entity';
import { WorkOrder } from '../work-order/work-order.entity';

/** A tenant's "me too" on an open common-area request of their property (instead of filing a duplicate). */
@Entity({ tableName: 'common_area_reports' })
@Unique({ properties: ['workOrder', 'user'] })
export class CommonAreaReport {
  @PrimaryKey({ type: 'int' })
  id!: number;

  @ManyToOne(() => WorkOrder, { ref: true })
  workOrder!: Ref<WorkOrder>;

  @ManyToOne(() => User, { ref: true, index: true })
  user!: Ref<User>;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Opt<Date> = new Date();
}
