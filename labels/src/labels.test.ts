import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ENUM_GROUPS, ENUM_LABELS, ENUM_VALUES, type EnumName, enumLabel, enumLabelsIn, LOCALES } from './index.js';

const NAMES = Object.keys(ENUM_VALUES) as EnumName[];
const HAN = /\p{Script=Han}/u;

test('no enum is declared by two groups', () => {
  const declared = ENUM_GROUPS.flat();
  assert.equal(declared.length, NAMES.length);
  assert.deepEqual([...declared].sort(), [...NAMES].sort());
});

test('every enum has a label map, and no label map lacks an enum', () => {
  assert.deepEqual(Object.keys(ENUM_LABELS).sort(), [...NAMES].sort());
});

test('value lists are GraphQL enum values without repeats', () => {
  for (const name of NAMES) {
    const values: readonly string[] = ENUM_VALUES[name];
    assert.ok(values.length > 0, name);
    assert.equal(new Set(values).size, values.length, `${name} repeats a value`);
    for (const v of values) assert.match(v, /^[A-Z][A-Z0-9_]*$/, `${name}.${v}`);
  }
});

test('zh-CN and en label exactly the values of each list', () => {
  for (const name of NAMES) {
    const values = [...ENUM_VALUES[name]].sort();
    for (const locale of LOCALES) {
      assert.deepEqual(Object.keys(ENUM_LABELS[name][locale]).sort(), values, `${name} in ${locale}`);
    }
  }
});

test('labels are non-empty words in their language', () => {
  for (const name of NAMES) {
    for (const [value, zh] of Object.entries(ENUM_LABELS[name]['zh-CN'])) {
      assert.ok(HAN.test(zh), `${name}.${value} in zh-CN is not Chinese: ${zh}`);
      assert.equal(zh, zh.trim(), `${name}.${value} in zh-CN`);
    }
    for (const [value, en] of Object.entries(ENUM_LABELS[name].en)) {
      assert.ok(en.length > 0 && en === en.trim(), `${name}.${value} in en`);
      assert.ok(!HAN.test(en), `${name}.${value} in en is not English: ${en}`);
    }
  }
});

test('two values of one enum never share a word (a choice list or a workbook read back would mix them up)', () => {
  for (const name of NAMES) {
    for (const locale of LOCALES) {
      const words = Object.values(ENUM_LABELS[name][locale]);
      assert.equal(new Set(words).size, words.length, `${name} in ${locale}: ${words.join(', ')}`);
    }
  }
});

test('enumLabel answers in Chinese by default, in English on request, and shows an unknown value as it is', () => {
  assert.equal(enumLabel('ConfirmationResult', 'CONFIRMED'), '确认有效');
  assert.equal(enumLabel('CaseStatus', 'REGISTERED', 'en'), 'Registered');
  assert.equal(enumLabel('CaseStatus', 'NOT_A_STATUS'), 'NOT_A_STATUS');
});

test('enumLabelsIn gives every enum in one language, values in list order', () => {
  for (const locale of LOCALES) {
    const all = enumLabelsIn(locale);
    assert.deepEqual(Object.keys(all).sort(), [...NAMES].sort());
    for (const name of NAMES) {
      assert.deepEqual(Object.keys(all[name]), [...ENUM_VALUES[name]]);
      assert.deepEqual(all[name], ENUM_LABELS[name][locale]);
    }
  }
});
