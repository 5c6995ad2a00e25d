import { Alert, Chip, Stack } from '@mui/material';
import { required, TextInput, useTranslate } from 'react-admin';
import { DateTimeText } from '../../common/DateTimeText';
import { MutationButton } from '../../common/MutationButton';
import { InfoRow, SectionCard } from '../../common/SectionCard';
import type * as Api from '../../generated/graphql';
import { canDecide, filingStatusLook } from '../../providers/cityTier';
import { useFengqiaoDataProvider } from '../../providers/dataProvider';
import { useAboveCounty } from '../../providers/useCan';

export type ReviewedFiling = Pick<Api.RosterFiling, 'id' | 'number' | 'status'> &
  Partial<Pick<Api.RosterFiling, 'reviewedAt' | 'reviewerName' | 'reviewComment'>> & {
    county?: Pick<Api.Region, 'id' | 'name'> | null;
  };

/** 待签收 / 已签收 / 已退回, in the words of @fengqiao/labels. */
export const FilingStatusChip = ({ status }: { status: ReviewedFiling['status'] | undefined }) => {
  const translate = useTranslate();
  if (!status) return null;
  const look = filingStatusLook(status);
  return <Chip size="small" color={look.color} label={translate(look.labelKey)} data-testid={`filing-status-${status}`} />;
};

/** The city's decisions on a filing still awaiting one: acknowledge (签收), or return with a reason. */
const DecisionButtons = ({ filing }: { filing: ReviewedFiling }) => {
  const translate = useTranslate();
  const dataProvider = useFengqiaoDataProvider();
  const args = { county: filing.county?.name ?? '', number: filing.number };
  return (
    <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap', mt: 1 }}>
      <MutationButton
        label={translate('fq.filings.acknowledge')}
        title={translate('fq.filings.acknowledge_title', args)}
        hint={translate('fq.filings.acknowledge_hint')}
        testId="acknowledge-filing"
        variant="contained"
        submit={() => dataProvider.mutate('acknowledgeRosterFiling', { id: filing.id })}
      />
      <MutationButton
        label={translate('fq.filings.return')}
        title={translate('fq.filings.return_title', args)}
        hint={translate('fq.filings.return_hint')}
        testId="return-filing"
        danger
        submit={(v) => dataProvider.mutate('returnRosterFiling', { id: filing.id, comment: v.comment })}
      >
        <TextInput source="comment" label="fq.filings.return_comment" validate={required()} multiline minRows={3} fullWidth />
      </MutationButton>
    </Stack>
  );
};

/** Where the filing stands with the city, for the county and the city alike; the city decides here. */
export const FilingReview = ({ filing }: { filing: ReviewedFiling }) => {
  const translate = useTranslate();
  const aboveCounty = useAboveCounty();
  return (
    <SectionCard title={translate('fq.filings.review')} action={<FilingStatusChip status={filing.status} />} testId="filing-review">
      {filing.status === 'FILED' ? (
        <Alert severity="info">{translate('fq.filings.awaiting_city')}</Alert>
      ) : (
        <>
          <InfoRow label={translate('fq.filings.reviewed_by')}>{filing.reviewerName}</InfoRow>
          <InfoRow label={translate('fq.filings.reviewed_at')}>
            <DateTimeText value={filing.reviewedAt} />
          </InfoRow>
          {filing.reviewComment && <InfoRow label={translate('fq.filings.review_comment')}>{filing.reviewComment}</InfoRow>}
        </>
      )}
      {canDecide(aboveCounty, filing.status) && <DecisionButtons filing={filing} />}
    </SectionCard>
  );
};
