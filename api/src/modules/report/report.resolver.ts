import { Arg, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import { type Context, viewerOf } from '../../platform/graphql/context';
import { AppError } from '../../platform/graphql/errors';
import { Role } from '../identity/role';
import { maintenanceReport } from './report.service';
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
    return maintenanceReport(ctx.em, viewerOf(ctx), range, propertyIds);
  }
}
