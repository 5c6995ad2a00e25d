import { Box, Chip, Link, List as MuiList, ListItem, ListItemText, Stack, Typography } from '@mui/material';
import { EditButton, LinkBase, Show, useRecordContext, useTranslate } from 'react-admin';
import { InfoRow, SectionCard } from '../../common/SectionCard';
import type * as Api from '../../generated/graphql';
import { PageHeading } from '../../common/PageHeading';
import { QUIET_NOT_FOUND, RecordNotFound } from '../../common/RecordNotFound';
import { useCan } from '../../providers/useCan';
import { AdviserPhoto } from './AdviserPhoto';
import { OverloadedChip, StatusChip, VillageCount } from './AdviserChips';
import type { RosterEvent } from './history';
import { RosterActions } from './RosterActions';
import { RosterTimeline } from './RosterTimeline';

/**
 * An adviser as the detail page selects it (providers/selections.ts); the relations are optional because the page may
 * first show the adviser as a list fetched it.
 */
export type AdviserDetail = Pick<
  Api.LegalAdviser,
  'id' | 'name' | 'gender' | 'phone' | 'profession' | 'licenceNo' | 'serviceScope' | 'status' | 'photoUrl' | 'version' | 'villageCount' | 'overloaded'
> & {
  provider?: (Pick<Api.Provider, 'id' | 'name'> & Partial<Pick<Api.Provider, 'kind' | 'phone'>>) | null;
  villages?: (Pick<Api.Village, 'id' | 'name' | 'code'> & { township: Pick<Api.Region, 'id' | 'name'> })[];
  currentPairings?: Pick<Api.Pairing, 'id' | 'validFrom' | 'validTo' | 'deputyDirector' | 'villageId'>[];
  history?: RosterEvent[];
};

const Title = () => {
  const record = useRecordContext<AdviserDetail>();
  const translate = useTranslate();
  return <>{record ? record.name : translate('fq.advisers.title')}</>;
};

const CurrentVillages = ({ adviser }: { adviser: AdviserDetail }) => {
  const translate = useTranslate();
  const canOpenVillage = useCan('villages', 'show');
  const pairingByVillage = new Map((adviser.currentPairings ?? []).map((p) => [p.villageId, p]));
  const villages = adviser.villages ?? [];
  return (
    <SectionCard
      title={translate('fq.advisers.current_villages')}
      action={<VillageCount count={adviser.villageCount} overloaded={adviser.overloaded} />}
      testId="adviser-villages"
    >
      {villages.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {translate('fq.advisers.no_villages')}
        </Typography>
      ) : (
        <MuiList dense disablePadding>
          {villages.map((v) => {
            const pairing = pairingByVillage.get(v.id);
            const name = canOpenVillage ? (
              <Link component={LinkBase} to={`/villages/${v.id}/show`}>
                {v.name}
              </Link>
            ) : (
              v.name
            );
            return (
              <ListItem key={v.id} disableGutters divider>
                <ListItemText
                  primary={
                    <Stack direction="row" component="span" sx={{ gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
                      <span>{name}</span>
                      {v.township && (
                        <Typography variant="body2" color="text.secondary" component="span">
                          {v.township.name}
                        </Typography>
                      )}
                      {pairing?.deputyDirector && <Chip size="small" variant="outlined" label={translate('fq.pairings.deputy_short')} />}
                    </Stack>
                  }
                  secondary={
                    pairing
                      ? pairing.validTo
                        ? translate('fq.pairings.period', { from: pairing.validFrom, to: pairing.validTo })
                        : translate('fq.pairings.since', { date: pairing.validFrom })
                      : undefined
                  }
                />
              </ListItem>
            );
          })}
        </MuiList>
      )}
    </SectionCard>
  );
};

const Details = () => {
  const adviser = useRecordContext<AdviserDetail>();
  const translate = useTranslate();
  const canEdit = useCan('legalAdvisers', 'edit');
  if (!adviser) return null;
  return (
    <Box sx={{ display: 'grid', gap: 2, py: 2, gridTemplateColumns: { xs: 'minmax(0, 1fr)', lg: 'minmax(0, 3fr) minmax(0, 2fr)' } }}>
      <Box sx={{ display: 'grid', gap: 2, alignContent: 'start', minWidth: 0 }}>
        <SectionCard
          title={translate('fq.advisers.details')}
          action={
            canEdit ? (
              <>
                {adviser.status !== 'REMOVED' && <EditButton />}
                <RosterActions adviser={adviser} />
              </>
            ) : undefined
          }
          testId="adviser-details"
        >
          <Stack direction={{ xs: 'column', sm: 'row' }} sx={{ gap: 3 }}>
            <AdviserPhoto adviser={adviser} />
            <Box sx={{ flex: 1, minWidth: 0 }}>
              <Stack direction="row" sx={{ alignItems: 'center', gap: 1, mb: 1, flexWrap: 'wrap' }}>
                {/* The app bar shows the adviser's name; here their status beside the details. */}
                <PageHeading testId="adviser-name">{adviser.name}</PageHeading>
                <StatusChip status={adviser.status} />
                {adviser.overloaded && <OverloadedChip />}
              </Stack>
              <InfoRow label={translate('resources.legalAdvisers.fields.gender')}>{translate(`fq.enum.Gender.${adviser.gender}`)}</InfoRow>
              <InfoRow label={translate('resources.legalAdvisers.fields.profession')}>
                {translate(`fq.enum.Profession.${adviser.profession}`)}
              </InfoRow>
              <InfoRow label={translate('resources.legalAdvisers.fields.provider')}>
                {adviser.provider ? (
                  <>
                    {adviser.provider.name}
                    {adviser.provider.kind && (
                      <Typography variant="caption" color="text.secondary" component="span" sx={{ ml: 1 }}>
                        {translate(`fq.enum.ProviderKind.${adviser.provider.kind}`)}
                      </Typography>
                    )}
                  </>
                ) : (
                  '—'
                )}
              </InfoRow>
              <InfoRow label={translate('resources.legalAdvisers.fields.phone')}>
                <Link href={`tel:${adviser.phone}`}>{adviser.phone}</Link>
              </InfoRow>
              <InfoRow label={translate('resources.legalAdvisers.fields.licenceNo')}>{adviser.licenceNo}</InfoRow>
              <InfoRow label={translate('resources.legalAdvisers.fields.serviceScope')}>{adviser.serviceScope || '—'}</InfoRow>
            </Box>
          </Stack>
        </SectionCard>
        <CurrentVillages adviser={adviser} />
      </Box>
      <SectionCard title={translate('fq.advisers.history')} testId="adviser-history">
        <RosterTimeline events={adviser.history} />
      </SectionCard>
    </Box>
  );
};

export const LegalAdviserShow = () => (
  <Show title={<Title />} actions={false} error={<RecordNotFound />} queryOptions={QUIET_NOT_FOUND} component="div">
    <Details />
  </Show>
);
