import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { type Context, viewerOf } from '../../platform/graphql/context';
import { payloadOf } from '../../platform/graphql/user-error';
import { Role } from '../identity/role';
import { SubmitMaintenanceRequestInput, SubmitMaintenanceRequestPayload } from './intake.inputs';
import { primeLoaders, submitMaintenanceRequest } from './intake.service';

@Resolver()
export class IntakeResolver {
  @Authorized(Role.TENANT)
  @Mutation(() => SubmitMaintenanceRequestPayload, {
    description: 'A tenant reports a problem. Retry with the same idempotencyKey safely.',
  })
  submitMaintenanceRequest(
    @Arg('input', () => SubmitMaintenanceRequestInput, { validate: false })
    input: SubmitMaintenanceRequestInput,
    @Ctx() ctx: Context,
  ): Promise<SubmitMaintenanceRequestPayload> {
    return payloadOf(
      input,
      async () => {
        const { workOrder, property } = await submitMaintenanceRequest(
          {
            em: ctx.em,
            pubSub: ctx.services.pubSub,
            jobs: ctx.services.jobs,
            timings: ctx.services.config.timings,
          },
          viewerOf(ctx),
          input,
        );
        primeLoaders(ctx.loaders, property);
        return { workOrder };
      },
      () => ({ workOrder: null }),
    );
  }
}
