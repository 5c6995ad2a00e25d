import { Field, ID, Int, ObjectType } from 'type-graphql';
import { WithParent } from '../../../common/access/rules.js';
import { DateScalar } from '../../../common/graphql/scalars.js';
import { Gender, Profession } from '../../adviser/adviser.enums.js';

@WithParent()
@ObjectType({ description: '备案时结对的村（社区）' })
export class FiledVillage {
  @Field(() => ID, { description: 'The village' })
  id!: string;

  @Field({ description: 'Its name on the filing’s date' })
  name!: string;

  @Field({ description: 'The township (乡镇) name' })
  township!: string;
}

@WithParent()
@ObjectType({ description: '备案名册中的法律顾问: details as they stood on the filing’s date' })
export class FiledAdviser {
  @Field(() => ID, { description: 'The adviser' })
  adviserId!: string;

  @Field({ description: 'Full name' })
  name!: string;

  @Field(() => Gender, { description: '性别' })
  gender!: Gender;

  @Field({ description: 'Contact phone' })
  phone!: string;

  @Field(() => Profession, { description: '职业' })
  profession!: Profession;

  @Field({ description: 'Practising licence number (执业证号)' })
  licenceNo!: string;

  @Field(() => String, { nullable: true, description: 'The provider’s name (所属机构)' })
  provider!: string | null;

  @Field({ description: 'Service scope (服务范围)' })
  serviceScope!: string;

  @Field(() => DateScalar, { description: 'Day they joined the roster' })
  joinedOn!: string;

  @Field(() => [FiledVillage], { description: 'Villages served on the filing’s date' })
  villages!: FiledVillage[];
}

@WithParent()
@ObjectType({ description: 'One field that changed; villages are compared as one text, e.g. 天宁镇东庄村、西营镇西沟村' })
export class FieldChange {
  @Field({ description: 'name, gender, phone, profession, licenceNo, provider, serviceScope or villages' })
  field!: string;

  @Field(() => String, { nullable: true, description: 'Value in the previous filing; null when empty' })
  from!: string | null;

  @Field(() => String, { nullable: true, description: 'Value in this filing; null when empty' })
  to!: string | null;
}

@WithParent()
@ObjectType({ description: 'An adviser in both filings whose details differ' })
export class ChangedAdviser {
  @Field(() => ID, { description: 'The adviser' })
  adviserId!: string;

  @Field({ description: 'Name in this filing' })
  name!: string;

  @Field({ description: 'Licence number in this filing' })
  licenceNo!: string;

  @Field(() => [FieldChange], { description: 'The fields that differ' })
  changes!: FieldChange[];
}

@WithParent()
@ObjectType({ description: '与上次备案相比的变动: added, removed, changed' })
export class FilingDiff {
  @Field(() => Int, { nullable: true, description: 'The filing compared with; null for the county’s first filing (everyone is added)' })
  previousNumber!: number | null;

  @Field(() => [FiledAdviser], { description: 'Advisers new since the previous filing' })
  added!: FiledAdviser[];

  @Field(() => [FiledAdviser], { description: 'Advisers in the previous filing but not this one' })
  removed!: FiledAdviser[];

  @Field(() => [ChangedAdviser], { description: 'Advisers whose details differ' })
  changed!: ChangedAdviser[];
}
