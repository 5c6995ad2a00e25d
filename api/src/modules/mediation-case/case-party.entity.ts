import { type Ref, type Rel } from '@mikro-orm/core';
import { Entity, Enum, ManyToOne, PrimaryKey, Unique } from '@mikro-orm/decorators/legacy';
import { Field, ID, ObjectType } from 'type-graphql';
import { WithParent } from '../../common/access/rules.js';
import { Person } from '../person/person.entity.js';
import { PartyRole } from './case.enums.js';
import { MediationCase } from './mediation-case.entity.js';

/** A person's part in a case. Name, phone and ID number are resolved (and masked for outsiders) by the resolver. */
@Entity({ tableName: 'case_party' })
@Unique({ name: 'case_party_case_person_unique', properties: ['case', 'person'] })
@WithParent()
@ObjectType({ description: '当事人' })
export class CaseParty {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Stable identifier (UUID)' })
  id!: string;

  @ManyToOne(() => MediationCase, { deleteRule: 'cascade', index: true })
  case!: Rel<MediationCase>;

  @ManyToOne(() => Person, { ref: true, deleteRule: 'restrict', index: true })
  person!: Ref<Person>;

  @Enum({ items: () => PartyRole })
  @Field(() => PartyRole, { description: 'Applicant, respondent or third party' })
  role!: PartyRole;
}
