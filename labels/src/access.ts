import type { LabelMaps } from './locale.js';

/** Who works with the system (docs/domain.md, "Who works with the system"). */
export const ACCESS_VALUES = {
  Role: ['BUREAU_ADMIN', 'OFFICE_STAFF', 'ADVISER', 'PARTY', 'ANALYST'],
  /** Why an analyst's count is withheld (small-cell suppression). */
  Suppression: ['SMALL', 'COMPLEMENTARY'],
  /** The fixed periods analysts' statistics are asked for. */
  StatisticsPeriodKind: ['MONTH', 'QUARTER', 'YEAR'],
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
  Suppression: {
    'zh-CN': { SMALL: '少于 3，不公布', COMPLEMENTARY: '为防推算而隐藏' },
    en: { SMALL: 'Fewer than 3, not published', COMPLEMENTARY: 'Withheld so that no total reveals a small count' },
  },
  StatisticsPeriodKind: {
    'zh-CN': { MONTH: '月', QUARTER: '季度', YEAR: '年' },
    en: { MONTH: 'Month', QUARTER: 'Quarter', YEAR: 'Year' },
  },
};
