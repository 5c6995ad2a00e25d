import { IsOptional, MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { Role } from '../../../common/access/role.js';
import { ListArgsType, ListOptionsType, ListType } from '../../../common/graphql/list.js';
import { User } from '../user.entity.js';

@InputType({ description: 'Criteria for the account list; all optional' })
export class UserFilter {
  @Field(() => Role, { nullable: true, description: 'With this role' })
  role?: Role | null;

  @Field(() => Boolean, { nullable: true, description: 'True: only disabled accounts; false: only enabled ones' })
  disabled?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Username or display name contains' })
  @IsOptional()
  @MaxLength(50)
  q?: string | null;
}

export const UserSortField = { USERNAME: 'username', DISPLAY_NAME: 'displayName', ROLE: 'role', CREATED_AT: 'createdAt' } as const;
export type UserSortField = (typeof UserSortField)[keyof typeof UserSortField];

export const UserListOptions = ListOptionsType('User', UserSortField, UserFilter);
export type UserListOptions = InstanceType<typeof UserListOptions>;
export const UserList = ListType('User', User);
export type UserList = InstanceType<typeof UserList>;

export const UserListArgs = ListArgsType(UserListOptions);
export type UserListArgs = InstanceType<typeof UserListArgs>;
