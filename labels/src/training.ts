import type { LabelMaps } from './locale.js';

/** Trainings: the bureau's annual training and the advisers' quarterly lectures in the villages (rule 4, docs/domain.md). */
export const TRAINING_VALUES = {
  TrainingKind: ['VILLAGE_QUARTERLY', 'BUREAU_ANNUAL'],
  TrainingMode: ['OFFLINE', 'ONLINE'],
  TrainingTopic: ['ETHICS', 'DISCIPLINE', 'MEDIATION_SKILLS', 'CASE_FILES'],
  QuarterStatus: ['DONE', 'MISSING', 'DUE', 'UPCOMING'],
} as const;

export const TRAINING_LABELS: LabelMaps<typeof TRAINING_VALUES> = {
  TrainingKind: {
    'zh-CN': { VILLAGE_QUARTERLY: '村（社区）季度培训', BUREAU_ANNUAL: '司法局年度培训' },
    en: { VILLAGE_QUARTERLY: 'Village quarterly training', BUREAU_ANNUAL: 'Bureau annual training' },
  },
  TrainingMode: {
    'zh-CN': { OFFLINE: '线下', ONLINE: '线上' },
    en: { OFFLINE: 'In person', ONLINE: 'Online' },
  },
  // The plan's own words for the annual training's subjects.
  TrainingTopic: {
    'zh-CN': { ETHICS: '职业道德', DISCIPLINE: '执业纪律', MEDIATION_SKILLS: '调解技能', CASE_FILES: '调解案卷的制作' },
    en: { ETHICS: 'Professional ethics', DISCIPLINE: 'Practice discipline', MEDIATION_SKILLS: 'Mediation skills', CASE_FILES: 'Case files' },
  },
  // One village in one quarter. A training was held (已开展, as 待开展 says it is still to be held); a quarter that
  // ended without one is 缺训, which 未开展 would not tell apart from the current and future quarters.
  QuarterStatus: {
    'zh-CN': { DONE: '已开展', MISSING: '缺训', DUE: '本季度待开展', UPCOMING: '未到期' },
    en: { DONE: 'Trained', MISSING: 'Missing', DUE: 'Due this quarter', UPCOMING: 'Upcoming' },
  },
};
