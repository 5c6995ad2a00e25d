import type { LabelMaps } from './locale.js';

/** Who works with the system (docs/domain.md, "Who works with the system"). */
export const ACCESS_VALUES = {
  Role: ['BUREAU_ADMIN', 'OFFICE_STAFF', 'ADVISER', 'PARTY', 'ANALYST'],
} as const;

export const ACCESS_LABELS: LabelMaps<typeof ACCESS_VALUES> = {
  Role: {
    'zh-CN': { BUREAU_ADMIN: '县司法局', OFFICE_STAFF: '司法所', ADVISER: '村居法律顾问', PARTY: '当事人', ANALYST: '统计分析' },
    en: {
      BUREAU_ADMIN: 'County justice bureau',
      OFFICE_STAFF: 'Township judicial office',
      ADVISER: 'Village legal adviser',
      PARTY: 'Party',
      ANALYST: 'Analyst',
    },
  },
};
