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
  valuesConfig: {
    BUREAU_ADMIN: { description: '县司法局: the county bureau; everything in its county' },
    OFFICE_STAFF: { description: '司法所: a township judicial office; its township' },
    ADVISER: { description: '法律顾问: a village legal adviser; their villages and cases' },
    PARTY: { description: '当事人: a party; their own cases' },
    ANALYST: { description: '统计分析: statistics and coverage only, never a case or a name' },
  },
});

export const ALL_ROLES = Object.values(Role);
