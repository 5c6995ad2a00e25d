import { registerEnumType } from 'type-graphql';

export enum Role {
  BUREAU_ADMIN = 'BUREAU_ADMIN',
  OFFICE_STAFF = 'OFFICE_STAFF',
  ADVISER = 'ADVISER',
  PARTY = 'PARTY',
  ANALYST = 'ANALYST',
}

registerEnumType(Role, {
  name: 'Role',
  description: 'The five tiers: county bureau, township judicial office, village legal adviser, party, analyst',
});

export const ALL_ROLES = Object.values(Role);
