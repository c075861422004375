import { ArrayMaxSize, IsOptional, MaxLength, ValidateNested } from 'class-validator';
import {
  Arg,
  Authorized,
  Ctx,
  Field,
  ID,
  InputType,
  Mutation,
  ObjectType,
  Query,
  Resolver,
} from 'type-graphql';
import { type Context, viewerOf } from '../../platform/graphql/context';
import { UserError, payloadOf } from '../../platform/graphql/user-error';
import { audited, recordAudit } from '../audit/audit.service';
import { Role } from '../identity/role';
import { Severity, SeverityLevel } from './severity';
import { TriageRule } from './triage-rule.entity';
import { createTriageRule, updateSeverityLevels, updateTriageRule } from './triage.config';

@InputType()
export class SeverityLevelInput {
  @Field(() => Severity)
  severity!: Severity;

  @Field()
  @MaxLength(300)
  label!: string;

  @Field()
  @MaxLength(300)
  definition!: string;

  @Field()
  @MaxLength(300)
  responseExpectation!: string;
}

@InputType()
export class UpdateSeverityLevelsInput {
  @Field(() => [SeverityLevelInput])
  @ArrayMaxSize(4)
  @ValidateNested({ each: true })
  levels!: SeverityLevelInput[];
}

@ObjectType()
export class SeverityLevelsPayload {
  @Field(() => [SeverityLevel], { nullable: true })
  severityLevels?: SeverityLevel[] | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@InputType()
export class CreateTriageRuleInput {
  @Field()
  @MaxLength(200)
  signal!: string;

  @Field(() => Severity)
  priority!: Severity;

  @Field(() => [String])
  @ArrayMaxSize(30)
  patterns!: string[];
}

@InputType()
export class UpdateTriageRuleInput {
  @Field(() => ID)
  ruleId!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  signal?: string | null;

  @Field(() => Severity, { nullable: true })
  priority?: Severity | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(30)
  patterns?: string[] | null;

  @Field(() => Boolean, { nullable: true })
  active?: boolean | null;
}

@ObjectType()
export class TriageRulePayload {
  @Field(() => TriageRule, { nullable: true })
  rule?: TriageRule | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@Resolver(() => TriageRule)
export class TriageConfigResolver {
  @Authorized(Role.MANAGER, Role.ADMIN)
  @Query(() => [TriageRule], { description: 'The triage rules table, in order.' })
  triageRules(@Ctx() ctx: Context): Promise<TriageRule[]> {
    return ctx.em.find(TriageRule, {}, { orderBy: { sortOrder: 'asc', id: 'asc' } });
  }

  @Authorized(Role.MANAGER, Role.ADMIN)
  @Mutation(() => TriageRulePayload)
  createTriageRule(
    @Arg('input', () => CreateTriageRuleInput, { validate: false }) input: CreateTriageRuleInput,
    @Ctx() ctx: Context,
  ) {
    return payloadOf<TriageRulePayload>(
      input,
      async () => ({
        rule: await audited(
          ctx.em,
          viewerOf(ctx),
          'triage_rule.created',
          () => createTriageRule(ctx.em, input),
          (r) => ({ signal: r.signal }),
        ),
      }),
      () => ({ rule: null }),
    );
  }

  @Authorized(Role.MANAGER, Role.ADMIN)
  @Mutation(() => TriageRulePayload)
  updateTriageRule(
    @Arg('input', () => UpdateTriageRuleInput, { validate: false }) input: UpdateTriageRuleInput,
    @Ctx() ctx: Context,
  ) {
    return payloadOf<TriageRulePayload>(
      input,
      async () => ({
        rule: await audited(
          ctx.em,
          viewerOf(ctx),
          'triage_rule.updated',
          () => updateTriageRule(ctx.em, input),
          () => ({ ...input }),
        ),
      }),
      () => ({ rule: null }),
    );
  }

  @Authorized(Role.MANAGER, Role.ADMIN)
  @Mutation(() => SeverityLevelsPayload, {
    description: 'The four levels’ labels and definitions tenants see.',
  })
  updateSeverityLevels(
    @Arg('input', () => UpdateSeverityLevelsInput, { validate: false }) input: UpdateSeverityLevelsInput,
    @Ctx() ctx: Context,
  ) {
    return payloadOf<SeverityLevelsPayload>(
      input,
      async () => {
        const levels = await updateSeverityLevels(ctx.em, input.levels);
        await recordAudit(ctx.em, viewerOf(ctx), 'severity_levels.updated', 'severity_levels', { levels });
        return { severityLevels: levels.map((l) => Object.assign(new SeverityLevel(), l)) };
      },
      () => ({ severityLevels: null }),
    );
  }
}
