import { registerEnumType } from 'type-graphql';

export enum CommitteeRole {
  DIRECTOR = 'DIRECTOR',
  DEPUTY = 'DEPUTY',
  MEMBER = 'MEMBER',
}
registerEnumType(CommitteeRole, { name: 'CommitteeRole', description: '主任, 副主任, 委员（人民调解员）' });
