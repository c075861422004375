import { Field, Float, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Money } from '../workflow/workflow.types';

@InputType('DateRange', {
  description: 'A period: orders completed (or assigned, for vendor figures) within it.',
})
export class DateRangeInput {
  @Field()
  from!: Date;

  @Field()
  to!: Date;
}

@ObjectType({ description: 'Hours from request to completion.' })
export class DurationStats {
  @Field(() => Int)
  count!: number;

  @Field(() => Float, { nullable: true })
  averageHours!: number | null;

  @Field(() => Float, { nullable: true })
  medianHours!: number | null;

  @Field(() => Float, { nullable: true })
  p90Hours!: number | null;
}

@ObjectType()
export class GroupedDuration {
  @Field()
  label!: string;

  @Field(() => DurationStats)
  stats!: DurationStats;
}

@ObjectType()
export class TrendPoint {
  @Field()
  periodStart!: Date;

  @Field(() => Int)
  count!: number;

  @Field(() => Float, { nullable: true })
  averageHours!: number | null;
}

@ObjectType()
export class TimeToClose {
  @Field(() => DurationStats)
  overall!: DurationStats;

  @Field(() => [GroupedDuration])
  byCategory!: GroupedDuration[];

  @Field(() => [GroupedDuration])
  byProperty!: GroupedDuration[];

  @Field(() => [GroupedDuration])
  byAssignee!: GroupedDuration[];

  @Field(() => [GroupedDuration])
  byPriority!: GroupedDuration[];

  @Field(() => [TrendPoint])
  weekly!: TrendPoint[];

  @Field(() => [TrendPoint])
  monthly!: TrendPoint[];
}

export enum RepeatPattern {
  SAME_UNIT_SAME_CATEGORY = 'SAME_UNIT_SAME_CATEGORY',
  SAME_CATEGORY_ACROSS_PROPERTY = 'SAME_CATEGORY_ACROSS_PROPERTY',
  SAME_ASSIGNEE_REPEAT_VISITS = 'SAME_ASSIGNEE_REPEAT_VISITS',
}
registerEnumType(RepeatPattern, { name: 'RepeatPattern' });

@ObjectType({ description: 'A pattern of repeat problems, with what the seed document suggests doing.' })
export class RepeatIssue {
  @Field(() => RepeatPattern)
  pattern!: RepeatPattern;

  @Field({ description: 'E.g. "Harbor View Apartments · Unit 101 · Plumbing".' })
  label!: string;

  @Field(() => Int)
  count!: number;

  @Field()
  suggestedAction!: string;

  @Field(() => [Int])
  workOrderNumbers!: number[];
}

@ObjectType()
export class AssigneePerformance {
  @Field()
  name!: string;

  @Field({ description: 'VENDOR or TECHNICIAN.' })
  kind!: string;

  @Field(() => Int)
  jobs!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Completed of those finished (completed or cancelled), %.',
  })
  completionRatePct!: number | null;

  @Field(() => Float, { nullable: true, description: 'Hours from request to assignment.' })
  averageResponseHours!: number | null;

  @Field(() => Float, { nullable: true, description: 'Average tenant rating, 1–5.' })
  satisfaction!: number | null;

  @Field(() => Money, { nullable: true })
  costPerJob!: Money | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Completed jobs not reopened nor repeated within 30 days, %.',
  })
  firstTimeFixRatePct!: number | null;
}

@ObjectType({
  description: 'Share of orders closed in the period whose clock was never breached (from the SLA events).',
})
export class SlaCompliance {
  @Field(() => Int)
  measured!: number;

  @Field(() => Float, { nullable: true })
  responseMetPct!: number | null;

  @Field(() => Float, { nullable: true })
  resolutionMetPct!: number | null;
}

@ObjectType()
export class MaintenanceReport {
  @Field(() => SlaCompliance)
  slaCompliance!: SlaCompliance;

  @Field(() => TimeToClose)
  timeToClose!: TimeToClose;

  @Field(() => [RepeatIssue], {
    description:
      'The most frequent repeat issues of each pattern (see repeatIssuesPerPattern; repeatIssuesFound counts them all).',
  })
  repeatIssues!: RepeatIssue[];

  @Field(() => Int, { description: 'Repeat issues found in all, of every pattern.' })
  repeatIssuesFound!: number;

  @Field(() => [AssigneePerformance])
  vendorPerformance!: AssigneePerformance[];
}
