import { ArrayMaxSize, IsOptional, MaxLength } from 'class-validator';
import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { Severity } from '../triage/severity';
import { CostApprovalState } from './work-order-records';
import { WorkOrderStatus } from './work-order-status';

export enum WorkOrderOrderField {
  CREATED_AT = 'CREATED_AT',
  UPDATED_AT = 'UPDATED_AT',
  NUMBER = 'NUMBER',
}
registerEnumType(WorkOrderOrderField, { name: 'WorkOrderOrderField' });

export enum OrderDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(OrderDirection, { name: 'OrderDirection' });

@InputType({ description: 'Every field narrows the list; authorization always applies on top.' })
export class WorkOrderFilter {
  @Field(() => [WorkOrderStatus], { nullable: true })
  @ArrayMaxSize(10)
  @IsOptional()
  statuses?: WorkOrderStatus[] | null;

  @Field(() => [ID], { nullable: true })
  @ArrayMaxSize(100)
  @IsOptional()
  propertyIds?: string[] | null;

  @Field(() => [Severity], { nullable: true })
  @ArrayMaxSize(10)
  @IsOptional()
  priorities?: Severity[] | null;

  @Field(() => [ID], { nullable: true })
  @ArrayMaxSize(100)
  @IsOptional()
  categoryIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Vendor or Technician ids.' })
  @ArrayMaxSize(100)
  @IsOptional()
  assigneeIds?: string[] | null;

  @Field(() => [CostApprovalState], {
    nullable: true,
    description: 'E.g. [PENDING_OWNER]: estimates waiting for the owner.',
  })
  @IsOptional()
  @ArrayMaxSize(4)
  approvalStates?: CostApprovalState[] | null;

  @Field(() => String, {
    nullable: true,
    description: 'Words in the title or description, or a tracking number.',
  })
  @MaxLength(200)
  @IsOptional()
  text?: string | null;
}

@InputType()
export class WorkOrderOrder {
  @Field(() => WorkOrderOrderField, { defaultValue: WorkOrderOrderField.CREATED_AT })
  field: WorkOrderOrderField = WorkOrderOrderField.CREATED_AT;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.DESC })
  direction: OrderDirection = OrderDirection.DESC;
}

@InputType()
export class WorkOrderChangeFilter {
  @Field(() => ID, { nullable: true })
  workOrderId?: string | null;

  @Field(() => [ID], { nullable: true })
  @ArrayMaxSize(100)
  @IsOptional()
  propertyIds?: string[] | null;
}
