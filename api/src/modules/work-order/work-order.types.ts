import { MaxLength, MinLength } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { UserError } from '../../platform/graphql/user-error';
import { User } from '../identity/user.entity';
import { ContactMethod } from '../portfolio/contact-method';
import { Severity } from '../triage/severity';
import { connectionOf } from '../../platform/graphql/connection';
import { WorkOrderChangeKind } from './work-order-status';
import { WorkOrder } from './work-order.entity';

export const { Connection: WorkOrderConnection } = connectionOf(WorkOrder, 'WorkOrder', {
  description:
    'False when a text search matched more orders than it counts (1,000): totalCount is then that figure, shown as “1,000+”. Every other filter is counted exactly.',
});

@ObjectType({
  description: 'How to get in: codes for staff, the tenant’s notes for everyone who may see the order.',
})
export class AccessInstructions {
  @Field(() => String, { nullable: true, description: 'Managers, admins and the assignee of an open job.' })
  gateCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Managers, admins and the assignee of an open job.' })
  lockboxCode?: string | null;

  @Field(() => String, { nullable: true })
  pets?: string | null;

  @Field(() => ContactMethod, { nullable: true })
  bestContactMethod?: ContactMethod | null;

  @Field(() => String, { nullable: true })
  preferredTimes?: string | null;

  @Field(() => String, { nullable: true })
  notes?: string | null;
}

@ObjectType()
export class WorkOrderPayload {
  @Field(() => WorkOrder, { nullable: true })
  workOrder?: WorkOrder | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType({ description: 'A change to a work order the subscriber may see.' })
export class WorkOrderChange {
  @Field(() => WorkOrderChangeKind)
  kind!: WorkOrderChangeKind;

  @Field(() => WorkOrder)
  workOrder!: WorkOrder;

  @Field(() => User, { nullable: true })
  actor?: User | null;

  @Field()
  at!: Date;
}

@InputType()
export class TriageWorkOrderInput {
  @Field(() => ID)
  workOrderId!: string;

  @Field(() => Int, { nullable: true, description: 'The version you saw; a stale one is a CONFLICT.' })
  expectedVersion?: number | null;

  @Field(() => Severity, { nullable: true })
  priority?: Severity | null;

  @Field(() => ID, { nullable: true })
  categoryId?: string | null;

  @Field({ description: 'Why: kept on the timeline.' })
  @MinLength(3, { message: 'Give a reason of at least 3 characters.' })
  @MaxLength(500)
  reason!: string;
}
