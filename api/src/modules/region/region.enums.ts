import { registerEnumType } from 'type-graphql';

export enum RegionLevel {
  PROVINCE = 'PROVINCE',
  CITY = 'CITY',
  COUNTY = 'COUNTY',
  TOWNSHIP = 'TOWNSHIP',
  VILLAGE = 'VILLAGE',
}
registerEnumType(RegionLevel, {
  name: 'RegionLevel',
  description: '省 > 市 > 县 > 乡镇 > 村（社区）; the root is a province, or a city where the installation has no province',
  valuesConfig: {
    PROVINCE: { description: '省: the root of a province installation' },
    CITY: { description: '市' },
    COUNTY: { description: '县' },
    TOWNSHIP: { description: '乡镇' },
    VILLAGE: { description: '村（社区）' },
  },
});

export enum Terrain {
  MOUNTAIN = 'MOUNTAIN',
  PLAIN = 'PLAIN',
}
registerEnumType(Terrain, {
  name: 'Terrain',
  description: 'A township is mountain (山区偏远: online service by default) or plain (平川: visits on demand)',
  valuesConfig: {
    MOUNTAIN: { description: '山区偏远: online service by default' },
    PLAIN: { description: '平川: visits on demand' },
  },
});

export enum VillageKind {
  VILLAGE = 'VILLAGE',
  COMMUNITY = 'COMMUNITY',
}
registerEnumType(VillageKind, {
  name: 'VillageKind',
  description: '村 or 社区',
  valuesConfig: {
    VILLAGE: { description: '村' },
    COMMUNITY: { description: '社区' },
  },
});

export enum TownshipKind {
  TOWN = 'TOWN',
  TOWNSHIP = 'TOWNSHIP',
  SUBDISTRICT = 'SUBDISTRICT',
}
registerEnumType(TownshipKind, {
  name: 'TownshipKind',
  description: '镇, 乡 or 街道',
  valuesConfig: {
    TOWN: { description: '镇' },
    TOWNSHIP: { description: '乡' },
    SUBDISTRICT: { description: '街道' },
  },
});

export enum RegionChangeKind {
  CREATED = 'CREATED',
  RENAMED = 'RENAMED',
  MOVED = 'MOVED',
  RETIRED = 'RETIRED',
}
registerEnumType(RegionChangeKind, {
  name: 'RegionChangeKind',
  description: 'What happened to a region: 新设, 更名, 调整隶属 or 撤并',
  valuesConfig: {
    CREATED: { description: '新设: added by an import' },
    RENAMED: { description: '更名: a new name for the same code' },
    MOVED: { description: '调整隶属: moved to another township, so its code changed' },
    RETIRED: { description: '撤并: retired (merged into another village or abolished)' },
  },
});
