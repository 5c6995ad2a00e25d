import { useEffect, type ReactNode } from 'react';
import { Layout, reactRouterProvider, useLocaleState, useTranslate } from 'react-admin';
import { CHANGE_PASSWORD_PATH } from '../providers/authProvider';
import { useOutboxSync } from '../offline/useOutbox';
import { mustChangePassword } from '../providers/session';
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

const { Navigate } = reactRouterProvider;

/** An adviser's work-log entries saved without a signal are sent when it returns. */
const OutboxSync = () => {
  useOutboxSync();
  return null;
};

export const AppLayout = ({ children }: { children: ReactNode }) => {
  useDocumentLanguage();
  // Signed in with a one-time password: no page of the console opens until it is changed (the API refuses them too).
  if (mustChangePassword()) return <Navigate to={CHANGE_PASSWORD_PATH} replace />;
  return (
    <Layout appBar={AppBar} menu={AppMenu}>
      <OutboxSync />
      {children}
    </Layout>
  );
};
