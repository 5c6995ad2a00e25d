import { useEffect, type ReactNode } from 'react';
import { Layout, useLocaleState, useTranslate } from 'react-admin';
import { AppBar } from './AppBar';
import { AppMenu } from './AppMenu';

/** Keeps the tab title and `<html lang>` in the chosen language. */
export const useDocumentLanguage = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  useEffect(() => {
    document.title = translate('fq.app.title');
    document.documentElement.lang = locale;
  }, [translate, locale]);
};

export const AppLayout = ({ children }: { children: ReactNode }) => {
  useDocumentLanguage();
  return (
    <Layout appBar={AppBar} menu={AppMenu}>
      {children}
    </Layout>
  );
};
