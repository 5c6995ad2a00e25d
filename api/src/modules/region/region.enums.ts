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
