import { registerEnumType } from 'type-graphql';

export enum ParticipantKind {
  OFFICE = 'OFFICE',
  PROVIDER = 'PROVIDER',
  VILLAGE = 'VILLAGE',
}
registerEnumType(ParticipantKind, {
  name: 'ParticipantKind',
  description: '司法所, 律所等法律服务机构, 村（社区）',
  valuesConfig: {
    OFFICE: { description: '司法所' },
    PROVIDER: { description: '律所等法律服务机构' },
    VILLAGE: { description: '村（社区）' },
  },
});

export enum ActionItemStatus {
  OPEN = 'OPEN',
  DONE = 'DONE',
}
registerEnumType(ActionItemStatus, {
  name: 'ActionItemStatus',
  description: '未完成, 已完成',
  valuesConfig: {
    OPEN: { description: '未完成' },
    DONE: { description: '已完成' },
  },
});

export enum ActionItemOwnerKind {
  OFFICE = 'OFFICE',
  PROVIDER = 'PROVIDER',
  BUREAU = 'BUREAU',
}
registerEnumType(ActionItemOwnerKind, {
  name: 'ActionItemOwnerKind',
  description: '司法所, 法律服务机构, 县司法局',
  valuesConfig: {
    OFFICE: { description: '司法所' },
    PROVIDER: { description: '法律服务机构 (law firm etc.)' },
    BUREAU: { description: '县司法局' },
  },
});
