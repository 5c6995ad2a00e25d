import { lazy, Suspense, type ComponentProps } from 'react';
import { Admin, CustomRoutes, Loading, Resource, reactRouterProvider, useTranslate } from 'react-admin';
import { i18nProvider } from './i18n';
import { LoginPage } from './login/LoginPage';
import { queryClient } from './offline/queryClient';
import { NotFoundPage } from './common/NotFoundPage';
import { authProvider, CHANGE_PASSWORD_PATH } from './providers/authProvider';
import { PAGES, pagesFor, resourcesFor, type PageName } from './providers/canAccess';
import { lazyDataProvider } from './providers/lazyDataProvider';
import type { Role } from './providers/session';
import { resources } from './resources';
import { lazyView } from './resources/lazyView';
import { theme } from './theme';

// react-admin's own router binding: the same Route it renders with, without a direct dependency on react-router.
const { Route } = reactRouterProvider;

// Everything behind the sign-in form loads on the route that shows it, in chunks of its own (the sign-in page stays
// small for village phones on slow links): the layout and menu, the dashboard with its charts, each page. Resources
// load their views the same way (resources/lazyView.ts); react-admin's layout shows its loading indicator meanwhile.
const Dashboard = lazy(async () => ({ default: (await import('./dashboard/Dashboard')).Dashboard }));
const LazyAppLayout = lazy(async () => ({ default: (await import('./layout/AppLayout')).AppLayout }));
const AppLayout = (props: ComponentProps<typeof LazyAppLayout>) => (
  <Suspense fallback={<Loading />}>
    <LazyAppLayout {...props} />
  </Suspense>
);

// Pages without the layout: the first run of an installation, the change of one's password.
const SetupPage = lazyView(() => import('./setup/SetupPage'), 'SetupPage');
const ChangePasswordPage = lazyView(() => import('./account/ChangePasswordPage'), 'ChangePasswordPage');
const withoutLayout = (element: React.ReactNode) => <Suspense fallback={<Loading />}>{element}</Suspense>;

const AssessmentPage = lazyView(() => import('./pages/assessment/AssessmentPage'), 'AssessmentPage');
const CaseStatisticsPage = lazyView(() => import('./pages/caseStatistics/CaseStatisticsPage'), 'CaseStatisticsPage');
const CoveragePage = lazyView(() => import('./pages/coverage/CoveragePage'), 'CoveragePage');
const IdNumberReusePage = lazyView(() => import('./pages/idNumberReuse/IdNumberReusePage'), 'IdNumberReusePage');
const RegionImportPage = lazyView(() => import('./pages/regionImport/RegionImportPage'), 'RegionImportPage');
const RosterImportPage = lazyView(() => import('./pages/rosterImport/RosterImportPage'), 'RosterImportPage');
const SettingsPage = lazyView(() => import('./pages/settings/SettingsPage'), 'SettingsPage');
const SubsidyPage = lazyView(() => import('./pages/subsidy/SubsidyPage'), 'SubsidyPage');
const SupervisionPage = lazyView(() => import('./pages/supervision/SupervisionPage'), 'SupervisionPage');
const TrainingCompliancePage = lazyView(() => import('./pages/trainingCompliance/TrainingCompliancePage'), 'TrainingCompliancePage');

const PAGE_ELEMENTS: Record<PageName, React.ReactNode> = {
  coverage: <CoveragePage />,
  caseStatistics: <CaseStatisticsPage />,
  supervision: <SupervisionPage />,
  trainingCompliance: <TrainingCompliancePage />,
  rosterImport: <RosterImportPage />,
  regionImport: <RegionImportPage />,
  idNumberReuse: <IdNumberReusePage />,
  assessment: <AssessmentPage />,
  subsidies: <SubsidyPage />,
  settings: <SettingsPage />,
};

const AppTitle = () => {
  const translate = useTranslate();
  return <>{translate('fq.app.name')}</>;
};

export const App = () => (
  <Admin
    // react-admin would otherwise report usage to a third-party server; the console runs on closed networks.
    disableTelemetry
    requireAuth
    title={<AppTitle />}
    dataProvider={lazyDataProvider}
    // Requests go out even when the browser says it is offline: they fail with "no network" instead of waiting.
    queryClient={queryClient}
    authProvider={authProvider}
    i18nProvider={i18nProvider}
    loginPage={LoginPage}
    layout={AppLayout}
    dashboard={Dashboard}
    catchAll={NotFoundPage}
    theme={theme}
  >
    {/* Reached without signing in: the first run of a real installation. */}
    <CustomRoutes noLayout>
      <Route path="/setup" element={withoutLayout(<SetupPage />)} />
      {/* The change of one's password: from the user menu, and the only page after a one-time password. */}
      <Route path={CHANGE_PASSWORD_PATH} element={withoutLayout(<ChangePasswordPage />)} />
    </CustomRoutes>
    {(permissions: Role | undefined) => [
      // Only the tier's resources and pages exist: the others have no route and no menu entry.
      ...resourcesFor(permissions).map((name) => <Resource key={name} name={name} {...resources[name]} />),
      <CustomRoutes key="pages">
        {pagesFor(permissions).map((page) => (
          <Route key={page} path={PAGES[page]} element={PAGE_ELEMENTS[page]} />
        ))}
      </CustomRoutes>,
    ]}
  </Admin>
);
