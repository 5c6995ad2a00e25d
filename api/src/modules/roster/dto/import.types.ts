import { Field, ID, Int, ObjectType } from 'type-graphql';
import { WithParent } from '../../../common/access/rules.js';
import { DateScalar } from '../../../common/graphql/scalars.js';
import { Gender, Profession } from '../../adviser/adviser.enums.js';
import { RosterImportProblemCode } from '../roster-import.parse.js';

@ObjectType({ description: 'A problem in the workbook: the row and column to fix, and why' })
export class RosterImportProblem {
  @Field(() => Int, { nullable: true, description: 'Worksheet row (1 is the header row); null for the whole file' })
  @WithParent()
  row!: number | null;

  @Field(() => String, { nullable: true, description: 'The column header as in the template, e.g. 联系电话' })
  @WithParent()
  column!: string | null;

  @Field(() => String, { nullable: true, description: 'The adviser field: name, gender, phone, profession, licenceNo, providerName, serviceScope, joinedOn' })
  @WithParent()
  field!: string | null;

  @Field(() => RosterImportProblemCode)
  @WithParent()
  code!: RosterImportProblemCode;

  @Field()
  @WithParent()
  message!: string;

  @Field(() => String, { nullable: true, description: 'The cell as read' })
  @WithParent()
  value!: string | null;
}

@ObjectType({ description: 'One row of the workbook as parsed; fields that failed their check are null' })
export class RosterImportRow {
  @Field(() => Int)
  @WithParent()
  row!: number;

  @Field(() => String, { nullable: true })
  @WithParent()
  name!: string | null;

  @Field(() => Gender, { nullable: true })
  @WithParent()
  gender!: Gender | null;

  @Field(() => String, { nullable: true })
  @WithParent()
  phone!: string | null;

  @Field(() => Profession, { nullable: true })
  @WithParent()
  profession!: Profession | null;

  @Field(() => String, { nullable: true })
  @WithParent()
  licenceNo!: string | null;

  @Field(() => String, { nullable: true })
  @WithParent()
  providerName!: string | null;

  @Field(() => ID, { nullable: true })
  @WithParent()
  providerId!: string | null;

  @Field()
  @WithParent()
  serviceScope!: string;

  @Field(() => DateScalar, { nullable: true })
  @WithParent()
  joinedOn!: string | null;

  @Field()
  @WithParent()
  valid!: boolean;
}

@ObjectType({ description: 'What an import would write, and every problem that stops it' })
export class RosterImportPreview {
  @Field(() => ID)
  @WithParent()
  attachmentId!: string;

  @Field(() => Int, { description: 'Advisers in the workbook (blank rows and the example row skipped)' })
  @WithParent()
  rowCount!: number;

  @Field(() => Int)
  @WithParent()
  validRowCount!: number;

  @Field({ description: 'True when every row is valid: confirmRosterImport will write them all' })
  @WithParent()
  canImport!: boolean;

  @Field(() => [RosterImportRow])
  @WithParent()
  rows!: RosterImportRow[];

  @Field(() => [RosterImportProblem])
  @WithParent()
  problems!: RosterImportProblem[];
}

@ObjectType()
export class RosterImportResult {
  @Field(() => Int)
  @WithParent()
  importedCount!: number;

  @Field(() => [ID], { description: 'The new advisers, in the workbook’s row order' })
  @WithParent()
  adviserIds!: string[];
}
