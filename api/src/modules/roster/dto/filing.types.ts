import { Field, ID, Int, ObjectType } from 'type-graphql';
import { WithParent } from '../../../common/access/rules.js';
import { DateScalar } from '../../../common/graphql/scalars.js';
import { Gender, Profession } from '../../adviser/adviser.enums.js';

@ObjectType({ description: '备案时结对的村（社区）' })
export class FiledVillage {
  @Field(() => ID)
  @WithParent()
  id!: string;

  @Field()
  @WithParent()
  name!: string;

  @Field({ description: 'The township (乡镇) name' })
  @WithParent()
  township!: string;
}

@ObjectType({ description: '备案名册中的法律顾问: details as they stood on the filing’s date' })
export class FiledAdviser {
  @Field(() => ID)
  @WithParent()
  adviserId!: string;

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

  @Field(() => String, { nullable: true, description: 'The provider’s name (所属机构)' })
  @WithParent()
  provider!: string | null;

  @Field()
  @WithParent()
  serviceScope!: string;

  @Field(() => DateScalar)
  @WithParent()
  joinedOn!: string;

  @Field(() => [FiledVillage], { description: 'Villages served on the filing’s date' })
  @WithParent()
  villages!: FiledVillage[];
}

@ObjectType({ description: 'One field that changed; villages are compared as one text, e.g. 天宁镇东庄村、西营镇西沟村' })
export class FieldChange {
  @Field({ description: 'name, gender, phone, profession, licenceNo, provider, serviceScope or villages' })
  @WithParent()
  field!: string;

  @Field(() => String, { nullable: true })
  @WithParent()
  from!: string | null;

  @Field(() => String, { nullable: true })
  @WithParent()
  to!: string | null;
}

@ObjectType()
export class ChangedAdviser {
  @Field(() => ID)
  @WithParent()
  adviserId!: string;

  @Field()
  @WithParent()
  name!: string;

  @Field()
  @WithParent()
  licenceNo!: string;

  @Field(() => [FieldChange])
  @WithParent()
  changes!: FieldChange[];
}

@ObjectType({ description: '与上次备案相比的变动: added, removed, changed' })
export class FilingDiff {
  @Field(() => Int, { nullable: true, description: 'The filing compared with; null for the county’s first filing (everyone is added)' })
  @WithParent()
  previousNumber!: number | null;

  @Field(() => [FiledAdviser])
  @WithParent()
  added!: FiledAdviser[];

  @Field(() => [FiledAdviser])
  @WithParent()
  removed!: FiledAdviser[];

  @Field(() => [ChangedAdviser])
  @WithParent()
  changed!: ChangedAdviser[];
}
