import { describe, expect, it } from '@jest/globals';
import { regionCodeProblem, significantPrefix } from './region-code.js';
import { RegionLevel } from './region.enums.js';

const { PROVINCE, CITY, COUNTY, TOWNSHIP, VILLAGE } = RegionLevel;
const shanxi = { level: PROVINCE, code: '140000000000' };
const lvliang = { level: CITY, code: '141100000000' };
const jiaocheng = { level: COUNTY, code: '141122000000' };
const tianning = { level: TOWNSHIP, code: '141122100000' };

describe('region codes', () => {
  it('accepts the 12-digit statistical codes of 山西省 > 吕梁市 > 交城县 > a township > a village', () => {
    expect(regionCodeProblem(PROVINCE, shanxi.code, null)).toBeNull();
    expect(regionCodeProblem(CITY, lvliang.code, shanxi)).toBeNull();
    expect(regionCodeProblem(CITY, lvliang.code, null)).toBeNull();
    expect(regionCodeProblem(COUNTY, jiaocheng.code, lvliang)).toBeNull();
    expect(regionCodeProblem(TOWNSHIP, tianning.code, jiaocheng)).toBeNull();
    expect(regionCodeProblem(VILLAGE, '141122100201', tianning)).toBeNull();
  });

  it('refuses any other length or anything but ASCII digits', () => {
    for (const code of ['141122', '141122100', '1411221002011', '14112210020', '14112210020x', ' 141122100201', '１４１１２２１００２０１']) {
      expect(regionCodeProblem(VILLAGE, code, null)).toMatch(/12-digit/);
    }
  });

  it('refuses a code whose digits go below its level', () => {
    expect(regionCodeProblem(PROVINCE, '141100000000', null)).toMatch(/province code ends in 10 zeros/);
    expect(regionCodeProblem(CITY, '141122000000', shanxi)).toMatch(/city code ends in 8 zeros/);
    expect(regionCodeProblem(COUNTY, '141122100000', lvliang)).toMatch(/county code ends in 6 zeros/);
    expect(regionCodeProblem(TOWNSHIP, '141122100201', jiaocheng)).toMatch(/township code ends in 3 zeros/);
  });

  it('refuses a city coded as a province and a village coded as a township', () => {
    expect(regionCodeProblem(CITY, '140000000000', null)).toMatch(/city digits/);
    expect(regionCodeProblem(VILLAGE, '141122100000', tianning)).toMatch(/does not end in 000/);
  });

  it('refuses a code that does not start with its parent’s significant digits', () => {
    expect(regionCodeProblem(CITY, '151100000000', shanxi)).toMatch(/must start with 14,/);
    expect(regionCodeProblem(COUNTY, '141222000000', lvliang)).toMatch(/must start with 1411,/);
    expect(regionCodeProblem(TOWNSHIP, '141123100000', jiaocheng)).toMatch(/must start with 141122,/);
    expect(regionCodeProblem(VILLAGE, '141122101201', tianning)).toMatch(/must start with 141122100,/);
  });

  it('takes the significant prefix by level', () => {
    expect([shanxi, lvliang, jiaocheng, tianning].map(significantPrefix)).toEqual(['14', '1411', '141122', '141122100']);
    expect(significantPrefix({ level: VILLAGE, code: '141122100201' })).toBe('141122100201');
  });
});
