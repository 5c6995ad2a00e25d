import { Args, ArgsType, Ctx, Field, Mutation, Resolver } from 'type-graphql';
import { Public } from '../../common/access/rules.js';
import type { Context } from '../../context.js';
import { AuthPayload } from '../user/dto/auth-payload.js';
import { PhoneLoginService } from './phone-login.service.js';

@ArgsType()
class PhoneArgs {
  @Field({ description: 'The party’s mobile number, as recorded on their case' })
  phone!: string;
}

@ArgsType()
class PhoneCodeArgs extends PhoneArgs {
  @Field({ description: 'The 6-digit code sent by requestLoginCode' })
  code!: string;
}

@Resolver()
export class PhoneLoginResolver {
  @Mutation(() => Boolean, { description: 'Send a 6-digit sign-in code to a party’s phone (valid 5 minutes, 5 attempts); always true' })
  @Public()
  requestLoginCode(@Args() { phone }: PhoneArgs, @Ctx() ctx: Context): Promise<boolean> {
    return new PhoneLoginService(ctx).request(phone);
  }

  @Mutation(() => AuthPayload, { description: 'Sign in as a party with the code sent to the phone' })
  @Public()
  loginWithCode(@Args() { phone, code }: PhoneCodeArgs, @Ctx() ctx: Context): Promise<AuthPayload> {
    return new PhoneLoginService(ctx).login(phone, code);
  }
}
