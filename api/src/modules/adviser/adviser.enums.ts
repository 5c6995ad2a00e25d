import { registerEnumType } from 'type-graphql';

export enum Profession {
  LAWYER = 'LAWYER',
  GRASSROOTS_LEGAL_WORKER = 'GRASSROOTS_LEGAL_WORKER',
  LEGAL_AID = 'LEGAL_AID',
  NOTARY = 'NOTARY',
  OTHER = 'OTHER',
}
registerEnumType(Profession, {
  name: 'Profession',
  description: '律师, 基层法律服务工作者, 法律援助人员, 公证员, 其他',
  valuesConfig: {
    LAWYER: { description: '律师' },
    GRASSROOTS_LEGAL_WORKER: { description: '基层法律服务工作者' },
    LEGAL_AID: { description: '法律援助人员' },
    NOTARY: { description: '公证员' },
    OTHER: { description: '其他' },
  },
});

export enum AdviserStatus {
  ACTIVE = 'ACTIVE',
  SUSPENDED = 'SUSPENDED',
  REMOVED = 'REMOVED',
}
registerEnumType(AdviserStatus, {
  name: 'AdviserStatus',
  description: 'Standing on the roster: 在册, 暂停, 移出',
  valuesConfig: {
    ACTIVE: { description: '在册: serves villages and takes cases' },
    SUSPENDED: { description: '暂停: cannot sign in or take cases until reinstated; pairings continue' },
    REMOVED: { description: '移出: off the roster; pairings ended, account disabled' },
  },
});

export enum Gender {
  MALE = 'MALE',
  FEMALE = 'FEMALE',
}
registerEnumType(Gender, {
  name: 'Gender',
  description: '性别',
  valuesConfig: {
    MALE: { description: '男' },
    FEMALE: { description: '女' },
  },
});
