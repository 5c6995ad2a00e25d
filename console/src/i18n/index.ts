import polyglotI18nProvider from 'ra-i18n-polyglot';
import { englishMessages } from './en';
import { chineseMessages } from './zh-CN';

export const DEFAULT_LOCALE = 'zh-CN';
export const LOCALES = [
  { locale: 'zh-CN', name: '中文' },
  { locale: 'en', name: 'English' },
];

/** react-admin keeps the chosen locale in its localStorage store under this key (JSON); GraphiQL reads it too. */
export const LOCALE_STORAGE_KEY = 'RaStore.locale';

export function storedLocale(): string {
  try {
    const raw = window.localStorage.getItem(LOCALE_STORAGE_KEY);
    const locale = raw ? (JSON.parse(raw) as unknown) : undefined;
    return LOCALES.some((l) => l.locale === locale) ? (locale as string) : DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
}

export function storeLocale(locale: string): void {
  try {
    window.localStorage.setItem(LOCALE_STORAGE_KEY, JSON.stringify(locale));
  } catch {
    // private mode without storage: the choice lasts for this page only
  }
}

export const messagesFor = (locale: string) => (locale === 'en' ? englishMessages : chineseMessages);

export const createI18nProvider = (initialLocale = storedLocale()) =>
  polyglotI18nProvider(messagesFor, initialLocale, LOCALES, { allowMissing: true });

export const i18nProvider = createI18nProvider();
