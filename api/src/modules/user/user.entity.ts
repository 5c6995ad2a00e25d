import { OptionalProps, type Ref } from '@mikro-orm/core';
import { Check, Entity, Enum, ManyToOne, OneToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Role } from '../../common/access/role.js';
import { WithParent } from '../../common/access/rules.js';
import { AdviserStatus } from '../adviser/adviser.enums.js';
import { LegalAdviser } from '../adviser/legal-adviser.entity.js';
import { Person } from '../person/person.entity.js';
import { Region } from '../region/region.entity.js';
import { now } from '../../common/clock.js';

// Each role is tied to exactly its kind of scope; the database refuses any other combination. A party account reaches
// cases only through its verified phone; its person (the record it was created from) is optional.
@Entity({ tableName: 'app_user' })
@Check({
  name: 'app_user_scope_matches_role',
  expression: `("role" in ('BUREAU_ADMIN', 'OFFICE_STAFF', 'ANALYST')) = ("scope_region_id" is not null)
    and ("role" = 'ADVISER') = ("adviser_id" is not null)
    and ("role" = 'PARTY') = ("verified_phone" is not null)
    and ("person_id" is null or "role" = 'PARTY')`,
})
@WithParent()
@ObjectType('User', { description: 'A person who signs in' })
export class User {
  [OptionalProps]?: 'createdAt' | 'updatedAt' | 'tokenVersion' | 'mustChangePassword' | 'version' | 'sessionsEndedBy';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Stable identifier (UUID)' })
  id!: string;

  /** Stored lower-case; sign-in is case-insensitive. */
  @Property({ length: 64, unique: true })
  @Field({ description: 'Sign-in name, lower-case' })
  username!: string;

  @Property({ length: 200, lazy: true })
  passwordHash!: string;

  @Enum({ items: () => Role })
  @Field(() => Role, { description: 'What the account may do' })
  role!: Role;

  @Property({ length: 100 })
  @Field({ description: 'Name shown in the console and in audit records' })
  displayName!: string;

  @ManyToOne(() => Region, { ref: true, nullable: true, deleteRule: 'restrict', index: true })
  scopeRegion?: Ref<Region> | null;

  @OneToOne(() => LegalAdviser, { ref: true, nullable: true, owner: true, deleteRule: 'restrict' })
  adviser?: Ref<LegalAdviser> | null;

  @OneToOne(() => Person, { ref: true, nullable: true, owner: true, deleteRule: 'restrict' })
  person?: Ref<Person> | null;

  /**
   * A party account's phone, proven by a sign-in code sent to it or recorded by the bureau when it created the account.
   * A case joins the account's list only when it records this phone for one of its parties.
   */
  @Property({ type: 'string', length: 20, nullable: true, unique: 'app_user_verified_phone_unique' })
  verifiedPhone?: string | null;

  @Property({ columnType: 'timestamptz', nullable: true })
  disabledAt?: Date | null;

  /** Tokens carry the version they were issued under; raising it (suspension, removal, disabling) revokes them all. */
  @Property({ type: 'integer', default: 0 })
  tokenVersion: number = 0;

  /**
   * Why the token version was last raised (SessionEndReason), so that a refused token can say why: the password was
   * changed, reset by an administrator, or the sessions were otherwise ended.
   */
  @Property({ type: 'string', length: 40, nullable: true })
  sessionsEndedBy?: string | null;

  /**
   * Set when an administrator creates the account or resets its password (a one-time password): until the holder
   * chooses their own, every operation but `me` and `changePassword` is FORBIDDEN (PASSWORD_CHANGE_REQUIRED).
   */
  @Property({ default: false })
  mustChangePassword: boolean = false;

  /** Optimistic lock: an edit based on a stale version is a CONFLICT. */
  @Property({ version: true })
  @Field(() => Int, { description: 'Send back with edits; a stale version is refused with CONFLICT' })
  version!: number;

  @Property({ columnType: 'timestamptz', defaultRaw: 'now()' })
  @Field(() => Date, { description: 'When the account was created' })
  createdAt: Date = now();

  @Property({ columnType: 'timestamptz', defaultRaw: 'now()', onUpdate: () => now() })
  updatedAt: Date = now();
}

/** Why every token of an account stopped working (`sessionsEndedBy`), answered as `extensions.reason`. */
export const SessionEndReason = {
  /** The holder changed their password (on another device, or here: this request got a fresh token). */
  PASSWORD_CHANGED: 'PASSWORD_CHANGED',
  /** An administrator reset the password. */
  PASSWORD_RESET: 'PASSWORD_RESET',
  /** Anything else that ended the sessions: an adviser's suspension, a disabling since undone. */
  SESSION_ENDED: 'SESSION_ENDED',
} as const;
export type SessionEndReason = (typeof SessionEndReason)[keyof typeof SessionEndReason];

/**
 * Whether the account may sign in and its tokens work: not disabled, and for an adviser, an ACTIVE adviser (a suspended
 * one is blocked until reinstated; a removed one's account is also disabled). Needs `adviser` loaded.
 */
export function canSignIn(user: User): boolean {
  if (user.disabledAt) return false;
  if (user.role === Role.ADVISER) return user.adviser?.getEntity().status === AdviserStatus.ACTIVE;
  return true;
}
