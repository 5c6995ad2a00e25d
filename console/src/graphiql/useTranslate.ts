import { useMemo, useState } from 'react';
import { createI18nProvider, LOCALES, storeLocale, storedLocale } from '../i18n';

/** The console's messages and stored language, without react-admin. */
export function usePageTranslate() {
  const [locale, setLocale] = useState(storedLocale);
  const translate = useMemo(() => createI18nProvider(locale).translate, [locale]);
  const switchLocale = (next: string) => {
    storeLocale(next);
    setLocale(next);
    document.documentElement.lang = next;
  };
  return { translate, locale, locales: LOCALES, switchLocale };
}
