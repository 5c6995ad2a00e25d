import { Field, Int, ObjectType } from 'type-graphql';
import { WithParent } from '../../common/access/rules.js';

/** What the server accepts, so a client checks a file before sending it against the same numbers the server uses. */
@WithParent()
@ObjectType({ description: 'What POST /api/uploads accepts from you' })
export class UploadLimits {
  @Field(() => Int, { description: 'Largest photo, in bytes' })
  maxPhotoBytes!: number;

  @Field(() => Int, { description: 'Largest Excel workbook (.xlsx), in bytes' })
  maxSpreadsheetBytes!: number;

  @Field(() => [String], { description: 'Photo types (MIME) your role may upload; empty when none' })
  acceptedPhotoTypes!: string[];

  @Field(() => Int, { description: 'Files you may upload in any hour' })
  uploadsPerHour!: number;

  @Field(() => Int, { description: 'Megabytes you may upload in any 24 hours' })
  megabytesPerDay!: number;
}
