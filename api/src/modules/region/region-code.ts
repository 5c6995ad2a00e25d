import { RegionLevel } from './region.enums.js';

/**
 * Region codes are the 12-digit statistical division codes (统计用区划代码): 2 digits of province, 2 of city, 2 of
 * county, 3 of township and 3 of village, e.g. 山西省 140000000000, 吕梁市 141100000000, 交城县 141122000000, a
 * township 141122100000, a village 141122100201. A region's own digits end at its level and zeros follow.
 */
export const REGION_CODE_LENGTH = 12;

/** How many leading digits name a region at each level: every code under it starts with them. */
export const SIGNIFICANT_DIGITS: Readonly<Record<RegionLevel, number>> = {
  [RegionLevel.PROVINCE]: 2,
  [RegionLevel.CITY]: 4,
  [RegionLevel.COUNTY]: 6,
  [RegionLevel.TOWNSHIP]: 9,
  [RegionLevel.VILLAGE]: 12,
};

/** The level of a region's children; a village has none. */
export const CHILD_LEVEL: Readonly<Record<RegionLevel, RegionLevel | null>> = {
  [RegionLevel.PROVINCE]: RegionLevel.CITY,
  [RegionLevel.CITY]: RegionLevel.COUNTY,
  [RegionLevel.COUNTY]: RegionLevel.TOWNSHIP,
  [RegionLevel.TOWNSHIP]: RegionLevel.VILLAGE,
  [RegionLevel.VILLAGE]: null,
};

/** A tree starts at a province, or at a city where the installation has no province above it. */
export const ROOT_LEVELS: readonly RegionLevel[] = [RegionLevel.PROVINCE, RegionLevel.CITY];

const LEVEL_WORD: Readonly<Record<RegionLevel, string>> = {
  [RegionLevel.PROVINCE]: 'province',
  [RegionLevel.CITY]: 'city',
  [RegionLevel.COUNTY]: 'county',
  [RegionLevel.TOWNSHIP]: 'township',
  [RegionLevel.VILLAGE]: 'village',
};

/** The digits every code under this region starts with. */
export function significantPrefix(region: { level: RegionLevel; code: string }): string {
  return region.code.slice(0, SIGNIFICANT_DIGITS[region.level]);
}

/**
 * Why `code` cannot be the code of a region at `level` under `parent` (null for a root), or null when it can. The
 * format and level rules are the database's checks `region_code_12_digits` and `region_code_matches_level`; the
 * parent's prefix spans two rows, which no check can see, so whatever creates regions asks here.
 */
export function regionCodeProblem(level: RegionLevel, code: string, parent: { level: RegionLevel; code: string } | null): string | null {
  if (!/^[0-9]{12}$/.test(code)) return 'must be the 12-digit statistical division code (统计用区划代码), e.g. 141122100201';
  const own = SIGNIFICANT_DIGITS[level];
  if (!/^0*$/.test(code.slice(own))) return `a ${LEVEL_WORD[level]} code ends in ${REGION_CODE_LENGTH - own} zeros`;
  if (level === RegionLevel.CITY && /^[0-9]{2}0{10}$/.test(code)) return 'a city code has city digits (its 3rd and 4th are not both 0)';
  if (level === RegionLevel.VILLAGE && code.endsWith('000')) return 'a village code does not end in 000';
  if (parent) {
    const prefix = significantPrefix(parent);
    if (!code.startsWith(prefix)) return `must start with ${prefix}, as every code under ${parent.code} does`;
  }
  return null;
}

/**
 * The level a 12-digit code stands at, read from where its own digits end (a village's last three are not 000, a
 * township's end at the ninth, …); null when the code is not 12 digits or is all zeros.
 */
export function levelOfCode(code: string): RegionLevel | null {
  if (!/^[0-9]{12}$/.test(code) || /^0{12}$/.test(code)) return null;
  if (!code.endsWith('000')) return RegionLevel.VILLAGE;
  if (!code.endsWith('000000')) return RegionLevel.TOWNSHIP;
  if (!code.endsWith('00000000')) return RegionLevel.COUNTY;
  if (!code.endsWith('0000000000')) return RegionLevel.CITY;
  return RegionLevel.PROVINCE;
}

/** The code of the region a code lies directly under: its own digits cut back to the parent level's. */
export function parentCodeOf(code: string, level: RegionLevel): string | null {
  const parentLevel = Object.entries(CHILD_LEVEL).find(([, child]) => child === level)?.[0] as RegionLevel | undefined;
  if (!parentLevel) return null;
  return code.slice(0, SIGNIFICANT_DIGITS[parentLevel]).padEnd(REGION_CODE_LENGTH, '0');
}

/** 城乡分类代码: 111 主城区, 112 城乡结合区, 121 镇中心区, 122 镇乡结合区, 123 特殊区域, 210 乡中心区, 220 村庄. */
export const URBAN_RURAL_CODES = ['111', '112', '121', '122', '123', '210', '220'] as const;
