import { Field, ID, ObjectType } from 'type-graphql';
import { WithParent } from '../../../common/access/rules.js';
import { DateScalar } from '../../../common/graphql/scalars.js';
import { AdviserStatus, Gender, Profession } from '../adviser.enums.js';

/** An adviser as the roster stood on a date (reconstructed from roster events). */
@ObjectType({ description: '某日名册中的法律顾问' })
export class RosterEntry {
  @Field(() => ID)
  @WithParent()
  adviserId!: string;

  @Field(() => AdviserStatus)
  @WithParent()
  status!: AdviserStatus;

  @Field(() => DateScalar)
  @WithParent()
  joinedOn!: string;

  @Field()
  @WithParent()
  name!: string;

  @Field(() => Gender)
  @WithParent()
  gender!: Gender;

  @Field()
  @WithParent()
  phone!: string;

  @Field(() => Profession)
  @WithParent()
  profession!: Profession;

  @Field()
  @WithParent()
  licenceNo!: string;

  @Field(() => ID, { nullable: true })
  @WithParent()
  providerId!: string | null;

  @Field()
  @WithParent()
  serviceScope!: string;
}
