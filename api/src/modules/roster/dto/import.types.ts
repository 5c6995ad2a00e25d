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

  @Field(() => RosterImportProblemCode, { description: 'What kind of problem' })
  @WithParent()
  code!: RosterImportProblemCode;

  @Field({ description: 'What to fix, in English' })
  @WithParent()
  message!: string;

  @Field(() => String, { nullable: true, description: 'The cell as read' })
  @WithParent()
  value!: string | null;
}

@ObjectType({ description: 'One row of the workbook as parsed; fields that failed their check are null' })
export class RosterImportRow {
  @Field(() => Int, { description: 'Worksheet row (1 is the header row)' })
  @WithParent()
  row!: number;

  @Field(() => String, { nullable: true, description: 'Full name; null when invalid' })
  @WithParent()
  name!: string | null;

  @Field(() => Gender, { nullable: true, description: '性别; null when invalid' })
  @WithParent()
  gender!: Gender | null;

  @Field(() => String, { nullable: true, description: 'Contact phone; null when invalid' })
  @WithParent()
  phone!: string | null;

  @Field(() => Profession, { nullable: true, description: '职业; null when invalid' })
  @WithParent()
  profession!: Profession | null;

  @Field(() => String, { nullable: true, description: 'Licence number; null when invalid' })
  @WithParent()
  licenceNo!: string | null;

  @Field(() => String, { nullable: true, description: 'Provider (所属机构) as written in the workbook' })
  @WithParent()
  providerName!: string | null;

  @Field(() => ID, { nullable: true, description: 'The provider matched by name; null when none matched' })
  @WithParent()
  providerId!: string | null;

  @Field({ description: 'Service scope; empty when blank' })
  @WithParent()
  serviceScope!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Day they joined; null when invalid' })
  @WithParent()
  joinedOn!: string | null;

  @Field({ description: 'Whether the row passed every check' })
  @WithParent()
  valid!: boolean;
}

@ObjectType({ description: 'What an import would write, and every problem that stops it' })
export class RosterImportPreview {
  @Field(() => ID, { description: 'The workbook checked; pass it to confirmRosterImport' })
  @WithParent()
  attachmentId!: string;

  @Field(() => Int, { description: 'Advisers in the workbook (blank rows and the example row skipped)' })
  @WithParent()
  rowCount!: number;

  @Field(() => Int, { description: 'Rows without problems' })
  @WithParent()
  validRowCount!: number;

  @Field({ description: 'True when every row is valid: confirmRosterImport will write them all' })
  @WithParent()
  canImport!: boolean;

  @Field(() => [RosterImportRow], { description: 'Every row as parsed' })
  @WithParent()
  rows!: RosterImportRow[];

  @Field(() => [RosterImportProblem], { description: 'Every problem found, in row order' })
  @WithParent()
  problems!: RosterImportProblem[];
}

@ObjectType({ description: 'The advisers an import wrote' })
export class RosterImportResult {
  @Field(() => Int, { description: 'Advisers added to the roster' })
  @WithParent()
  importedCount!: number;

  @Field(() => [ID], { description: 'The new advisers, in the workbook’s row order' })
  @WithParent()
  adviserIds!: string[];
}
