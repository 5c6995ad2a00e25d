import { Field, ObjectType } from 'type-graphql';
import { WithParent } from '../../../common/access/rules.js';
import { User } from '../user.entity.js';

@ObjectType()
export class AuthPayload {
  @Field({ description: 'Send as `Authorization: Bearer <token>`; valid for 12 hours' })
  @WithParent()
  token!: string;

  @Field(() => User)
  @WithParent()
  user!: User;
}
