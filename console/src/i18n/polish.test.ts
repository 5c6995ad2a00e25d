import { describe, expect, it } from 'vitest';
import { createI18nProvider } from '.';

describe('what a save says', () => {
  it('names what was saved, per resource, instead of react-admin’s generic 已更新', () => {
    const zh = createI18nProvider('zh-CN');
    // react-admin asks for resources.<name>.notifications.updated first, with the generic words as the fallback.
    expect(zh.translate('resources.workLogEntries.notifications.updated', { _: '已更新' })).toBe('已保存工作日志');
    expect(zh.translate('resources.mediationCases.notifications.created', { _: '已创建' })).toBe('已登记调解案件');
    const en = createI18nProvider('en');
    expect(en.translate('resources.workLogEntries.notifications.updated', { _: 'Element updated' })).toBe('Work log entry saved');
  });
});
