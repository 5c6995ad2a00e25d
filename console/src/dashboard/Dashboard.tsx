import DataObject from '@mui/icons-material/DataObject';
import Place from '@mui/icons-material/Place';
import SwapHoriz from '@mui/icons-material/SwapHoriz';
import { Alert, Box, Button, Card, CardContent, List, ListItemButton, ListItemText, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { LinkBase, Title, useGetIdentity, useGetList, usePermissions, useTranslate } from 'react-admin';
import { canAccess } from '../providers/canAccess';
import type { Role, SessionUser } from '../providers/session';
import { NEEDS_ADVISER_FILTER, type MediationCase } from '../resources/mediationCases/caseFormat';
import { StatusChip, useEnumLabel } from '../resources/mediationCases/CaseFields';
import { villagesLabelKey } from '../resources/villages/labels';
import { CoverageCard } from './CoverageCard';
import { CountyRollup } from './CountyRollup';
import { useAboveCounty } from '../providers/useCan';
import { StatTile } from './StatTile';
import { useRegionOverview } from './useRegionOverview';
import { VillagesChart } from './VillagesChart';
import { errorMessage } from '../i18n/errors';
import { WorkQueueCard } from './WorkQueueCard';

const InfoCard = ({ title, children, testId }: { title: string; children: ReactNode; testId: string }) => (
  <Card data-testid={testId} sx={{ gridColumn: '1 / -1' }}>
    <CardContent>
      <Typography variant="h6" component="h2" gutterBottom>
        {title}
      </Typography>
      {children}
    </CardContent>
  </Card>
);

/** A bureau above the county is the city's (市司法局) or the province's (省司法厅), not a county's. */
export function roleLabel(translate: (key: string) => string, role: Role, level: string | undefined): string {
  if (role === 'BUREAU_ADMIN' && (level === 'CITY' || level === 'PROVINCE')) return translate(`fq.dashboard.bureau_of.${level}`);
  return translate(`fq.enum.Role.${role}`);
}

const WelcomeCard = ({ role }: { role: Role | undefined }) => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const scope = (identity as Partial<Pick<SessionUser, 'scopeRegion'>> | undefined)?.scopeRegion;
  return (
    <Card data-testid="welcome-card" sx={{ gridColumn: '1 / -1', bgcolor: 'primary.main', color: 'primary.contrastText' }}>
      <CardContent>
        <Typography variant="h5" component="h1" gutterBottom data-testid="welcome-name">
          {translate('fq.dashboard.welcome', { name: identity?.fullName ?? '' })}
        </Typography>
        {role && (
          <Typography variant="body1" data-testid="welcome-role">
            {translate('fq.dashboard.role', { role: roleLabel(translate, role, scope?.level) })}
          </Typography>
        )}
        {scope && <Typography variant="body2">{translate('fq.dashboard.scope', { region: scope.name })}</Typography>}
      </CardContent>
    </Card>
  );
};

const GraphiQLButton = () => {
  const translate = useTranslate();
  return (
    <Button href="/graphiql" variant="outlined" startIcon={<DataObject />} sx={{ mt: 2 }} data-testid="dashboard-graphiql">
      {translate('fq.dashboard.open_graphiql')}
    </Button>
  );
};

const VillagesButton = ({ labelKey }: { labelKey: string }) => {
  const translate = useTranslate();
  return (
    <Button component={LinkBase} to="/villages" size="small" startIcon={<Place />} sx={{ mt: 1 }}>
      {translate(labelKey)}
    </Button>
  );
};

/** Bureau and analysts: the jurisdiction in numbers and villages per township. */
const CountyOverview = () => {
  const translate = useTranslate();
  const { data, error } = useRegionOverview();
  return (
    <>
      <Typography variant="h6" component="h2" sx={{ gridColumn: '1 / -1', mt: 1 }}>
        {translate('fq.dashboard.county_summary')}
      </Typography>
      {error ? (
        <Alert severity="error" sx={{ gridColumn: '1 / -1' }}>
          {errorMessage(translate, error)}
        </Alert>
      ) : null}
      <StatTile label={translate('fq.dashboard.townships')} value={data?.townships} testId="stat-townships" />
      <StatTile label={translate('fq.dashboard.villages')} value={data?.villages} testId="stat-villages" />
      {!error && <VillagesChart data={data?.perTownship} />}
    </>
  );
};

/** Open cases whose adviser was suspended or removed (需改派), for those who reassign them, linking to that list. */
const NeedsAdviserTile = () => {
  const translate = useTranslate();
  const { total } = useGetList('mediationCases', { pagination: { page: 1, perPage: 1 }, filter: NEEDS_ADVISER_FILTER });
  return (
    <StatTile
      label={translate('fq.reassign.dashboard')}
      value={total}
      testId="stat-needs-adviser"
      action={
        <Button
          component={LinkBase}
          to={`/mediationCases?filter=${encodeURIComponent(JSON.stringify(NEEDS_ADVISER_FILTER))}`}
          size="small"
          color={total ? 'warning' : 'primary'}
          startIcon={<SwapHoriz />}
          sx={{ mt: 1 }}
          data-testid="open-needs-adviser"
        >
          {translate('fq.reassign.dashboard_open')}
        </Button>
      }
    />
  );
};

/** Villages in the viewer's jurisdiction: the township's for an office, the paired ones for an adviser. */
const useVillageCount = () => useGetList('villages', { pagination: { page: 1, perPage: 1 } }).total;

const OfficeOverview = () => {
  const translate = useTranslate();
  const total = useVillageCount();
  return (
    <StatTile
      label={translate('fq.dashboard.township_villages')}
      value={total}
      testId="stat-township-villages"
      action={<VillagesButton labelKey="fq.dashboard.view_villages" />}
    />
  );
};

const AdviserOverview = () => {
  const translate = useTranslate();
  const total = useVillageCount();
  return (
    <>
      <StatTile
        label={translate('fq.dashboard.adviser_villages')}
        value={total}
        testId="stat-adviser-villages"
        action={<VillagesButton labelKey={villagesLabelKey('ADVISER')} />}
      />
      <InfoCard title={translate('fq.dashboard.adviser_title')} testId="dashboard-adviser">
        <Typography variant="body2" color="text.secondary">
          {translate('fq.dashboard.adviser_body')}
        </Typography>
        {total === 0 && (
          <Alert severity="info" sx={{ mt: 2 }} data-testid="adviser-no-pairing">
            {translate('fq.regions.no_pairing_title')}
          </Alert>
        )}
      </InfoCard>
    </>
  );
};

/** A party's own cases (the API lists nothing else for them), each a link to its detail and agreement. */
const PartyOverview = () => {
  const translate = useTranslate();
  const label = useEnumLabel();
  const { data, isPending } = useGetList<MediationCase>('mediationCases', {
    pagination: { page: 1, perPage: 20 },
    sort: { field: 'receivedOn', order: 'DESC' },
  });
  return (
    <InfoCard title={translate('fq.dashboard.party_title')} testId="dashboard-party">
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {translate('fq.dashboard.party_body')}
      </Typography>
      {!isPending && !data?.length && <Alert severity="info">{translate('fq.dashboard.party_empty')}</Alert>}
      <List disablePadding>
        {(data ?? []).map((c) => (
          <ListItemButton key={c.id} component={LinkBase} to={`/mediationCases/${c.id}/show`} divider data-testid="party-case">
            <ListItemText
              primary={c.caseNo}
              secondary={`${c.village.name} · ${label('DisputeType', c.disputeType)}${c.agreement ? ` · ${label('AgreementForm', c.agreement.form)}` : ''}`}
            />
            <StatusChip status={c.status} />
          </ListItemButton>
        ))}
      </List>
    </InfoCard>
  );
};

export const Dashboard = () => {
  const translate = useTranslate();
  const { permissions: role } = usePermissions<Role>();
  const aboveCounty = useAboveCounty();
  return (
    <Box
      data-testid="dashboard"
      data-role={role}
      sx={{
        display: 'grid',
        gap: 2,
        my: 2,
        gridTemplateColumns: { xs: 'minmax(0, 1fr)', sm: 'repeat(2, minmax(0, 1fr))' },
      }}
    >
      <Title title={translate('fq.dashboard.title')} />
      <WelcomeCard role={role} />
      {/* The day's work first: what the adviser, the office or the bureau has to do, each a link to its rows. */}
      {(role === 'ADVISER' || role === 'OFFICE_STAFF' || role === 'BUREAU_ADMIN') && <WorkQueueCard />}
      {/* The bureau's coverage shares its row with the cases to reassign; the analyst's has the row to itself. */}
      {canAccess(role, 'coverage', 'access') && <CoverageCard wide={role === 'ANALYST'} />}
      {canAccess(role, 'caseReassignment', 'edit') && <NeedsAdviserTile />}
      {aboveCounty && <CountyRollup />}
      {(role === 'BUREAU_ADMIN' || role === 'ANALYST') && <CountyOverview />}
      {role === 'OFFICE_STAFF' && <OfficeOverview />}
      {role === 'ADVISER' && <AdviserOverview />}
      {role === 'PARTY' && <PartyOverview />}
      {role === 'ANALYST' && (
        <InfoCard title={translate('fq.enum.Role.ANALYST')} testId="dashboard-analyst">
          <Typography variant="body2" color="text.secondary">
            {translate('fq.dashboard.analyst_body')}
          </Typography>
          {canAccess(role, 'graphiql', 'access') && <GraphiQLButton />}
        </InfoCard>
      )}
    </Box>
  );
};
