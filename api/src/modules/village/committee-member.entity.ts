import { OptionalProps, type Rel } from '@mikro-orm/core';
import { Entity, Enum, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { WithParent } from '../../common/access/rules.js';
import { CommitteeRole } from './committee.enums.js';
import { MediationCommittee } from './mediation-committee.entity.js';

@Entity({ tableName: 'committee_member' })
@WithParent()
@ObjectType({ description: '人民调解员' })
export class CommitteeMember {
  [OptionalProps]?: 'version';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Stable identifier (UUID)' })
  id!: string;

  @ManyToOne(() => MediationCommittee, { deleteRule: 'cascade', index: true })
  committee!: Rel<MediationCommittee>;

  @Property({ length: 50 })
  @Field({ description: 'Full name' })
  name!: string;

  @Enum({ items: () => CommitteeRole })
  @Field(() => CommitteeRole, { description: '主任, 副主任 or 委员' })
  role!: CommitteeRole;

  @Property({ type: 'string', length: 20, nullable: true })
  @Field(() => String, { nullable: true, description: 'Contact phone; null when none' })
  phone?: string | null;

  @Property({ version: true })
  @Field(() => Int, { description: 'Send it back with an update; a stale one is CONFLICT' })
  version: number = 1;
}
