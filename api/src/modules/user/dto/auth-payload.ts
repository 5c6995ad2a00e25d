import { Field, ObjectType } from 'type-graphql';
import { WithParent } from '../../../common/access/rules.js';
import { User } from '../user.entity.js';

@WithParent()
@ObjectType({ description: 'A bearer token and the account it signs in' })
export class AuthPayload {
  @Field({ description: 'Send as `Authorization: Bearer <token>`; valid for 12 hours' })
  token!: string;

  @Field(() => User, { description: 'The signed-in account' })
  user!: User;
}
