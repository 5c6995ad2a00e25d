import { Box, Stack, Typography } from '@mui/material';
import { Show, useRecordContext, useTranslate } from 'react-admin';
import { DateTimeText } from '../../common/DateTimeText';
import { InfoRow, SectionCard } from '../../common/SectionCard';
import { QUIET_NOT_FOUND, RecordNotFound } from '../../common/RecordNotFound';
import { useCan } from '../../providers/useCan';
import { EndPairingButton, ReassignVillageButton } from './PairingDialogs';
import { ActiveChip, RelatedLink, type Pairing } from './PairingFields';

const Title = () => {
  const record = useRecordContext<Pairing>();
  const translate = useTranslate();
  return <>{record ? `${record.villageName} · ${record.adviser.name}` : translate('fq.pairings.title')}</>;
};

const Details = () => {
  const record = useRecordContext<Pairing>();
  const translate = useTranslate();
  const canEdit = useCan('pairings', 'edit');
  if (!record) return null;
  return (
    <Box sx={{ py: 2, maxWidth: 720 }}>
      <SectionCard
        action={
          canEdit && record.active ? (
            <>
              <EndPairingButton pairing={record} />
              {record.village && <ReassignVillageButton village={record.village} />}
            </>
          ) : undefined
        }
        title={
          <Stack direction="row" component="span" sx={{ gap: 1, alignItems: 'center' }}>
            <span>{translate('fq.pairings.details')}</span>
            <ActiveChip active={record.active} />
          </Stack>
        }
      >
        <InfoRow label={translate('resources.pairings.fields.village')}>
          {record.village ? <RelatedLink resource="villages" value={record.village} /> : record.villageName}
          {record.village?.township && (
            <Typography component="span" variant="body2" color="text.secondary" sx={{ ml: 1 }}>
              {record.village.township.name}
            </Typography>
          )}
        </InfoRow>
        <InfoRow label={translate('resources.pairings.fields.adviser')}>
          <RelatedLink resource="legalAdvisers" value={record.adviser} />
        </InfoRow>
        <InfoRow label={translate('resources.pairings.fields.validFrom')}>{record.validFrom}</InfoRow>
        <InfoRow label={translate('resources.pairings.fields.validTo')}>{record.validTo ?? translate('fq.pairings.open_ended')}</InfoRow>
        <InfoRow label={translate('resources.pairings.fields.deputyDirector')}>
          {translate(record.deputyDirector ? 'fq.common.yes' : 'fq.common.no')}
        </InfoRow>
        <InfoRow label={translate('resources.pairings.fields.createdAt')}>
          <DateTimeText value={record.createdAt} />
        </InfoRow>
      </SectionCard>
    </Box>
  );
};

export const PairingShow = () => (
  <Show title={<Title />} actions={false} error={<RecordNotFound />} queryOptions={QUIET_NOT_FOUND} component="div">
    <Details />
  </Show>
);
