import type { LabelMaps } from './locale.js';

/** Places and the village's mediation committee. */
export const REGION_VALUES = {
  RegionLevel: ['PROVINCE', 'CITY', 'COUNTY', 'TOWNSHIP', 'VILLAGE'],
  Terrain: ['MOUNTAIN', 'PLAIN'],
  VillageKind: ['VILLAGE', 'COMMUNITY'],
  CommitteeRole: ['DIRECTOR', 'DEPUTY', 'MEMBER'],
  TownshipKind: ['TOWN', 'TOWNSHIP', 'SUBDISTRICT'],
  RegionChangeKind: ['CREATED', 'RENAMED', 'MOVED', 'RETIRED'],
  RegionImportProblemCode: [
    'UNREADABLE',
    'MISSING_COLUMN',
    'NO_ROWS',
    'TOO_MANY_ROWS',
    'BAD_CODE',
    'BAD_CLASS_CODE',
    'EMPTY_NAME',
    'BAD_NAME',
    'DUPLICATE_CODE',
    'PARENT_MISSING',
    'OUT_OF_SCOPE',
    'BAD_PREVIOUS_CODE',
    'BAD_MERGED_INTO',
  ],
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
  TownshipKind: {
    'zh-CN': { TOWN: '镇', TOWNSHIP: '乡', SUBDISTRICT: '街道' },
    en: { TOWN: 'Town', TOWNSHIP: 'Township', SUBDISTRICT: 'Subdistrict' },
  },
  RegionChangeKind: {
    'zh-CN': { CREATED: '新设', RENAMED: '更名', MOVED: '调整隶属', RETIRED: '撤并' },
    en: { CREATED: 'Created', RENAMED: 'Renamed', MOVED: 'Moved', RETIRED: 'Retired' },
  },
  RegionImportProblemCode: {
    'zh-CN': {
      UNREADABLE: '文件无法读取',
      MISSING_COLUMN: '缺少列',
      NO_ROWS: '没有数据行',
      TOO_MANY_ROWS: '行数过多',
      BAD_CODE: '区划代码格式错误',
      BAD_CLASS_CODE: '城乡分类代码错误',
      EMPTY_NAME: '名称为空',
      BAD_NAME: '名称不合规',
      DUPLICATE_CODE: '区划代码重复',
      PARENT_MISSING: '上级区划不存在',
      OUT_OF_SCOPE: '不在本县范围内',
      BAD_PREVIOUS_CODE: '原区划代码错误',
      BAD_MERGED_INTO: '并入代码错误',
    },
    en: {
      UNREADABLE: 'Unreadable file',
      MISSING_COLUMN: 'Missing column',
      NO_ROWS: 'No rows',
      TOO_MANY_ROWS: 'Too many rows',
      BAD_CODE: 'Malformed code',
      BAD_CLASS_CODE: 'Bad urban-rural class code',
      EMPTY_NAME: 'Empty name',
      BAD_NAME: 'Bad name',
      DUPLICATE_CODE: 'Duplicate code',
      PARENT_MISSING: 'Parent missing',
      OUT_OF_SCOPE: 'Outside your county',
      BAD_PREVIOUS_CODE: 'Bad previous code',
      BAD_MERGED_INTO: 'Bad merged-into code',
    },
  },
};
