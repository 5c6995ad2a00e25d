import { fixedId } from './ids.js';
import { intBetween, pick, seededRandom } from './random.js';

export type RegionLevel = 'PROVINCE' | 'CITY' | 'COUNTY' | 'TOWNSHIP' | 'VILLAGE';
export type Terrain = 'MOUNTAIN' | 'PLAIN';
export type VillageKind = 'VILLAGE' | 'COMMUNITY';
export type TownshipKind = 'TOWN' | 'TOWNSHIP' | 'SUBDISTRICT';

export interface SeedRegion {
  id: string;
  parentId: string | null;
  level: RegionLevel;
  name: string;
  code: string;
  terrain: Terrain | null;
  kind: VillageKind | null;
  /** Townships: 镇 or 乡, from the name. */
  townshipKind: TownshipKind | null;
  /** Villages: the 3-digit urban-rural class code (城乡分类代码). */
  urbanRuralCode: string | null;
  demo: boolean;
}

// The real administrative shape of 交城县 (山西省 > 吕梁市): ten townships, the first three and 洪相乡 on the plain.
// Codes are 12-digit statistical division codes (统计用区划代码: province 2 digits, city 2, county 2, township 3,
// village 3); those of the province, the city and the county are real, the township and village codes generated.
export const TOWNSHIPS: ReadonlyArray<{ key: string; name: string; terrain: Terrain }> = [
  { key: 'tianning', name: '天宁镇', terrain: 'PLAIN' },
  { key: 'xiajiaying', name: '夏家营镇', terrain: 'PLAIN' },
  { key: 'xiying', name: '西营镇', terrain: 'PLAIN' },
  { key: 'shuiyuguan', name: '水峪贯镇', terrain: 'MOUNTAIN' },
  { key: 'xishe', name: '西社镇', terrain: 'MOUNTAIN' },
  { key: 'pangquangou', name: '庞泉沟镇', terrain: 'MOUNTAIN' },
  { key: 'hongxiang', name: '洪相乡', terrain: 'PLAIN' },
  { key: 'lingdi', name: '岭底乡', terrain: 'MOUNTAIN' },
  { key: 'dongpodi', name: '东坡底乡', terrain: 'MOUNTAIN' },
  { key: 'huili', name: '会立乡', terrain: 'MOUNTAIN' },
];

export const CITY_ID = fixedId('region', 1);
export const COUNTY_ID = fixedId('region', 2);
/** The root, above 吕梁市: region 3 (the city and the county kept their numbers when the province arrived). */
export const PROVINCE_ID = fixedId('region', 3);

/** Township ids are region 101..110 in the order above. */
export function townshipId(key: string): string {
  const index = TOWNSHIPS.findIndex((t) => t.key === key);
  if (index < 0) throw new Error(`unknown township ${key}`);
  return fixedId('region', 101 + index);
}

/** Villages of township i (0-based) are region (i+1)*1000 + n, n from 1. */
export function villageId(townshipIndex: number, n: number): string {
  return fixedId('region', (townshipIndex + 1) * 1000 + n);
}

const FIRST = [
  '东',
  '西',
  '南',
  '北',
  '上',
  '下',
  '前',
  '后',
  '大',
  '小',
  '王',
  '李',
  '张',
  '杨',
  '石',
  '柳',
  '沙',
  '河',
  '高',
  '田',
  '马',
  '郭',
  '韩',
  '白',
  '新',
  '古',
  '双',
  '长',
  '圪',
  '坡',
] as const;
const SECOND = ['庄', '家庄', '沟', '峪', '坪', '营', '堡', '口', '头', '湾', '岭', '寨', '社', '峰', '滩', '塔', '窑', '梁'] as const;
const COMMUNITY = ['城东', '城西', '城南', '城北', '永宁', '瓦窑', '卦山', '文苑', '新华', '迎宾', '东关', '西关', '南街', '北街', '康宁'] as const;

/**
 * The demo villages' urban-rural class (城乡分类代码), fixed by position: the county seat's communities are 主城区 (111),
 * other communities 镇中心区 (121); a township's first village is its centre (121 under a 镇, 210 under a 乡), the
 * rest 村庄 (220).
 */
function urbanRuralCodeOf(townshipKey: string, isCommunity: boolean, villageNumber: number): string {
  if (isCommunity) return townshipKey === 'tianning' ? '111' : '121';
  if (villageNumber === 1) return TOWNSHIPS.find((t) => t.key === townshipKey)!.name.endsWith('镇') ? '121' : '210';
  return '220';
}

export function demoRegions(): SeedRegion[] {
  const rnd = seededRandom(20241105);
  const regions: SeedRegion[] = [
    {
      id: PROVINCE_ID,
      parentId: null,
      level: 'PROVINCE',
      name: '山西省',
      code: '140000000000',
      terrain: null,
      kind: null,
      townshipKind: null,
      urbanRuralCode: null,
      demo: false,
    },
    {
      id: CITY_ID,
      parentId: PROVINCE_ID,
      level: 'CITY',
      name: '吕梁市',
      code: '141100000000',
      terrain: null,
      kind: null,
      townshipKind: null,
      urbanRuralCode: null,
      demo: false,
    },
    {
      id: COUNTY_ID,
      parentId: CITY_ID,
      level: 'COUNTY',
      name: '交城县',
      code: '141122000000',
      terrain: null,
      kind: null,
      townshipKind: null,
      urbanRuralCode: null,
      demo: false,
    },
  ];
  const used = new Set<string>();
  TOWNSHIPS.forEach((township, i) => {
    const tid = townshipId(township.key);
    // The township's own nine digits; its code ends in 000 and its villages' codes start with them.
    const tdigits = `141122${String(100 + i).padStart(3, '0')}`;
    regions.push({
      id: tid,
      parentId: COUNTY_ID,
      level: 'TOWNSHIP',
      name: township.name,
      code: `${tdigits}000`,
      terrain: township.terrain,
      kind: null,
      townshipKind: township.name.endsWith('镇') ? 'TOWN' : 'TOWNSHIP',
      urbanRuralCode: null,
      demo: false,
    });
    const count = intBetween(rnd, 8, 20);
    // The county seat (天宁镇) is mostly urban communities; a plain township has one or two.
    const communities = township.key === 'tianning' ? 6 : township.terrain === 'PLAIN' ? intBetween(rnd, 1, 2) : 0;
    for (let n = 1; n <= count; n += 1) {
      const isCommunity = n <= communities;
      let name: string;
      do {
        name = isCommunity ? `${pick(rnd, COMMUNITY)}社区` : `${pick(rnd, FIRST)}${pick(rnd, SECOND)}村`;
      } while (used.has(name));
      used.add(name);
      regions.push({
        id: villageId(i, n),
        parentId: tid,
        level: 'VILLAGE',
        name,
        code: `${tdigits}${String(200 + n).padStart(3, '0')}`,
        terrain: null,
        kind: isCommunity ? 'COMMUNITY' : 'VILLAGE',
        urbanRuralCode: urbanRuralCodeOf(township.key, isCommunity, n - communities),
        townshipKind: null,
        demo: true,
      });
    }
  });
  return regions;
}
