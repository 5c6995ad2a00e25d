import { Field, ID, ObjectType } from 'type-graphql';
import { WithParent } from '../../common/access/rules.js';

/** A photo attached to a record (work-log entry, highlight, training), served only through a short-lived signed link. */
@WithParent()
@ObjectType({ description: 'An evidence photo (图片佐证) behind a short-lived signed link' })
export class EvidencePhoto {
  @Field(() => ID, { description: 'The attachment’s id' })
  id!: string;

  @Field({ description: 'MIME type, e.g. image/jpeg' })
  mime!: string;

  @Field({ description: 'Signed link (/files/…), valid for a few minutes' })
  url!: string;
}
