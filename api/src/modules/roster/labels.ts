import { Gender, Profession } from '../adviser/adviser.enums.js';

// The words on printed rosters, import templates and notice boards, as the bureau writes them.
export const PROFESSION_LABELS: Record<Profession, string> = {
  [Profession.LAWYER]: '律师',
  [Profession.GRASSROOTS_LEGAL_WORKER]: '基层法律服务工作者',
  [Profession.LEGAL_AID]: '法律援助人员',
  [Profession.NOTARY]: '公证员',
  [Profession.OTHER]: '其他',
};

export const GENDER_LABELS: Record<Gender, string> = {
  [Gender.MALE]: '男',
  [Gender.FEMALE]: '女',
};

export function professionLabel(value: string): string {
  return PROFESSION_LABELS[value as Profession] ?? value;
}

export function genderLabel(value: string): string {
  return GENDER_LABELS[value as Gender] ?? value;
}

/** `2026年5月1日` from `2026-05-01`. */
export function chineseDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}
