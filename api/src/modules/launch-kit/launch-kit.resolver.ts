import { IsBoolean, MaxLength } from 'class-validator';
import {
  Arg,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
  registerEnumType,
} from 'type-graphql';
import { CsvRowError } from '../../platform/csv/csv.types';
import { type Context, viewerOf } from '../../platform/graphql/context';
import { idOf } from '../../platform/graphql/node';
import { UserError, payloadOf } from '../../platform/graphql/user-error';
import { LoginPayload } from '../identity/identity.inputs';
import { Role, isStaff } from '../identity/role';
import { TokenService } from '../identity/token.service';
import { User } from '../identity/user.entity';
import { writerDeps } from '../notification/notification.service';
import { COMPANY } from '../notification/notification.settings';
import { Property } from '../portfolio/property.entity';
import { readSetting } from '../settings/settings.service';
import {
  InviteOutcome,
  InviteStatus,
  acceptInvite,
  inviteStatusOf,
  inviteTenants,
  openInvite,
  resendInvite,
} from './invite.service';
import { hasPasswordLoader } from './launch-kit.loaders';
import { portalUrlOf } from './launch-kit.rules';

registerEnumType(InviteOutcome, { name: 'InviteOutcome', description: 'What an invite line did.' });
registerEnumType(InviteStatus, {
  name: 'InviteStatus',
  description: 'Where a tenant is in the invite flow.',
});

@ObjectType({ description: 'What a tenant sees on their property’s portal link before signing in.' })
export class PortalWelcome {
  @Field()
  propertyName!: string;

  @Field()
  companyName!: string;

  @Field({ description: 'The property’s emergency line, to call at once for an emergency.' })
  emergencyHotline!: string;
}

@ObjectType({ description: 'An open invite, as its link shows it (before the password is set).' })
export class Invitation {
  @Field()
  email!: string;

  @Field()
  name!: string;

  @Field(() => Date)
  expiresAt!: Date;
}

@InputType()
export class InviteTenantsInput {
  @Field(() => ID)
  propertyId!: string;

  @Field({
    description: 'CSV with a header row: email, unit, and optionally name, phone, starts_on (YYYY-MM-DD).',
  })
  csv!: string;

  @Field(() => Boolean, { defaultValue: false, description: 'Check the file and report, inviting nobody.' })
  @IsBoolean()
  dryRun: boolean = false;
}

@ObjectType()
export class InviteLineResult {
  @Field(() => Int)
  line!: number;

  @Field()
  email!: string;

  @Field()
  name!: string;

  @Field()
  unitLabel!: string;

  @Field(() => InviteOutcome)
  outcome!: InviteOutcome;
}

@ObjectType()
export class InviteTenantsPayload {
  @Field(() => [InviteLineResult])
  lines!: InviteLineResult[];

  @Field(() => [CsvRowError], { description: 'Every wrong line; when there is any, nobody was invited.' })
  rowErrors!: CsvRowError[];

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType()
export class ResendInvitePayload {
  @Field(() => User, { nullable: true })
  user?: User | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@InputType()
export class AcceptInviteInput {
  @Field({ description: 'The secret from the invite link.' })
  @MaxLength(200)
  token!: string;

  @Field()
  @MaxLength(200)
  password!: string;
}

@Resolver()
export class LaunchKitResolver {
  @Query(() => PortalWelcome, {
    nullable: true,
    description: 'Public: the name and emergency line behind a property’s portal link; null when unknown.',
  })
  async portalWelcome(
    @Arg('propertyId', () => ID) propertyId: string,
    @Ctx() ctx: Context,
  ): Promise<PortalWelcome | null> {
    const property = await ctx.em.findOne(Property, idOf('Property', propertyId) ?? -1);
    if (property === null) return null;
    const company = await readSetting(ctx.em, COMPANY);
    return Object.assign(new PortalWelcome(), {
      propertyName: property.name,
      companyName: company.name,
      emergencyHotline: property.emergencyHotline,
    });
  }

  @Query(() => Invitation, {
    nullable: true,
    description:
      'Public: the open invite behind a link’s secret; null when it was used, replaced or expired.',
  })
  async invitation(@Arg('token') token: string, @Ctx() ctx: Context): Promise<Invitation | null> {
    const user = await openInvite(ctx.em, token);
    return user === null
      ? null
      : Object.assign(new Invitation(), {
          email: user.email,
          name: user.name,
          expiresAt: user.inviteExpiresAt,
        });
  }

  @Authorized(Role.MANAGER, Role.ADMIN)
  @Mutation(() => InviteTenantsPayload, {
    description:
      'Invites a property’s tenants from a CSV: accounts, tenancies and invite emails, all lines or none.',
  })
  inviteTenants(
    @Arg('input', () => InviteTenantsInput, { validate: false }) input: InviteTenantsInput,
    @Ctx() ctx: Context,
  ): Promise<InviteTenantsPayload> {
    return payloadOf<InviteTenantsPayload>(
      input,
      async () => {
        const result = await inviteTenants(writerDeps(ctx.services), viewerOf(ctx), input);
        return {
          lines: result.lines.map((l) => Object.assign(new InviteLineResult(), l)),
          rowErrors: result.rowErrors,
        };
      },
      () => ({ lines: [], rowErrors: [] }),
    );
  }

  @Authorized(Role.MANAGER, Role.ADMIN)
  @Mutation(() => ResendInvitePayload, { description: 'A new invite link for a tenant without a password.' })
  resendInvite(@Arg('userId', () => ID) userId: string, @Ctx() ctx: Context): Promise<ResendInvitePayload> {
    return payloadOf<ResendInvitePayload>(
      null,
      async () => ({ user: await resendInvite(writerDeps(ctx.services), userId) }),
      () => ({ user: null }),
    );
  }

  @Mutation(() => LoginPayload, {
    description: 'Public: an invited tenant sets their password with the link’s secret and is signed in.',
  })
  acceptInvite(
    @Arg('input', () => AcceptInviteInput, { validate: false }) input: AcceptInviteInput,
    @Ctx() ctx: Context,
  ): Promise<LoginPayload> {
    const tokens = new TokenService(ctx.services.config.secretKey, ctx.services.config.tokenTtlSeconds);
    return payloadOf<LoginPayload>(
      input,
      () => acceptInvite(ctx.em, tokens, input),
      () => ({ token: null, expiresAt: null, user: null }),
    );
  }
}

@Resolver(() => Property)
export class PropertyPortalResolver {
  @FieldResolver(() => String, {
    description: 'The tenant portal link for this property (for the launch poster’s QR code).',
  })
  portalUrl(@Root() property: Property, @Ctx() ctx: Context): string {
    return portalUrlOf(ctx.services.config.publicUrl, property.globalId);
  }
}

@Resolver(() => User)
export class UserInviteResolver {
  @FieldResolver(() => InviteStatus, {
    nullable: true,
    description: "A tenant's invite state, for managers; null for everyone else.",
  })
  async inviteStatus(@Root() user: User, @Ctx() ctx: Context): Promise<InviteStatus | null> {
    const viewer = ctx.viewer;
    if (viewer === null || viewer.apiKey || !isStaff(viewer.role as Role) || user.role !== Role.TENANT)
      return null;
    return inviteStatusOf(user, await ctx.loaders.custom(hasPasswordLoader).load(user.id));
  }
}
