import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { Public } from '../../common/access/rules.js';
import type { Context } from '../../context.js';
import { AuthPayload } from '../user/dto/auth-payload.js';
import { CompleteSetupInput, SetupStatus } from './dto/setup.types.js';
import { SetupService, setupNeeded } from './setup.service.js';

@Resolver()
export class SetupResolver {
  @Query(() => SetupStatus, { description: 'Whether the installation awaits its first-run setup (anyone may ask: the console asks before sign-in)' })
  @Public()
  async setupStatus(@Ctx() ctx: Context): Promise<SetupStatus> {
    return { needed: await setupNeeded(ctx.em) };
  }

  @Mutation(() => AuthPayload, {
    description:
      'First run of a real installation: with the one-time token from the server log, creates the root region and the first bureau administrator, and signs them in. CONFLICT (reason SETUP_DONE) once any account exists',
  })
  @Public()
  completeSetup(
    @Arg('input', { description: 'Token, root region and administrator' }) input: CompleteSetupInput,
    @Ctx() ctx: Context,
  ): Promise<AuthPayload> {
    return new SetupService(ctx).complete(input);
  }
}
