import type { LabelMaps } from './locale.js';

/** Consultation meetings and their action items (rule 10, docs/domain.md). */
export const MEETING_VALUES = {
  ParticipantKind: ['OFFICE', 'PROVIDER', 'VILLAGE'],
  ActionItemStatus: ['OPEN', 'DONE'],
  ActionItemOwnerKind: ['OFFICE', 'PROVIDER', 'BUREAU'],
} as const;

export const MEETING_LABELS: LabelMaps<typeof MEETING_VALUES> = {
  ParticipantKind: {
    'zh-CN': { OFFICE: '司法所', PROVIDER: '法律服务机构', VILLAGE: '村（社区）' },
    en: { OFFICE: 'Judicial office', PROVIDER: 'Legal service provider', VILLAGE: 'Village' },
  },
  ActionItemStatus: {
    'zh-CN': { OPEN: '未完成', DONE: '已完成' },
    en: { OPEN: 'Open', DONE: 'Done' },
  },
  ActionItemOwnerKind: {
    'zh-CN': { OFFICE: '司法所', PROVIDER: '法律服务机构', BUREAU: '县司法局' },
    en: { OFFICE: 'Judicial office', PROVIDER: 'Legal service provider', BUREAU: 'County bureau' },
  },
};
