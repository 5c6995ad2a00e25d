import { Alert, Button, FormControlLabel, MenuItem, Radio, RadioGroup, Stack, TextField, Tooltip, Typography } from '@mui/material';
import { useState } from 'react';
import { useLocaleState, useNotify, useTranslate } from 'react-admin';
import { SectionCard } from '../../common/SectionCard';
import { useFetched } from '../../common/useFetched';
import { errorMessage } from '../../i18n/errors';
import { useFengqiaoDataProvider } from '../../providers/dataProvider';
import { formatDateTime } from '../../providers/dates';
import { CASE_SPLITS, type SubsidySettings, type SubsidyStatement, settlementPeriod } from '../../providers/subsidy';
import type { CaseSplit } from '../../generated/graphql';
import { SettleDialog } from './SubsidyDialogs';

/**
 * The county's setting for a case several advisers worked on (bureau): split equally, or paid to the lead adviser
 * named on the case; saved with the version read, a stale one said and reloaded.
 */
export const CaseSplitCard = ({ countyId }: { countyId: string }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useFengqiaoDataProvider();
  const settings = useFetched((signal) => dataProvider.subsidySettings({ countyId, signal }), [dataProvider]);
  const [choice, setChoice] = useState<CaseSplit | null>(null);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const current: SubsidySettings | undefined = settings.data;
  const value = choice ?? current?.caseSplit ?? 'EQUAL';
  const save = async () => {
    if (!current) return;
    setPending(true);
    setError(null);
    try {
      await dataProvider.mutate('saveSubsidySettings', { input: { caseSplit: value, countyId: countyId || null, version: current.version } });
      notify('fq.subsidy.settings_saved', { type: 'success' });
      setChoice(null);
      settings.refetch();
    } catch (e) {
      setError(errorMessage(translate, e));
      settings.refetch();
    } finally {
      setPending(false);
    }
  };
  return (
    <SectionCard title={translate('fq.subsidy.settings')} testId="subsidy-settings">
      {settings.error ? <Alert severity="error">{errorMessage(translate, settings.error)}</Alert> : null}
      {current && (
        <Stack sx={{ gap: 1 }}>
          <Typography variant="body2" color="text.secondary">
            {translate('fq.subsidy.case_split')}
          </Typography>
          <RadioGroup value={value} onChange={(e) => setChoice(e.target.value as CaseSplit)} data-testid="subsidy-case-split">
            {CASE_SPLITS.map((split) => (
              <FormControlLabel
                key={split}
                value={split}
                control={<Radio size="small" slotProps={{ input: { 'data-testid': `case-split-${split}` } as object }} />}
                label={
                  <span>
                    {translate(`fq.enum.CaseSplit.${split}`)}
                    <Typography variant="caption" color="text.secondary" component="span" sx={{ display: 'block' }}>
                      {translate(`fq.subsidy.case_split_hint_${split}`)}
                    </Typography>
                  </span>
                }
                sx={{ alignItems: 'flex-start', mb: 0.5, '& .MuiRadio-root': { pt: 0.25 } }}
              />
            ))}
          </RadioGroup>
          {error && <Alert severity="error">{error}</Alert>}
          <Button
            variant="outlined"
            size="small"
            disabled={pending || value === current.caseSplit}
            onClick={save}
            sx={{ alignSelf: 'flex-start' }}
            data-testid="subsidy-save-settings"
          >
            {translate('fq.subsidy.save_settings')}
          </Button>
        </Stack>
      )}
    </SectionCard>
  );
};

/**
 * The year-end settlement (bureau): pick a year, see whether its assessment is published (the settlement applies the
 * published grades, so the button waits for it with the reason), run it, and open the settlement statements.
 */
export const SettlementCard = ({ today, countyId, onSettled }: { today: string; countyId: string; onSettled: (period: string) => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const dataProvider = useFengqiaoDataProvider();
  const thisYear = Number(today.slice(0, 4));
  const [year, setYear] = useState(thisYear - 1);
  const [open, setOpen] = useState(false);
  const status = useFetched((signal) => dataProvider.subsidyAssessmentStatus({ year, countyId, signal }), [dataProvider, year]);
  const published = status.data?.year === year && status.data.status === 'PUBLISHED';
  return (
    <SectionCard title={translate('fq.subsidy.settle')} testId="subsidy-settlement">
      <Stack sx={{ gap: 1.5 }}>
        <TextField
          select
          size="small"
          label={translate('fq.subsidy.settle_year')}
          value={year}
          onChange={(e) => setYear(Number(e.target.value))}
          data-testid="subsidy-settle-year"
        >
          {[thisYear - 1, thisYear, thisYear - 2].map((y) => (
            <MenuItem key={y} value={y}>
              {y}
            </MenuItem>
          ))}
        </TextField>
        {status.data?.year === year && (
          <Typography variant="body2" color={published ? 'text.secondary' : 'warning.main'} data-testid="subsidy-settle-status">
            {published
              ? translate('fq.subsidy.settle_published', { year, date: formatDateTime(status.data.publishedAt, locale) })
              : translate('fq.subsidy.settle_not_published', { year })}
          </Typography>
        )}
        {status.error ? <Alert severity="error">{errorMessage(translate, status.error)}</Alert> : null}
        <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap' }}>
          <Tooltip title={published ? '' : translate('fq.subsidy.settle_not_published', { year })}>
            <span>
              <Button variant="contained" disabled={!published} onClick={() => setOpen(true)} data-testid="subsidy-settle">
                {translate('fq.subsidy.settle_button', { year })}
              </Button>
            </span>
          </Tooltip>
          <Button variant="text" onClick={() => onSettled(settlementPeriod(year))} data-testid="subsidy-settle-view">
            {translate('fq.subsidy.settle_view')}
          </Button>
        </Stack>
      </Stack>
      <SettleDialog
        year={year}
        open={open}
        countyId={countyId}
        onClose={() => setOpen(false)}
        onDone={(settled: readonly SubsidyStatement[]) => {
          notify('fq.subsidy.settle_done', { type: 'success', messageArgs: { count: settled.length } });
          onSettled(settlementPeriod(year));
        }}
      />
    </SectionCard>
  );
};
