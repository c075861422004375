import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { type Context, viewerOf } from '../../platform/graphql/context';
import { forbidden } from '../../platform/graphql/errors';
import { payloadOf } from '../../platform/graphql/user-error';
import { AccessProfile } from '../portfolio/access-profile.entity';
import { accessProfileLoader, unitsByTenantLoader } from '../portfolio/portfolio.service';
import { Unit } from '../portfolio/unit.entity';
import { login } from './identity.service';
import { LoginInput, LoginPayload } from './identity.inputs';
import { Role, isStaff } from './role';
import { TokenService } from './token.service';
import { User } from './user.entity';

@Resolver(() => User)
export class IdentityResolver {
  @Query(() => User, { nullable: true, description: 'The signed-in user; null when not signed in.' })
  async viewer(@Ctx() ctx: Context): Promise<User | null> {
    return ctx.viewer === null ? null : ctx.loaders.byId(User).load(ctx.viewer.id);
  }

  @Mutation(() => LoginPayload, { description: 'Email and password in, a short-lived token out.' })
  login(
    @Arg('input', () => LoginInput, { validate: false }) input: LoginInput,
    @Ctx() ctx: Context,
  ): Promise<LoginPayload> {
    const tokens = new TokenService(ctx.services.config.secretKey, ctx.services.config.tokenTtlSeconds);
    return payloadOf(
      input,
      () =>
        login(ctx.em, tokens, input.email, input.password, {
          limits: ctx.services.loginThrottles,
          address: ctx.clientAddress,
        }),
      () => ({ token: null, expiresAt: null, user: null }),
    );
  }

  @Authorized()
  @Mutation(() => LoginPayload, {
    description: 'A fresh token for a signed-in user whose token is still valid.',
  })
  async refreshToken(@Ctx() ctx: Context): Promise<LoginPayload> {
    const viewer = viewerOf(ctx);
    if (viewer.apiKey) throw forbidden('API keys do not expire and need no refresh.');
    const tokens = new TokenService(ctx.services.config.secretKey, ctx.services.config.tokenTtlSeconds);
    const issued = await tokens.issue({ userId: viewer.id, role: viewer.role });
    return { ...issued, user: await ctx.loaders.byId(User).load(viewer.id), userErrors: [] };
  }

  @FieldResolver(() => [Unit], { description: "A tenant's currently leased units; empty for other roles." })
  async units(@Root() user: User, @Ctx() ctx: Context): Promise<Unit[]> {
    if (user.role !== Role.TENANT) return [];
    return ctx.loaders.custom(unitsByTenantLoader).load(user.id);
  }

  @FieldResolver(() => AccessProfile, {
    nullable: true,
    description: "A tenant's stored access instructions; visible to the tenant and to staff.",
  })
  async accessProfile(@Root() user: User, @Ctx() ctx: Context): Promise<AccessProfile | null> {
    const viewer = ctx.viewer;
    if (user.role !== Role.TENANT || viewer === null) return null;
    if (viewer.id !== user.id && !isStaff(viewer.role as Role)) return null;
    return ctx.loaders.custom(accessProfileLoader).load(user.id);
  }
}
