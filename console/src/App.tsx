import { Admin, CustomRoutes, Resource, reactRouterProvider, useTranslate } from 'react-admin';
import { Dashboard } from './dashboard/Dashboard';
import { i18nProvider } from './i18n';
import { AppLayout } from './layout/AppLayout';
import { LoginPage } from './login/LoginPage';
import { AssessmentPage } from './pages/assessment/AssessmentPage';
import { CaseStatisticsPage } from './pages/caseStatistics/CaseStatisticsPage';
import { CoveragePage } from './pages/coverage/CoveragePage';
import { IdNumberReusePage } from './pages/idNumberReuse/IdNumberReusePage';
import { RegionImportPage } from './pages/regionImport/RegionImportPage';
import { RosterImportPage } from './pages/rosterImport/RosterImportPage';
import { SettingsPage } from './pages/settings/SettingsPage';
import { SetupPage } from './setup/SetupPage';
import { SubsidyPage } from './pages/subsidy/SubsidyPage';
import { SupervisionPage } from './pages/supervision/SupervisionPage';
import { TrainingCompliancePage } from './pages/trainingCompliance/TrainingCompliancePage';
import { ChangePasswordPage } from './account/ChangePasswordPage';
import { NotFoundPage } from './common/NotFoundPage';
import { authProvider, CHANGE_PASSWORD_PATH } from './providers/authProvider';
import { PAGES, pagesFor, resourcesFor, type PageName } from './providers/canAccess';
import { dataProvider } from './providers/dataProvider';
import type { Role } from './providers/session';
import { resources } from './resources';
import { theme } from './theme';

// react-admin's own router binding: the same Route it renders with, without a direct dependency on react-router.
const { Route } = reactRouterProvider;

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
    dataProvider={dataProvider}
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
      <Route path="/setup" element={<SetupPage />} />
      {/* The change of one's password: from the user menu, and the only page after a one-time password. */}
      <Route path={CHANGE_PASSWORD_PATH} element={<ChangePasswordPage />} />
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
