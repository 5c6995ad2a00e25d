import Edit from '@mui/icons-material/Edit';
import { Box, Button, Divider, Stack, Typography } from '@mui/material';
import { LinkBase, Show, useRecordContext, useTranslate } from 'react-admin';
import { DateTimeText } from '../../common/DateTimeText';
import { QUIET_NOT_FOUND, RecordNotFound } from '../../common/RecordNotFound';
import { InfoRow, SectionCard } from '../../common/SectionCard';
import { useFengqiaoDataProvider } from '../../providers/dataProvider';
import { useRole } from '../../providers/useCan';
import { MutationButton } from '../../common/MutationButton';
import { Photos } from '../workLogEntries/WorkLogFields';
import { CHECKLIST, checklistScore, type Highlight, type MonthlyCheck } from './checkFormat';
import { CheckItem, ModelCaseChip, RatingChip } from './CheckFields';
import { MonthText, useFormatMonth } from '../../common/MonthText';

const f = (name: string) => `resources.monthlyChecks.fields.${name}`;

const Title = () => {
  const record = useRecordContext<MonthlyCheck>();
  const translate = useTranslate();
  const formatMonth = useFormatMonth();
  return <>{record ? translate('fq.checks.title_of', { name: record.adviser.name, month: formatMonth(record.month) }) : ''}</>;
};

/** The bureau marks a highlight a model case (先进典型), or takes the mark back. */
const ModelCaseButton = ({ highlight }: { highlight: Highlight }) => {
  const translate = useTranslate();
  const dataProvider = useFengqiaoDataProvider();
  const mark = !highlight.modelCase;
  return (
    <MutationButton
      label={translate(mark ? 'fq.checks.action.mark' : 'fq.checks.action.unmark')}
      title={translate(mark ? 'fq.checks.mark_title' : 'fq.checks.unmark_title', { title: highlight.title })}
      hint={translate(mark ? 'fq.checks.mark_hint' : 'fq.checks.unmark_hint')}
      testId={mark ? 'mark-model-case' : 'unmark-model-case'}
      variant={mark ? 'contained' : 'text'}
      danger={!mark}
      submit={() => dataProvider.mutate('markModelCase', { highlightId: highlight.id, modelCase: mark })}
    />
  );
};

const Details = () => {
  const record = useRecordContext<MonthlyCheck>();
  const translate = useTranslate();
  const role = useRole();
  if (!record) return null;
  const highlights = record.highlights ?? [];
  return (
    <Box
      sx={{ py: 2, display: 'grid', gap: 2, gridTemplateColumns: { xs: 'minmax(0, 1fr)', md: 'repeat(2, minmax(0, 1fr))' }, alignItems: 'start' }}
      data-testid="check-detail"
    >
      <SectionCard
        testId="check-summary"
        title={
          <Stack direction="row" component="span" sx={{ gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
            <span>{translate('fq.checks.section.check')}</span>
            <RatingChip rating={record.rating} />
          </Stack>
        }
        action={
          role === 'OFFICE_STAFF' ? (
            <Button
              size="small"
              variant="outlined"
              startIcon={<Edit />}
              component={LinkBase}
              to={`/monthlyChecks/${record.id}`}
              data-testid="check-edit"
            >
              {translate('fq.common.edit')}
            </Button>
          ) : undefined
        }
      >
        <InfoRow label={translate(f('adviser'))}>{record.adviser.name}</InfoRow>
        <InfoRow label={translate(f('month'))}>
          <MonthText value={record.month} />
        </InfoRow>
        <InfoRow label={translate(f('township'))}>{record.township.name}</InfoRow>
        <InfoRow label={translate(f('checklist'))}>
          <Typography variant="body2" color="text.secondary">
            {translate('fq.checks.score', { score: checklistScore(record) })}
          </Typography>
          {CHECKLIST.map((item) => (
            <CheckItem key={item} done={record[item]} label={translate(f(item))} />
          ))}
        </InfoRow>
        <InfoRow label={translate(f('notes'))}>
          <Box component="span" sx={{ whiteSpace: 'pre-wrap' }}>
            {record.notes || translate('fq.common.empty_value')}
          </Box>
        </InfoRow>
        <InfoRow label={translate(f('checkedAt'))}>
          <DateTimeText value={record.checkedAt} />
          {record.checkedBy && ` · ${record.checkedBy.displayName}`}
        </InfoRow>
      </SectionCard>
      <SectionCard title={translate('fq.checks.section.highlights')} testId="check-highlights">
        {highlights.length === 0 && (
          <Typography variant="body2" color="text.secondary">
            {translate('fq.checks.no_highlights')}
          </Typography>
        )}
        {highlights.map((h, i) => (
          <Box key={h.id} data-testid="highlight" data-model-case={h.modelCase ? 'true' : 'false'}>
            {i > 0 && <Divider sx={{ my: 1.5 }} />}
            <Stack direction="row" sx={{ gap: 1, alignItems: 'center', flexWrap: 'wrap', mb: 0.5 }}>
              <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
                {h.title}
              </Typography>
              {h.modelCase && <ModelCaseChip />}
              {role === 'BUREAU_ADMIN' && (
                <Box sx={{ ml: 'auto' }}>
                  <ModelCaseButton highlight={h} />
                </Box>
              )}
            </Stack>
            <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap', mb: 1 }}>
              {h.text}
            </Typography>
            <Photos photos={h.photos} />
          </Box>
        ))}
      </SectionCard>
    </Box>
  );
};

export const MonthlyCheckShow = () => (
  <Show title={<Title />} actions={false} error={<RecordNotFound />} queryOptions={QUIET_NOT_FOUND} component="div">
    <Details />
  </Show>
);
