import { registerEnumType } from 'type-graphql';

export enum Profession {
  LAWYER = 'LAWYER',
  GRASSROOTS_LEGAL_WORKER = 'GRASSROOTS_LEGAL_WORKER',
  LEGAL_AID = 'LEGAL_AID',
  NOTARY = 'NOTARY',
  OTHER = 'OTHER',
}
registerEnumType(Profession, { name: 'Profession', description: '律师, 基层法律服务工作者, 法律援助人员, 公证员, 其他' });

export enum AdviserStatus {
  ACTIVE = 'ACTIVE',
  SUSPENDED = 'SUSPENDED',
  REMOVED = 'REMOVED',
}
registerEnumType(AdviserStatus, { name: 'AdviserStatus' });

export enum Gender {
  MALE = 'MALE',
  FEMALE = 'FEMALE',
}
registerEnumType(Gender, { name: 'Gender' });
