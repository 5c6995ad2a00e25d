import { Field, ID, Int, ObjectType } from 'type-graphql';
import { WithParent } from '../../../common/access/rules.js';
import { DateScalar } from '../../../common/graphql/scalars.js';
import { Gender, Profession } from '../../adviser/adviser.enums.js';
import { RosterImportProblemCode } from '../roster-import.parse.js';

@WithParent()
@ObjectType({ description: 'A problem in the workbook: the row and column to fix, and why' })
export class RosterImportProblem {
  @Field(() => Int, { nullable: true, description: 'Worksheet row (1 is the header row); null for the whole file' })
  row!: number | null;

  @Field(() => String, { nullable: true, description: 'The column header as in the template, e.g. 联系电话' })
  column!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The adviser field: name, gender, phone, profession, licenceNo, providerName, serviceScope, joinedOn',
  })
  field!: string | null;

  @Field(() => RosterImportProblemCode, { description: 'What kind of problem' })
  code!: RosterImportProblemCode;

  @Field({ description: 'What to fix, in English' })
  message!: string;

  @Field(() => String, { nullable: true, description: 'The cell as read' })
  value!: string | null;
}

@WithParent()
@ObjectType({ description: 'One row of the workbook as parsed; fields that failed their check are null' })
export class RosterImportRow {
  @Field(() => Int, { description: 'Worksheet row (1 is the header row)' })
  row!: number;

  @Field(() => String, { nullable: true, description: 'Full name; null when invalid' })
  name!: string | null;

  @Field(() => Gender, { nullable: true, description: '性别; null when invalid' })
  gender!: Gender | null;

  @Field(() => String, { nullable: true, description: 'Contact phone; null when invalid' })
  phone!: string | null;

  @Field(() => Profession, { nullable: true, description: '职业; null when invalid' })
  profession!: Profession | null;

  @Field(() => String, { nullable: true, description: 'Licence number; null when invalid' })
  licenceNo!: string | null;

  @Field(() => String, { nullable: true, description: 'Provider (所属机构) as written in the workbook' })
  providerName!: string | null;

  @Field(() => ID, { nullable: true, description: 'The provider matched by name; null when none matched' })
  providerId!: string | null;

  @Field({ description: 'Service scope; empty when blank' })
  serviceScope!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Day they joined; null when invalid' })
  joinedOn!: string | null;

  @Field({ description: 'Whether the row passed every check' })
  valid!: boolean;
}

@WithParent()
@ObjectType({ description: 'What an import would write, and every problem that stops it' })
export class RosterImportPreview {
  @Field(() => ID, { description: 'The workbook checked; pass it to confirmRosterImport' })
  attachmentId!: string;

  @Field(() => Int, { description: 'Advisers in the workbook (blank rows and the example row skipped)' })
  rowCount!: number;

  @Field(() => Int, { description: 'Rows without problems' })
  validRowCount!: number;

  @Field({ description: 'True when every row is valid: confirmRosterImport will write them all' })
  canImport!: boolean;

  @Field(() => [RosterImportRow], { description: 'Every row as parsed' })
  rows!: RosterImportRow[];

  @Field(() => [RosterImportProblem], { description: 'Every problem found, in row order' })
  problems!: RosterImportProblem[];
}

@WithParent()
@ObjectType({ description: 'The advisers an import wrote' })
export class RosterImportResult {
  @Field(() => Int, { description: 'Advisers added to the roster' })
  importedCount!: number;

  @Field(() => [ID], { description: 'The new advisers, in the workbook’s row order' })
  adviserIds!: string[];
}
