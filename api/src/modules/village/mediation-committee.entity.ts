import { Collection, OptionalProps, type Ref } from '@mikro-orm/core';
import { Entity, OneToMany, OneToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { WithParent } from '../../common/access/rules.js';
import { Region } from '../region/region.entity.js';
import { CommitteeMember } from './committee-member.entity.js';
import { now } from '../../common/clock.js';

/** A village's people's mediation committee (人民调解委员会) and its standardisation checklist (规范化建设). */
@Entity({ tableName: 'mediation_committee' })
@WithParent()
@ObjectType({ description: '人民调解委员会' })
export class MediationCommittee {
  [OptionalProps]?: 'fixedOffice' | 'mediationRoom' | 'noticeBoardPosted' | 'version' | 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Stable identifier (UUID)' })
  id!: string;

  @OneToOne(() => Region, { ref: true, owner: true, deleteRule: 'restrict' })
  village!: Ref<Region>;

  @Property({ length: 100 })
  @Field({ description: 'e.g. 东庄村人民调解委员会' })
  name!: string;

  @Property({ default: false })
  @Field({ description: 'Has a fixed office (固定办公用房)' })
  fixedOffice: boolean = false;

  @Property({ default: false })
  @Field({ description: 'Has a mediation room (调解室)' })
  mediationRoom: boolean = false;

  @Property({ default: false })
  @Field({ description: 'The adviser notice board (公示牌) is posted' })
  noticeBoardPosted: boolean = false;

  @OneToMany(
    () => CommitteeMember,
    (m) => m.committee,
    { orderBy: { role: 'asc', name: 'asc' } },
  )
  members = new Collection<CommitteeMember>(this);

  @Property({ version: true })
  @Field(() => Int, { description: 'Send it back with updateMediationCommittee; a stale one is CONFLICT' })
  version!: number;

  @Property({ columnType: 'timestamptz', defaultRaw: 'now()', onUpdate: () => now() })
  updatedAt: Date = now();
}
