import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Role } from '../../common/access/role.js';
import { Public, Roles } from '../../common/access/rules.js';
import type { Context } from '../../context.js';
import { Region } from '../region/region.entity.js';
import { AuthService } from './auth.service.js';
import { AuthPayload } from './dto/auth-payload.js';
import { LoginArgs } from './dto/login.args.js';
import { UserList, UserListArgs } from './dto/user-list.js';
import { User } from './user.entity.js';
import { UserService } from './user.service.js';

@Resolver(() => User)
export class UserResolver {
  @Mutation(() => AuthPayload, { description: 'Sign in; wrong credentials give UNAUTHENTICATED' })
  @Public()
  login(@Args() { username, password }: LoginArgs, @Ctx() ctx: Context): Promise<AuthPayload> {
    return new AuthService(ctx).login(username, password);
  }

  @Query(() => User, { nullable: true, description: 'The signed-in user; null when anonymous' })
  @Public()
  me(@Ctx() ctx: Context): Promise<User | null> {
    return new UserService(ctx).me();
  }

  @Query(() => UserList, { description: 'Accounts the bureau administers' })
  @Roles(Role.BUREAU_ADMIN)
  users(@Args(() => UserListArgs) { options }: UserListArgs, @Ctx() ctx: Context): Promise<UserList> {
    return new UserService(ctx).list(options);
  }

  @Query(() => User, { nullable: true, description: 'One account; null when it does not exist or is outside your county' })
  @Roles(Role.BUREAU_ADMIN)
  user(@Arg('id', () => ID, { description: 'The account’s id' }) id: string, @Ctx() ctx: Context): Promise<User | null> {
    return new UserService(ctx).byId(id);
  }

  @FieldResolver(() => Region, { nullable: true, description: 'The county, city or township a staff account serves' })
  scopeRegion(@Root() user: User): Promise<Region | null> | null {
    return user.scopeRegion ? user.scopeRegion.load() : null;
  }
}
