import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Field, ObjectType } from 'type-graphql';
import { type Context, viewerOf } from '../../platform/graphql/context';
import { idOf } from '../../platform/graphql/node';
import { UserFacingError, payloadOf } from '../../platform/graphql/user-error';
import { recordAudit } from '../audit/audit.service';
import { Role, isStaff } from '../identity/role';
import { Owner } from '../portfolio/owner.entity';
import { ApprovalPolicyPayload, UpdateApprovalPolicyInput } from '../vendor/vendor.inputs';
import { Money } from '../workflow/workflow.types';

@ObjectType({ description: 'An owner’s cost approval thresholds.' })
export class ApprovalPolicy {
  @Field(() => Money, { description: 'Below this the manager approves alone.' })
  managerApprovesBelow!: Money;

  @Field(() => Money, { description: 'Above this the owner must approve; in between the owner is notified.' })
  ownerApprovalAbove!: Money;

  @Field({ description: 'An emergency above the owner threshold may be approved by the manager.' })
  emergencyManagerMayApprove!: boolean;
}

@Resolver(() => Owner)
export class ApprovalPolicyResolver {
  @Authorized(Role.MANAGER, Role.ADMIN, Role.OWNER)
  @Query(() => [Owner], { description: 'Staff see every owner; an owner sees themselves.' })
  owners(@Ctx() ctx: Context): Promise<Owner[]> {
    const viewer = viewerOf(ctx);
    return ctx.em.find(Owner, isStaff(viewer.role as Role) ? {} : { user: viewer.id }, {
      orderBy: { name: 'asc' },
    });
  }

  @Authorized(Role.MANAGER, Role.ADMIN)
  @Mutation(() => ApprovalPolicyPayload, { description: 'Changes the thresholds agreed with an owner.' })
  updateApprovalPolicy(
    @Arg('input', () => UpdateApprovalPolicyInput, { validate: false }) input: UpdateApprovalPolicyInput,
    @Ctx() ctx: Context,
  ) {
    return payloadOf<ApprovalPolicyPayload>(
      input,
      async () => {
        if (input.managerApprovesBelowCents > input.ownerApprovalAboveCents) {
          throw UserFacingError.of(
            'INVALID',
            'The manager’s limit must not be above the owner-approval threshold.',
            ['input', 'managerApprovesBelowCents'],
          );
        }
        const id = idOf('Owner', input.ownerId);
        const owner = id === null ? null : await ctx.em.findOne(Owner, id);
        if (owner === null) throw UserFacingError.of('NOT_FOUND', 'No such owner.', ['input', 'ownerId']);
        owner.approvalPolicy = {
          managerApprovesBelowCents: input.managerApprovesBelowCents,
          ownerApprovalAboveCents: input.ownerApprovalAboveCents,
          emergencyManagerMayApprove: input.emergencyManagerMayApprove,
        };
        await ctx.em.flush();
        await recordAudit(ctx.em, viewerOf(ctx), 'approval_policy.updated', owner.globalId, {
          ...owner.approvalPolicy,
        });
        return { owner };
      },
      () => ({ owner: null }),
    );
  }

  @FieldResolver(() => ApprovalPolicy, { nullable: true, description: 'Staff and the owner themselves.' })
  approvalPolicy(@Root() owner: Owner, @Ctx() ctx: Context): ApprovalPolicy | null {
    const viewer = ctx.viewer;
    if (viewer === null || !(isStaff(viewer.role as Role) || owner.user?.id === viewer.id)) return null;
    const p = owner.approvalPolicy;
    return Object.assign(new ApprovalPolicy(), {
      managerApprovesBelow: Money.of(p.managerApprovesBelowCents),
      ownerApprovalAbove: Money.of(p.ownerApprovalAboveCents),
      emergencyManagerMayApprove: p.emergencyManagerMayApprove,
    });
  }
}
