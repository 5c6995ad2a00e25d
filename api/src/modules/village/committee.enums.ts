import { registerEnumType } from 'type-graphql';

export enum CommitteeRole {
  DIRECTOR = 'DIRECTOR',
  DEPUTY = 'DEPUTY',
  MEMBER = 'MEMBER',
}
registerEnumType(CommitteeRole, {
  name: 'CommitteeRole',
  description: '主任, 副主任, 委员（人民调解员）',
  valuesConfig: {
    DIRECTOR: { description: '主任' },
    DEPUTY: { description: '副主任' },
    MEMBER: { description: '委员（人民调解员）' },
  },
});
