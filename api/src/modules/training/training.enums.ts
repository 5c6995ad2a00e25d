import { registerEnumType } from 'type-graphql';

export enum TrainingKind {
  BUREAU_ANNUAL = 'BUREAU_ANNUAL',
  VILLAGE_QUARTERLY = 'VILLAGE_QUARTERLY',
}
registerEnumType(TrainingKind, {
  name: 'TrainingKind',
  description: '县司法局年度法律顾问培训, 法律顾问每季度到村（社区）法治培训',
  valuesConfig: {
    BUREAU_ANNUAL: { description: '县司法局年度法律顾问培训' },
    VILLAGE_QUARTERLY: { description: '法律顾问每季度到村（社区）法治培训' },
  },
});

export enum TrainingMode {
  OFFLINE = 'OFFLINE',
  ONLINE = 'ONLINE',
}
registerEnumType(TrainingMode, {
  name: 'TrainingMode',
  description: '线下, 线上',
  valuesConfig: {
    OFFLINE: { description: '线下' },
    ONLINE: { description: '线上' },
  },
});

/** The annual training's required subjects (rule 4, docs/domain.md). */
export enum TrainingTopic {
  ETHICS = 'ETHICS',
  DISCIPLINE = 'DISCIPLINE',
  MEDIATION_SKILLS = 'MEDIATION_SKILLS',
  CASE_FILES = 'CASE_FILES',
}
registerEnumType(TrainingTopic, {
  name: 'TrainingTopic',
  description: '职业道德, 执业纪律, 调解技能, 调解案卷的制作',
  valuesConfig: {
    ETHICS: { description: '职业道德' },
    DISCIPLINE: { description: '执业纪律' },
    MEDIATION_SKILLS: { description: '调解技能' },
    CASE_FILES: { description: '调解案卷的制作' },
  },
});

/** One cell of the compliance grid: a village in a quarter. */
export enum QuarterStatus {
  DONE = 'DONE',
  MISSING = 'MISSING',
  DUE = 'DUE',
  UPCOMING = 'UPCOMING',
}
registerEnumType(QuarterStatus, {
  name: 'QuarterStatus',
  description: 'DONE: at least one training; MISSING: a past quarter without one; DUE: the current quarter, none yet; UPCOMING: a future quarter',
  valuesConfig: {
    DONE: { description: 'At least one training that quarter' },
    MISSING: { description: 'A past quarter without one' },
    DUE: { description: 'The current quarter, none yet' },
    UPCOMING: { description: 'A future quarter' },
  },
});
