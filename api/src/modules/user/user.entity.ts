import { OptionalProps, type Ref } from '@mikro-orm/core';
import { Check, Entity, Enum, ManyToOne, OneToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, ObjectType } from 'type-graphql';
import { Role } from '../../common/access/role.js';
import { WithParent } from '../../common/access/rules.js';
import { LegalAdviser } from '../adviser/legal-adviser.entity.js';
import { Person } from '../person/person.entity.js';
import { Region } from '../region/region.entity.js';

// Each role is tied to exactly its kind of scope; the database refuses any other combination.
@Entity({ tableName: 'app_user' })
@Check({
  name: 'app_user_scope_matches_role',
  expression: `("role" in ('BUREAU_ADMIN', 'OFFICE_STAFF', 'ANALYST')) = ("scope_region_id" is not null)
    and ("role" = 'ADVISER') = ("adviser_id" is not null)
    and ("role" = 'PARTY') = ("person_id" is not null)`,
})
@ObjectType('User', { description: 'A person who signs in' })
export class User {
  [OptionalProps]?: 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID)
  @WithParent()
  id!: string;

  /** Stored lower-case; sign-in is case-insensitive. */
  @Property({ length: 64, unique: true })
  @Field()
  @WithParent()
  username!: string;

  @Property({ length: 200, lazy: true })
  passwordHash!: string;

  @Enum({ items: () => Role })
  @Field(() => Role)
  @WithParent()
  role!: Role;

  @Property({ length: 100 })
  @Field()
  @WithParent()
  displayName!: string;

  @ManyToOne(() => Region, { ref: true, nullable: true, deleteRule: 'restrict', index: true })
  scopeRegion?: Ref<Region> | null;

  @OneToOne(() => LegalAdviser, { ref: true, nullable: true, owner: true, deleteRule: 'restrict' })
  adviser?: Ref<LegalAdviser> | null;

  @OneToOne(() => Person, { ref: true, nullable: true, owner: true, deleteRule: 'restrict' })
  person?: Ref<Person> | null;

  @Property({ columnType: 'timestamptz', nullable: true })
  disabledAt?: Date | null;

  @Property({ columnType: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ columnType: 'timestamptz', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
