import { IsNotEmpty, MaxLength } from 'class-validator';
import { ArgsType, Field } from 'type-graphql';
import { MAX_PASSWORD_LENGTH } from '../../../common/auth/password.js';

@ArgsType()
export class LoginArgs {
  @Field({ description: 'Account name; case-insensitive' })
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(64, { message: 'must be at most 64 characters' })
  username!: string;

  @Field({ description: 'The account’s password' })
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(MAX_PASSWORD_LENGTH, { message: `must be at most ${MAX_PASSWORD_LENGTH} characters` })
  password!: string;
}
