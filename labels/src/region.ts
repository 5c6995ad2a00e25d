import type { LabelMaps } from './locale.js';

/** Places and the village's mediation committee. */
export const REGION_VALUES = {
  RegionLevel: ['PROVINCE', 'CITY', 'COUNTY', 'TOWNSHIP', 'VILLAGE'],
  Terrain: ['MOUNTAIN', 'PLAIN'],
  VillageKind: ['VILLAGE', 'COMMUNITY'],
  CommitteeRole: ['DIRECTOR', 'DEPUTY', 'MEMBER'],
} as const;

export const REGION_LABELS: LabelMaps<typeof REGION_VALUES> = {
  RegionLevel: {
    'zh-CN': { PROVINCE: '省', CITY: '市', COUNTY: '县', TOWNSHIP: '乡镇', VILLAGE: '村（社区）' },
    en: { PROVINCE: 'Province', CITY: 'City', COUNTY: 'County', TOWNSHIP: 'Township', VILLAGE: 'Village / community' },
  },
  Terrain: {
    'zh-CN': { MOUNTAIN: '山区', PLAIN: '平川' },
    en: { MOUNTAIN: 'Mountain', PLAIN: 'Plain' },
  },
  VillageKind: {
    'zh-CN': { VILLAGE: '村', COMMUNITY: '社区' },
    en: { VILLAGE: 'Village', COMMUNITY: 'Community' },
  },
  CommitteeRole: {
    'zh-CN': { DIRECTOR: '主任', DEPUTY: '副主任', MEMBER: '委员' },
    en: { DIRECTOR: 'Director', DEPUTY: 'Deputy director', MEMBER: 'Member' },
  },
};
