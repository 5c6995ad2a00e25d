import { Alert, Box, Chip, LinearProgress, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import { MonthPicker } from '../../common/DatePickers';
import { SectionCard } from '../../common/SectionCard';
import { useFetched } from '../../common/useFetched';
import { errorMessage } from '../../i18n/errors';
import { monthSummary } from '../../providers/caseStatistics';
import { useFengqiaoDataProvider } from '../../providers/dataProvider';
import { currentMonth, previousMonth } from '../../providers/dates';

/** Silent villages listed before "show all": a county has 150. */
const SHOWN = 40;

/** A month's reporting by village: cases recorded, "no dispute" reported (零上报), or nothing at all. */
export const MonthReports = ({ townshipId }: { townshipId: string }) => {
  const translate = useTranslate();
  const dataProvider = useFengqiaoDataProvider();
  const thisMonth = currentMonth();
  // The last whole month by default: this month's reports are still coming in.
  const [month, setMonth] = useState(previousMonth(thisMonth));
  const [showAll, setShowAll] = useState(false);
  const { data, error, isPending } = useFetched(
    (signal) => dataProvider.villageMonthReports({ month, townshipId, signal }),
    [dataProvider, month, townshipId],
  );
  const summary = data ? monthSummary(data) : undefined;
  const silent = (data ?? []).filter((r) => r.silent);
  return (
    <Box sx={{ gridColumn: '1 / -1' }}>
      <SectionCard
        title={translate('fq.caseStats.month_reports')}
        testId="month-reports"
        action={
          <MonthPicker label={translate('fq.caseStats.month')} value={month} onChange={setMonth} max={thisMonth} testId="month-reports-month" />
        }
      >
        {isPending && <LinearProgress />}
        {error !== undefined && <Alert severity="error">{errorMessage(translate, error)}</Alert>}
        {summary && (
          <>
            <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap', mb: 2 }}>
              <Chip color="primary" label={translate('fq.caseStats.with_cases', { count: summary.withCases })} />
              <Chip color="success" label={translate('fq.caseStats.zero_reported', { count: summary.zeroReported })} />
              <Chip
                color={summary.silent ? 'warning' : 'success'}
                label={translate('fq.caseStats.silent', { count: summary.silent })}
                data-testid="month-silent-count"
              />
            </Stack>
            {silent.length === 0 ? (
              <Alert severity="success">{translate('fq.caseStats.none_silent')}</Alert>
            ) : (
              <>
                <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
                  {translate('fq.caseStats.silent_hint')}
                </Typography>
                <Stack direction="row" sx={{ gap: 0.75, flexWrap: 'wrap' }} data-testid="silent-villages">
                  {(showAll ? silent : silent.slice(0, SHOWN)).map((r) => (
                    <Chip
                      key={r.village.id}
                      size="small"
                      variant="outlined"
                      color="warning"
                      label={r.village.township ? `${r.village.township.name} · ${r.village.name}` : r.village.name}
                    />
                  ))}
                  {!showAll && silent.length > SHOWN && (
                    <Chip
                      size="small"
                      clickable
                      onClick={() => setShowAll(true)}
                      label={translate('fq.caseStats.show_all', { count: silent.length - SHOWN })}
                    />
                  )}
                </Stack>
              </>
            )}
          </>
        )}
      </SectionCard>
    </Box>
  );
};
