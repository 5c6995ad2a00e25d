import { IsInt, IsNotEmpty, IsOptional, IsUUID, MaxLength } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Role } from '../../../common/access/role.js';
import { WithParent } from '../../../common/access/rules.js';
import { MAX_PASSWORD_LENGTH } from '../../../common/auth/password.js';
import { User } from '../user.entity.js';

@InputType({ description: 'A new account: its role and what it acts for. A one-time password is generated for it' })
export class CreateUserInput {
  @Field(() => Role, { description: 'BUREAU_ADMIN, OFFICE_STAFF, ANALYST or ADVISER (party accounts are made by signing in with a phone code)' })
  role!: Role;

  @Field(() => String, {
    nullable: true,
    description: 'Sign-in name: 2 to 64 letters, digits, dots, dashes or underscores. For an adviser it may be left out: adviser.<licence number>',
  })
  @IsOptional()
  @MaxLength(64)
  username?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Name shown in the console and the audit trail; for an adviser, their roster name when left out',
  })
  @IsOptional()
  @MaxLength(100)
  displayName?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'The region the account serves: a township for OFFICE_STAFF, a county or city for BUREAU_ADMIN, any region above the villages for ANALYST; in your own region',
  })
  @IsOptional()
  @IsUUID('all')
  scopeRegionId?: string | null;

  @Field(() => ID, { nullable: true, description: 'ADVISER only: the roster entry (legal adviser) the account signs in as; one account per adviser' })
  @IsOptional()
  @IsUUID('all')
  adviserId?: string | null;
}

@InputType({ description: 'Changes to an account; fields left out stay as they are' })
export class UpdateUserInput {
  @Field(() => Int, { description: 'The version you edited; a stale one is CONFLICT' })
  @IsInt()
  version!: number;

  @Field(() => String, { nullable: true, description: 'New display name' })
  @IsOptional()
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(100)
  displayName?: string | null;

  @Field(() => ID, { nullable: true, description: 'New scope region (staff and analysts only), at a level the role takes, in your own region' })
  @IsOptional()
  @IsUUID('all')
  scopeRegionId?: string | null;
}

@WithParent()
@ObjectType({ description: 'An account and the one-time password it signs in with, shown once and never again' })
export class AccountCredentials {
  @Field(() => User, { description: 'The account' })
  user!: User;

  @Field({ description: 'One-time password (12 letters and digits in groups of four); the holder must change it at first sign-in' })
  oneTimePassword!: string;
}

@ArgsType()
export class ChangePasswordArgs {
  @Field({ description: 'The password (or one-time password) the account signs in with now' })
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(MAX_PASSWORD_LENGTH, { message: `must be at most ${MAX_PASSWORD_LENGTH} characters` })
  currentPassword!: string;

  @Field({ description: 'The new password: at least 10 characters, not containing the username, not a common password' })
  newPassword!: string;
}
