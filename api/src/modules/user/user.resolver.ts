import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Role } from '../../common/access/role.js';
import { AllowedBeforePasswordChange, Confidential, Public, Roles, SignedIn } from '../../common/access/rules.js';
import type { Context } from '../../context.js';
import { LegalAdviser } from '../adviser/legal-adviser.entity.js';
import { Region } from '../region/region.entity.js';
import { AccountService } from './account.service.js';
import { AuthService } from './auth.service.js';
import { AccountCredentials, ChangePasswordArgs, CreateUserInput, UpdateUserInput } from './dto/account.inputs.js';
import { AuthPayload } from './dto/auth-payload.js';
import { LoginArgs } from './dto/login.args.js';
import { UserList, UserListArgs } from './dto/user-list.js';
import { User } from './user.entity.js';
import { UserService } from './user.service.js';

const idArg = (description: string) => Arg('id', () => ID, { description });

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

  @Query(() => UserList, { description: 'Accounts you administer: a bureau its region’s staff and advisers, an office its advisers' })
  @Roles(Role.BUREAU_ADMIN, Role.OFFICE_STAFF)
  users(@Args(() => UserListArgs) { options }: UserListArgs, @Ctx() ctx: Context): Promise<UserList> {
    return new UserService(ctx).list(options);
  }

  @Query(() => User, { nullable: true, description: 'One account; null when it does not exist or you do not administer it' })
  @Roles(Role.BUREAU_ADMIN, Role.OFFICE_STAFF)
  user(@Arg('id', () => ID, { description: 'The account’s id' }) id: string, @Ctx() ctx: Context): Promise<User | null> {
    return new UserService(ctx).byId(id);
  }

  @Mutation(() => AccountCredentials, {
    description:
      'Create an account with a one-time password, shown once. A bureau: staff, analysts and advisers of its region; an office: advisers serving its township',
  })
  @Roles(Role.BUREAU_ADMIN, Role.OFFICE_STAFF)
  createUser(@Arg('input', { description: 'Role, name and what the account acts for' }) input: CreateUserInput, @Ctx() ctx: Context) {
    return new AccountService(ctx).create(input);
  }

  @Mutation(() => [AccountCredentials], {
    description:
      'Create an account, each with a one-time password shown once, for every active adviser you administer who has none; [] when none is missing',
  })
  @Roles(Role.BUREAU_ADMIN, Role.OFFICE_STAFF)
  createMissingAdviserAccounts(@Ctx() ctx: Context) {
    return new AccountService(ctx).createMissingAdviserAccounts();
  }

  @Mutation(() => User, { description: 'Change an account’s display name or scope region; send the version you read' })
  @Roles(Role.BUREAU_ADMIN)
  updateUser(
    @idArg('The account to change') id: string,
    @Arg('input', { description: 'What to change, and the version you read' }) input: UpdateUserInput,
    @Ctx() ctx: Context,
  ) {
    return new AccountService(ctx).update(id, input);
  }

  @Mutation(() => User, { description: 'Disable an account: it cannot sign in and its tokens stop working at once' })
  @Roles(Role.BUREAU_ADMIN)
  disableUser(@idArg('The account to disable') id: string, @Ctx() ctx: Context) {
    return new AccountService(ctx).disable(id);
  }

  @Mutation(() => User, { description: 'Enable a disabled account again' })
  @Roles(Role.BUREAU_ADMIN)
  enableUser(@idArg('The account to enable') id: string, @Ctx() ctx: Context) {
    return new AccountService(ctx).enable(id);
  }

  @Mutation(() => AccountCredentials, {
    description: 'Give an account a new one-time password, shown once: its sessions end and it must choose its own password at next sign-in',
  })
  @Roles(Role.BUREAU_ADMIN, Role.OFFICE_STAFF)
  resetPassword(@idArg('The account whose password to reset') id: string, @Ctx() ctx: Context) {
    return new AccountService(ctx).resetPassword(id);
  }

  @Mutation(() => AuthPayload, {
    description: 'Change your own password (also right after a one-time password): other sessions end; the fresh token keeps you signed in',
  })
  @SignedIn()
  @AllowedBeforePasswordChange()
  changePassword(@Args() { currentPassword, newPassword }: ChangePasswordArgs, @Ctx() ctx: Context): Promise<AuthPayload> {
    return new AccountService(ctx).changePassword(currentPassword, newPassword);
  }

  @FieldResolver(() => Region, { nullable: true, description: 'The county, city or township a staff account serves' })
  scopeRegion(@Root() user: User): Promise<Region | null> | null {
    return user.scopeRegion ? user.scopeRegion.load() : null;
  }

  @FieldResolver(() => Boolean, {
    nullable: true,
    description: 'Signed in with a one-time password that must be changed first; null unless it is you or an account you administer',
  })
  @Confidential('account')
  mustChangePassword(@Root() user: User): boolean {
    return user.mustChangePassword;
  }

  @FieldResolver(() => Boolean, { nullable: true, description: 'The account is disabled; null unless it is you or an account you administer' })
  @Confidential('account')
  disabled(@Root() user: User): boolean {
    return Boolean(user.disabledAt);
  }

  @FieldResolver(() => LegalAdviser, {
    nullable: true,
    description: 'An adviser account’s roster entry; null for other roles, and unless it is you or an account you administer',
  })
  @Confidential('account')
  adviser(@Root() user: User): Promise<LegalAdviser | null> | null {
    return user.adviser ? user.adviser.load() : null;
  }
}
