import { OptionalProps, type Ref } from '@mikro-orm/core';
import { Entity, Enum, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { WithParent } from '../../common/access/rules.js';
import { Attachment } from '../attachment/attachment.entity.js';
import { Provider } from '../provider/provider.entity.js';
import { Region } from '../region/region.entity.js';
import { AdviserStatus, Gender, Profession } from './adviser.enums.js';
import { now } from '../../common/clock.js';

/** A village legal adviser (村居法律顾问) on the county's roster (名册). */
@Entity({ tableName: 'legal_adviser' })
// A Federation entity (common/graphql/federation.ts): other subgraphs extend it by its key.
@Directive('@key(fields: "id")')
@WithParent()
@ObjectType({ description: '村居（社区）法律顾问' })
export class LegalAdviser {
  [OptionalProps]?: 'status' | 'demo' | 'createdAt' | 'version' | 'serviceScope';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Stable identifier (UUID)' })
  id!: string;

  /** The county bureau whose roster lists the adviser. */
  @ManyToOne(() => Region, { ref: true, deleteRule: 'restrict', index: true })
  county!: Ref<Region>;

  @ManyToOne(() => Provider, { ref: true, deleteRule: 'restrict', index: true, nullable: true })
  provider?: Ref<Provider> | null;

  @Property({ length: 50 })
  @Field({ description: 'Full name (姓名)' })
  name!: string;

  @Enum({ items: () => Gender })
  @Field(() => Gender, { description: '性别' })
  gender!: Gender;

  @Property({ length: 20 })
  @Field({ description: 'The adviser’s public contact phone, as printed on notice boards' })
  phone!: string;

  @Enum({ items: () => Profession })
  @Field(() => Profession, { description: '职业: lawyer, grassroots legal worker, …' })
  profession!: Profession;

  @Property({ length: 40, unique: true })
  @Field({ description: 'Practising licence number (执业证号), unique' })
  licenceNo!: string;

  @Property({ type: 'text', default: '' })
  @Field({ description: 'Service scope (服务范围) as printed on notice boards' })
  serviceScope: string = '';

  @ManyToOne(() => Attachment, { ref: true, nullable: true, deleteRule: 'set null' })
  photo?: Ref<Attachment> | null;

  @Enum({ items: () => AdviserStatus, default: AdviserStatus.ACTIVE })
  @Field(() => AdviserStatus, { description: 'Standing on the roster' })
  status: AdviserStatus = AdviserStatus.ACTIVE;

  @Property({ default: false })
  @Field({ description: 'Part of the seeded demo data, not a real adviser' })
  demo: boolean = false;

  /** Optimistic lock: an edit based on a stale version is a CONFLICT. */
  @Property({ version: true })
  @Field(() => Int, { description: 'Send back with edits; a stale version is refused with CONFLICT' })
  version!: number;

  @Property({ columnType: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = now();
}
