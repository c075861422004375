import { Arg, Authorized, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../../platform/graphql/context';
import { pageSize } from '../../platform/graphql/connection';
import { Role } from '../identity/role';
import { AuditEntry } from './audit-entry.entity';

@Resolver(() => AuditEntry)
export class AuditResolver {
  @Authorized(Role.ADMIN)
  @Query(() => [AuditEntry], { description: 'The latest administrative actions, newest first (admins).' })
  auditLog(
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true }) first?: number,
  ): Promise<AuditEntry[]> {
    return ctx.em.find(AuditEntry, {}, { orderBy: { id: 'desc' }, limit: pageSize(first) });
  }
}
