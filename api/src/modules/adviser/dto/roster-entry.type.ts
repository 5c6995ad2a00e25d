import { Field, ID, ObjectType } from 'type-graphql';
import { WithParent } from '../../../common/access/rules.js';
import { DateScalar } from '../../../common/graphql/scalars.js';
import { AdviserStatus, Gender, Profession } from '../adviser.enums.js';

/** An adviser as the roster stood on a date (reconstructed from roster events). */
@WithParent()
@ObjectType({ description: '某日名册中的法律顾问' })
export class RosterEntry {
  @Field(() => ID, { description: 'The adviser' })
  adviserId!: string;

  @Field(() => AdviserStatus, { description: 'Status on that day' })
  status!: AdviserStatus;

  @Field(() => DateScalar, { description: 'Day they joined the roster' })
  joinedOn!: string;

  @Field({ description: 'Name on that day' })
  name!: string;

  @Field(() => Gender, { description: '性别' })
  gender!: Gender;

  @Field({ description: 'Contact phone on that day' })
  phone!: string;

  @Field(() => Profession, { description: 'Profession on that day' })
  profession!: Profession;

  @Field({ description: 'Licence number on that day' })
  licenceNo!: string;

  @Field(() => ID, { nullable: true, description: 'Provider on that day; null when none' })
  providerId!: string | null;

  @Field({ description: 'Service scope on that day' })
  serviceScope!: string;
}
