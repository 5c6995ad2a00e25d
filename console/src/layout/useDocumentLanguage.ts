import { useEffect } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';

/** Keeps the tab title and `<html lang>` in the chosen language. */
export const useDocumentLanguage = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  useEffect(() => {
    document.title = translate('fq.app.title');
    document.documentElement.lang = locale;
  }, [translate, locale]);
};
