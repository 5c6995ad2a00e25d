import { ENUM_VALUES, type EnumName, enumLabel } from '@fengqiao/labels';
import englishRaMessages from 'ra-language-english';
import { describe, expect, it } from 'vitest';
import { englishMessages } from './en';
import { apiErrorMessage, loginErrorMessage } from './errors';
import { createI18nProvider, LOCALE_STORAGE_KEY, storedLocale } from './index';
import { chineseMessages } from './zh-CN';
import { ApiError, ERROR_CODES, ROLES } from '../providers/session';
import { enumChoices, LABELLED_ENUMS } from '../resources/choices';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out[path] = value;
    else Object.assign(out, flatten(value, path));
  }
  return out;
}

const zh = flatten(chineseMessages as Tree);
const en = flatten(englishMessages as Tree);
const HAN = /\p{Script=Han}/u;

describe('messages', () => {
  it('have exactly the same keys in zh-CN and en', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
  });

  it('translate every key react-admin ships in English', () => {
    const raKeys = Object.keys(flatten(englishRaMessages as Tree));
    expect(raKeys.length).toBeGreaterThan(150);
    for (const key of raKeys) expect(zh, key).toHaveProperty([key]);
  });

  it('have no empty strings', () => {
    for (const [key, value] of [...Object.entries(zh), ...Object.entries(en)]) {
      expect(value.length, key).toBeGreaterThan(0);
    }
  });

  it('are actually Chinese in zh-CN (beyond placeholders and the blank boolean)', () => {
    const untranslated = Object.entries(zh).filter(
      // Placeholders with Chinese punctuation only (`%{label}：`) count as translated.
      ([key, value]) => !HAN.test(value) && !/^[\s%{}a-zA-Z_\u3000-\u303f\uff00-\uffef]*$/.test(value) && key !== 'ra.boolean.null',
    );
    expect(untranslated).toEqual([]);
    expect(zh['ra.action.save']).toBe('保存');
    expect(zh['ra.navigation.page_range_info']).toContain('%{total}');
  });

  it('keep the same placeholders in both languages', () => {
    const placeholders = (s: string) => [...s.matchAll(/%\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(en)) {
      const zhSet = new Set(placeholders(zh[key]!));
      const enSet = new Set(placeholders(en[key]!));
      if (en[key]!.includes('||||')) {
        // Chinese has one plural form: it counts, and uses no placeholder English lacks.
        expect(zhSet.has('smart_count'), key).toBe(enSet.has('smart_count'));
        for (const p of zhSet) expect(enSet.has(p), `${key}: ${p}`).toBe(true);
      } else {
        expect(zhSet, key).toEqual(enSet);
      }
    }
  });

  it('label every enum value of the schema and every role and error code', () => {
    for (const name of LABELLED_ENUMS) {
      for (const choice of enumChoices(name)) {
        expect(zh, choice.name).toHaveProperty([choice.name]);
        expect(en, choice.name).toHaveProperty([choice.name]);
      }
    }
    for (const role of ROLES) expect(zh).toHaveProperty([`fq.enum.Role.${role}`]);
    for (const code of ERROR_CODES) expect(zh).toHaveProperty([`fq.error.${code}`]);
  });

  it('take every enum label from @fengqiao/labels, whose enums are the schema’s, value for value', () => {
    const names = Object.keys(ENUM_VALUES) as EnumName[];
    // Only the roster import's problem messages (sentences naming the cell) are the console's own.
    expect(LABELLED_ENUMS.filter((name) => !(name in ENUM_VALUES))).toEqual(['RosterImportProblemCode']);
    for (const name of names) {
      expect({
        [name]: enumChoices(name)
          .map((c) => c.id)
          .sort(),
      }).toEqual({ [name]: [...ENUM_VALUES[name]].sort() });
      for (const value of ENUM_VALUES[name]) {
        expect(zh[`fq.enum.${name}.${value}`]).toBe(enumLabel(name, value, 'zh-CN'));
        expect(en[`fq.enum.${name}.${value}`]).toBe(enumLabel(name, value, 'en'));
      }
    }
    // The documents' words and the screen's are one: the court's ruling reads the same on the case file.
    expect(zh['fq.enum.ConfirmationResult.CONFIRMED']).toBe('确认有效');
  });

  it('offer in the import’s messages the very words the import accepts', () => {
    expect(zh['fq.enum.RosterImportProblemCode.UNKNOWN_GENDER']).toBe('性别应为“男”或“女”');
    expect(zh['fq.enum.RosterImportProblemCode.UNKNOWN_PROFESSION']).toBe('职业类别应为：律师、基层法律服务工作者、法律援助人员、公证员或其他');
    expect(en['fq.enum.RosterImportProblemCode.UNKNOWN_PROFESSION']).toBe(
      'Profession must be one of 律师, 基层法律服务工作者, 法律援助人员, 公证员, 其他',
    );
  });
});

describe('i18nProvider', () => {
  it('starts in Chinese and switches to English', async () => {
    const i18n = createI18nProvider();
    expect(i18n.getLocale()).toBe('zh-CN');
    expect(i18n.translate('fq.app.name')).toBe('枫桥');
    expect(i18n.translate('ra.navigation.page_range_info', { offsetBegin: 1, offsetEnd: 25, total: 163 })).toBe('第 1-25 条，共 163 条');
    await i18n.changeLocale('en');
    expect(i18n.translate('fq.app.name')).toBe('Fengqiao');
    expect(i18n.getLocales?.().map((l) => l.locale)).toEqual(['zh-CN', 'en']);
  });

  it('starts in the language stored by react-admin', () => {
    localStorage.setItem(LOCALE_STORAGE_KEY, JSON.stringify('en'));
    expect(storedLocale()).toBe('en');
    expect(createI18nProvider().translate('fq.menu.users')).toBe('Users');
    localStorage.setItem(LOCALE_STORAGE_KEY, '"xx"');
    expect(storedLocale()).toBe('zh-CN');
  });
});

describe('error messages', () => {
  const zhT = createI18nProvider('zh-CN').translate;
  const enT = createI18nProvider('en').translate;

  it('say "wrong username or password" for UNAUTHENTICATED at sign-in', () => {
    const error = new ApiError('UNAUTHENTICATED', 'Wrong username or password');
    expect(loginErrorMessage(zhT, error)).toBe('用户名或密码错误');
    expect(loginErrorMessage(enT, error)).toBe('Wrong username or password');
  });

  it('say how long to wait when rate limited', () => {
    expect(loginErrorMessage(zhT, new ApiError('RATE_LIMITED', '', { retryAfterSeconds: 840 }))).toBe('登录失败次数过多，请 14 分钟后再试');
    expect(loginErrorMessage(enT, new ApiError('RATE_LIMITED', '', { retryAfterSeconds: 30 }))).toBe('Too many failed sign-ins; try again in 30 s');
  });

  it('name the empty field', () => {
    expect(loginErrorMessage(zhT, new ApiError('BAD_USER_INPUT', '', { field: 'username' }))).toBe('请填写用户名');
    expect(apiErrorMessage(enT, new ApiError('BAD_USER_INPUT', '', { field: 'input.phone' }))).toBe('Invalid input: input.phone');
    expect(apiErrorMessage(zhT, new ApiError('FORBIDDEN', 'Not allowed'))).toBe('您无权执行此操作');
  });
});
