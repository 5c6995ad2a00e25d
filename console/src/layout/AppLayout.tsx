import type { ReactNode } from 'react';
import { Layout, reactRouterProvider } from 'react-admin';
import { CHANGE_PASSWORD_PATH } from '../providers/authProvider';
import { useOutboxSync } from '../offline/useOutbox';
import { mustChangePassword } from '../providers/session';
import { AppBar } from './AppBar';
import { AppMenu } from './AppMenu';
import { useDocumentLanguage } from './useDocumentLanguage';

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
