import { Arg, Authorized, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { type Context, viewerOf } from '../../platform/graphql/context';
import { AppError } from '../../platform/graphql/errors';
import { Role } from '../identity/role';
import { REPEAT_ISSUES_MAX, REPEAT_ISSUES_SHOWN, maintenanceReport } from './report.service';
import { DateRangeInput, MaintenanceReport } from './report.types';

const MAX_RANGE_DAYS = 366 * 2;

@Resolver(() => MaintenanceReport)
export class ReportResolver {
  @Authorized(Role.MANAGER, Role.ADMIN, Role.OWNER)
  @Query(() => MaintenanceReport, {
    description: 'Time to close, repeat issues and vendor performance; owners see their properties only.',
  })
  maintenanceReport(
    @Arg('range', () => DateRangeInput) range: DateRangeInput,
    @Ctx() ctx: Context,
    @Arg('propertyIds', () => [ID], { nullable: true }) propertyIds?: string[],
    @Arg('repeatIssuesPerPattern', () => Int, {
      nullable: true,
      description: `How many repeat issues of each pattern to list, the most frequent first (default ${REPEAT_ISSUES_SHOWN}, at most ${REPEAT_ISSUES_MAX}).`,
    })
    repeatIssuesPerPattern?: number,
  ): Promise<MaintenanceReport> {
    const days = (range.to.getTime() - range.from.getTime()) / 86_400_000;
    if (days <= 0) throw new AppError('BAD_USER_INPUT', '"to" must be after "from".');
    if (days > MAX_RANGE_DAYS)
      throw new AppError(
        'LIMIT_EXCEEDED',
        `A report covers at most ${MAX_RANGE_DAYS} days; ${Math.ceil(days)} were asked for.`,
      );
    if ((propertyIds?.length ?? 0) > 100)
      throw new AppError('LIMIT_EXCEEDED', `At most 100 properties; ${propertyIds?.length} were given.`);
    const perPattern = repeatIssuesPerPattern ?? REPEAT_ISSUES_SHOWN;
    if (!Number.isInteger(perPattern) || perPattern < 1 || perPattern > REPEAT_ISSUES_MAX)
      throw new AppError(
        'LIMIT_EXCEEDED',
        `repeatIssuesPerPattern is between 1 and ${REPEAT_ISSUES_MAX}; ${perPattern} was given.`,
      );
    return maintenanceReport(ctx.em, viewerOf(ctx), range, propertyIds, perPattern);
  }
}
